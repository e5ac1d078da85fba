// Portuguese (Brazil) texts of strings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './strings.en';

const ptBr: Dictionary<typeof en> = {
  resultsIntro:
    'No fim do workshop, exporte o que você fez hoje num único arquivo e entregue-o ao facilitador. O arquivo traz as notas dos quizzes, os diagnósticos de estágio, os checklists de desunião e os posicionamentos na matriz das contas da empresa-exemplo. Nada é enviado a lugar nenhum: o arquivo é salvo neste computador.',
  nameLabel: 'Seu nome',
  nameHint: 'Como o facilitador deve vê-lo nos resultados da turma.',
  groupLabel: 'Seu grupo (opcional)',
  groupHint: 'Por exemplo “Mesa 2”. Escreva igual ao resto do seu grupo.',
  contents: 'O que o seu arquivo vai conter',
  quizCount: 'Resultados de quiz: {n}',
  diagnosisCount: 'Diagnósticos de estágio: {n}',
  uncouplingCount: 'Checklists de desunião: {n}',
  matrixCount: 'Posicionamentos na matriz: {n}',
  accountsList: 'Contas: {names}',
  lessonsList: 'Aulas: {names}',
  nothingYet:
    'Ainda não há nada para exportar: faça um quiz ou trabalhe nas contas da empresa-exemplo nas ferramentas. Mesmo assim, você pode exportar um arquivo vazio.',
  matrixInvalid:
    'Os pesos da sua matriz de classificação não somam 100 em cada eixo, então nenhum posicionamento na matriz pode ser incluído. Corrija os pesos na ferramenta da matriz de classificação.',
  matrixIncomplete:
    '{n} {n:conta tem|contas têm} notas na matriz só para alguns critérios e {n:ficou|ficaram} de fora. Dê nota a todos os critérios para {n:incluí-la|incluí-las}.',
  exportButton: 'Exportar meus resultados do workshop',
  nameRequired: 'Digite primeiro o seu nome, para o facilitador saber de quem são estes resultados.',
  exported: 'Arquivo “{file}” salvo. Entregue-o ao facilitador (pen drive, pasta compartilhada…).',
  exportFailed: 'Este navegador não conseguiu salvar o arquivo. Tente de novo ou use outro navegador.',
  loadButton: 'Carregar a empresa-exemplo neste navegador',
  loadIntro:
    'Um clique coloca os clientes e as vendas da Distribuidora Horizonte neste navegador, para que todos na sala trabalhem com os mesmos dados. Eles vão para um espaço de exemplo separado: os seus próprios dados ficam guardados à parte, intactos.',
  confirmTitle: 'Você já trabalhou com a empresa-exemplo',
  confirmHas: 'Carregá-la de novo substitui, no espaço de exemplo:',
  confirmClients: '{n} {n:cliente|clientes}, {k} {k:marcado como cliente-chave|marcados como clientes-chave}',
  confirmSales: '{n} {n:linha|linhas} de vendas mensais',
  confirmAssessments: 'Há diagnósticos, checklists, notas da matriz ou planos registrados para {n} {n:conta|contas}.',
  clearAssessments: 'Apagar também esses diagnósticos, checklists, notas da matriz e planos, para começar os exercícios do zero',
  keptAlways: 'As notas dos quizzes são mantidas, e os seus próprios dados não são tocados.',
  confirmReplace: 'Substituir pela empresa-exemplo',
  loaded:
    'A Distribuidora Horizonte foi carregada: {n} {n:cliente|clientes}. Abra a calculadora de Pareto para encontrar os clientes-chave.',
  undone: 'Seu trabalho anterior no exemplo voltou.',
  undoFailed: 'Não foi possível trazer de volta o seu trabalho anterior no exemplo.',
  loadFailed: 'Não foi possível carregar a empresa-exemplo ({reason}).',
  reasonNetwork: 'o arquivo de exemplo não pôde ser lido; abra esta página uma vez com internet',
  reasonStorage: 'este navegador se recusou a salvá-la',
  reasonOther: 'erro “{code}”',
  notSavedWarning: 'Carregada só nesta página: o armazenamento deste navegador está cheio ou bloqueado, então ela some ao recarregar.',
  paretoLink: 'Abrir a calculadora de Pareto',
};

export default ptBr;
