// Portuguese (Brazil) texts of pageStrings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './pageStrings.en';

const ptBr: Dictionary<typeof en> = {
  homeTitle: 'Kit do workshop',
  homeDescription:
    'Tudo o que um instrutor precisa para aplicar um workshop de KAM com a empresa-exemplo, sem internet: guia do facilitador, caso, fichas, resultados dos participantes e da turma.',
  homeIntro:
    'Aplique um workshop de Key Account Management de um dia ou de meio período com este site: os participantes trabalham com a mesma empresa-exemplo no próprio navegador, exportam os resultados no fim e você vê a turma inteira numa só página. Depois de uma primeira visita com internet, tudo funciona sem conexão.',
  forTrainers: 'Para o instrutor',
  forParticipants: 'Para os participantes',
  guideCard: 'Guia do facilitador',
  guideCardText:
    'Agendas com horários para um dia inteiro e para meio período, objetivos, aulas e ferramentas de cada bloco, perguntas e exercícios em grupo, o que preparar.',
  caseCard: 'O caso: Distribuidora Horizonte',
  caseCardText: 'Uma página sobre a empresa-exemplo e quatro dos seus clientes, e um clique para carregá-la no navegador.',
  worksheetsCard: 'Fichas para imprimir',
  worksheetsCardText: 'Um plano de conta em branco e um checklist de desunião em branco, em A4.',
  classCard: 'Resultados da turma',
  classCardText:
    'Importe de uma vez os arquivos de resultados de todos os participantes e veja a turma: quizzes, estágios, causas da desunião, posicionamentos na matriz.',
  dashboardCard: 'Minha carteira',
  dashboardCardText: 'O mesmo retrato que um empresário tem dos próprios clientes-chave.',
  myResultsTitle: 'Exportar meus resultados do workshop',
  guideTitle: 'Guia do facilitador',
  printGuide: 'Imprimir este guia',
  printCase: 'Imprimir o caso',
  backToWorkshop: 'Voltar ao kit do workshop',
  caseLoadTitle: 'Carregar a empresa-exemplo',
  classTitle: 'Resultados da turma',
  classDescription:
    'Importe os arquivos de resultados do workshop dos participantes e veja as notas dos quizzes, os diagnósticos de estágio, as causas da desunião e os posicionamentos na matriz da turma. Nada sai deste navegador.',
  classHowTitle: 'Como os arquivos dos participantes chegam até você',
  classHow1:
    'Cada participante abre a página do kit do workshop no próprio computador e clica em “Exportar meus resultados do workshop”: o navegador salva um arquivo .json.',
  classHow2: 'Ele envia esse arquivo a você por e-mail, copia num pen drive ou salva numa pasta compartilhada — o que a sala tiver.',
  classHow3:
    'Você reúne todos os arquivos neste computador e importa todos de uma vez abaixo (ou os arrasta para a caixa). Nada é enviado pela internet.',
  classHowLink: 'A página onde os participantes exportam',
  worksheetsTitle: 'Fichas para imprimir',
  worksheetsDescription:
    'Uma ficha de plano de conta em branco e um checklist de desunião em branco para imprimir em A4 em workshops e reuniões.',
  worksheetsIntro:
    'Imprima estas fichas em branco em A4 para o workshop ou para uma reunião de planejamento longe do computador. Cada uma começa numa página nova. O plano de conta segue as oito seções do artigo mais o que os bons planos acrescentam; o checklist traz as causas da desunião e seus indicadores, como nas ferramentas.',
  printWorksheets: 'Imprimir as fichas',
  planWorksheet: 'Ficha de plano de conta',
  checklistWorksheet: 'Checklist de desunião',
  account: 'Conta',
  preparedBy: 'Preparado por',
  date: 'Data',
  planYear: 'Ano do plano',
  currentStage: 'Estágio atual',
  targetStage: 'Estágio-alvo',
  year: 'Ano',
  revenue: 'Faturamento',
  marginPct: 'Margem %',
  sharePct: 'Participação nos negócios do cliente %',
  factor: 'Fator',
  importance: 'Importância (1–5)',
  ourScore: 'Nossa nota (0–10)',
  what: 'O quê',
  owner: 'Responsável',
  due: 'Prazo',
  status: 'Situação',
  name: 'Nome',
  role: 'Função',
  influence: 'Influência',
  attitude: 'Atitude',
  risk: 'Risco',
  cause: 'Causa da desunião',
  nextReview: 'Data da próxima revisão',
  reviewWith: 'Revisado com',
  articleSections: 'As oito seções do artigo',
  extraSections: 'O que os bons planos acrescentam',
  checklistIntro:
    'Marque um indicador só quando houver evidência. Uma causa com várias marcas, ou com uma marca decisiva como um ponto de contato único que está saindo, já significa risco alto.',
  evidence: 'Evidências / observações',
  external: 'Causa externa',
  overallRisk: 'Risco geral',
  mitigations: 'Ações de mitigação escolhidas, responsável e prazo',
  tick: 'Marcar',
  dashboardTitle: 'Minha carteira',
  dashboardDescription:
    'Todos os clientes-chave numa página: classe ABC, estágio atual e alvo, risco de desunião, quadrante da matriz, preenchimento do plano, próxima revisão e os alertas que importam.',
};

export default ptBr;
