// Portuguese (Brazil) texts of strings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './strings.en';

const ptBr: Dictionary<typeof en> = {
  title: 'Matriz de classificação',
  intro:
    'Dê a cada cliente-chave uma nota de atratividade para você e uma nota da sua força na visão dele. As duas notas ponderadas colocam o cliente em um de quatro quadrantes, e cada quadrante tem a sua estratégia.',
  emptyNoClients:
    'Sua carteira de clientes ainda está vazia. Carregue a empresa de exemplo (Distribuidora Horizonte) para ver a matriz funcionando, ou cadastre seus clientes na ferramenta de carteira.',
  sampleLoaded: 'Exemplo carregado: {n} {n:cliente-chave|clientes-chave} com notas.',
  loadingAccounts: 'Carregando as notas dos seus clientes-chave…',
  partFailed: 'Esta parte da ferramenta não pôde ser carregada. Recarregue a página e tente novamente.',
  criteriaTitle: '1. Critérios e pesos',
  criteriaHelp:
    'O peso diz quanto cada critério conta, em porcentagem: cada lista precisa somar 100. Renomeie um critério para o seu negócio; as notas continuam com ele. As mudanças são salvas sozinhas quando as duas listas somam 100.',
  axisAttractiveness: 'Atratividade do cliente',
  axisAttractivenessHelp: 'O quanto a conta é atraente para você nos próximos três anos (potencial, não só o faturamento atual).',
  axisStrength: 'Sua força relativa',
  axisStrengthHelp: 'Como o cliente avalia você diante do melhor concorrente naquilo que ele valoriza. Pergunte ao cliente.',
  colCriterion: 'Critério',
  colWeight: 'Peso (%)',
  criterionNameLabel: '{axis}: nome do critério {n}',
  weightLabel: '{axis}: peso de “{name}” em porcentagem',
  removeCriterion: 'Remover “{name}”',
  colRemove: 'Remover',
  addCriterion: 'Adicionar critério',
  newCriterion: 'Novo critério',
  total: 'Total',
  totalOf: '{total} de 100',
  restoreDefaults: 'Restaurar os critérios padrão',
  criteriaSaved: 'Critérios salvos.',
  removed: '“{name}” removido.',
  colAccount: 'Cliente',
  colRevenue: 'Faturamento',
  colAttractiveness: 'Atratividade',
  colStrength: 'Força',
  colQuadrant: 'Quadrante',
  colStrategy: 'Estratégia',
  chartTitle: '3. A matriz',
  orientationNote:
    'Como nas matrizes de McDonald, a força alta fica à esquerda, então os clientes Estratégicos ficam no alto à esquerda. A área da bolha é proporcional ao faturamento. “Alta” significa {mid} ou mais.',
  summaryEmpty: 'Nenhum cliente-chave tem todas as notas ainda, então a matriz está vazia.',
  tableCaption: 'Clientes-chave na matriz de classificação (notas ponderadas de 0 a 10)',
  cardsTitle: '4. O que fazer em cada quadrante',
  cardHigh: 'Atratividade {a}, força {s}',
  high: 'alta',
  low: 'baixa',
  doStrategic:
    'KAM completo: equipe dedicada, planos conjuntos e investimento. Mire a Parceria-KAM e além. Estes clientes merecem as suas melhores pessoas.',
  doStar: 'Atraente, mas o cliente vê você como fraco. Descubra por quê (pergunte a ele), invista onde dá para ganhar e pare onde não dá.',
  doStatus: 'Valoriza você, mas cresce pouco. Atenda bem e com eficiência, proteja a margem e não invista demais.',
  doStreamline:
    'Atendimento enxuto e de baixo custo: condições padrão, menos visitas, canais digitais. Administre para gerar caixa, não como cliente-chave completo.',
  noAccountsHere: 'Nenhum cliente aqui ainda.',
  exportTitle: 'Exportar',
  exportMatrix: 'Baixar a tabela da matriz (CSV)',
  exportCriteria: 'Baixar os critérios e pesos (CSV)',
};

export default ptBr;
