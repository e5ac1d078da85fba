// Portuguese (Brazil) texts of strings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './strings.en';

const ptBr: Dictionary<typeof en> = {
  intro:
    'Onde está cada cliente-chave e o que precisa de atenção agora. Os números vêm das ferramentas: abra uma ferramenta pela linha da conta para alterá-los.',
  emptyTitle: 'Ainda não há clientes',
  emptyText:
    'Cadastre seus clientes na ferramenta de carteira (ou importe a exportação do seu ERP) e escolha seus clientes-chave. Para experimentar o painel antes, carregue a empresa-exemplo (com os seis clientes-chave que as aulas acompanham).',
  portfolioLink: 'Abrir a carteira de clientes',
  noKeyTitle: 'Ainda não há clientes-chave',
  noKeyText:
    'Você tem {n} {n:cliente|clientes}, mas nenhum está marcado como cliente-chave. Os clientes classe A da Lei de Pareto são o ponto de partida da busca: são candidatos, porque o tamanho, sozinho, não faz um cliente-chave.',
  candidatesText:
    '{n} {n:candidato marcado|candidatos marcados}. Confira adequação e custo na ferramenta de adequação × custo e depois promova, na carteira, os que você escolher.',
  fitCostLink: 'Comparar na ferramenta de adequação × custo',
  markA: 'Marcar {n:o|os} {n} {n:cliente|clientes} classe A como {n:candidato|candidatos}',
  paretoLink: 'Escolher na calculadora de Pareto',
  afterCostToServe:
    'Margem após o custo de servir dos clientes-chave: {profit} ({pct} do faturamento deles; veja a ferramenta de custo de servir).',
  summary: '{n} {n:cliente-chave responde|clientes-chave respondem} por {share} do seu faturamento: {keyTotal} de {total}.',
  summaryOne: 'O seu único cliente-chave responde por {share} do seu faturamento: {keyTotal} de {total}.',
  warnedSummary: '{n} deles precisam de atenção.',
  allGood: 'Nenhum alerta: todo cliente-chave tem plano, data de revisão no futuro e nenhum risco alto.',
  dependenceTitle: 'Dependência forte de um só cliente',
  dependenceNoticeTitle: 'Dependência a acompanhar',
  dependenceNoticeText:
    '{name} responde por {share} do seu faturamento. Aula 2: a partir de uns {notice} num só cliente, registre a dependência como um risco e planeje-se (a partir de {limit} o painel alerta com força).',
  dependenceText:
    'Só {name} responde por {share} do seu faturamento, {limit} ou mais. Perdê-lo, ou deixar que ele dite os preços, afetaria a empresa inteira.',
  notKeyNote: '(não marcado como cliente-chave)',
  filterLabel: 'Buscar uma conta',
  showLabel: 'Mostrar',
  showAll: 'Todos os clientes-chave',
  showWarned: 'Só contas com alertas',
  showClassA: 'Só classe A',
  showNoPlan: 'Só contas sem plano',
  countShown: 'Mostrando {shown} de {total} clientes-chave.',
  noMatch: 'Nenhum cliente-chave atende a esses filtros.',
  print: 'Imprimir o relatório da carteira',
  reportTitle: 'Relatório da carteira',
  reportDate: 'Impresso em {date}.',
  tableCaption: 'Clientes-chave: classe, estágio, risco, quadrante, plano e alertas',
  sortBy: 'Ordenar por {column}',
  colAccount: 'Conta',
  colRevenue: 'Faturamento',
  colClass: 'Classe ABC',
  colStage: 'Estágio atual',
  colTarget: 'Estágio-alvo',
  colRisk: 'Risco de desunião',
  colQuadrant: 'Quadrante da matriz',
  colPlan: 'Plano preenchido',
  colReview: 'Próxima revisão',
  colWarnings: 'Alertas',
  colTools: 'Abrir em',
  notDiagnosed: 'Sem diagnóstico',
  notSet: 'Não definido',
  notAssessed: 'Não avaliado',
  notScored: 'Sem notas',
  noPlan: 'Sem plano',
  noReview: 'Sem data',
  excluded: 'Excluído (faturamento ≤ 0)',
  none: 'Nenhum',
  warnNoPlan: 'Sem plano de conta',
  warnReviewOverdue: 'Revisão atrasada',
  warnHighRisk: 'Risco alto de desunião',
  warnSingleContact: 'Ponto de contato único (gravata-borboleta)',
  warnDependence: '{limit} ou mais do faturamento',
  toolDiagnosis: 'Estágio',
  toolUncoupling: 'Checklist',
  toolPlan: 'Plano',
  toolMatrix: 'Matriz',
  toolFor: 'de {name}',
  matrixInvalid:
    'Os pesos da matriz de classificação não somam 100, então nenhum quadrante pode ser mostrado. Corrija-os na ferramenta da matriz de classificação.',
  nextStepsTitle: 'O que fazer agora',
  nextNoPlan: 'Escrever o plano de conta de {names}.',
  nextReview: 'Revisar o plano de {names}: a data de revisão já passou.',
  nextRisk: 'Agir sobre o risco de desunião de {names}: veja as ações de mitigação do checklist.',
  nextContact: 'Criar mais contatos (da gravata-borboleta ao diamante) em {names}.',
  nextDependence: 'Reduzir a dependência de {names}: fazer crescer outras contas.',
  warnStageCap: 'Estágio-alvo acima da visão do comprador (Kraljic)',
  nextStageCap:
    'Rever o estágio-alvo de {names}: está acima do que a visão do comprador permite; mudar como o comprador vê a empresa ou baixar o alvo.',
};

export default ptBr;
