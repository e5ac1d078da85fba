// Portuguese (Brazil) texts of figureStrings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './figures.en';

const ptBr: Dictionary<typeof en> = {
  settingsTitle: 'Premissas',
  creditRate: 'Custo do dinheiro (taxa anual, %)',
  creditRateHint: 'Custo do crédito = faturamento × prazo de pagamento / 365 × esta taxa.',
  defaultMargin: 'Margem bruta dos clientes sem margem (%)',
  defaultMarginHint: 'Deixe vazio para listar esses clientes à parte.',
  editTitle: 'Custos de um cliente',
  client: 'Cliente',
  chooseClient: 'Escolha um cliente',
  marginPct: 'Margem bruta (%)',
  marginFromPortfolio: 'Da carteira: {pct}. Digite outro número para usá-lo aqui.',
  paymentDays: 'Prazo de pagamento (dias)',
  'type.delivery': 'Entregas',
  'type.visits': 'Visitas comerciais',
  'type.terms': 'Condições especiais e descontos',
  'type.credit': 'Custo do crédito (prazo)',
  'type.returns': 'Devoluções',
  'type.staff': 'Equipe dedicada',
  'type.other': 'Outros',
  costsLegend: 'Custos anuais de servir {client} ({currency})',
  resultTitle: 'Ranking de rentabilidade',
  resultNote: 'Números de {period}. Os custos são valores anuais: lance-os para os mesmos meses do faturamento.',
  colProfitRank: 'Posição no lucro',
  colRevenueRank: 'Posição no faturamento',
  colClient: 'Cliente',
  colRevenue: 'Faturamento',
  colGross: 'Margem bruta',
  colCost: 'Custo de servir',
  colProfit: 'Margem após o custo de servir',
  colProfitPct: 'Após o custo de servir, % do faturamento',
  total: 'Total',
  edit: 'Editar {client}',
  noMargin:
    'Sem margem bruta conhecida para {n} {n:cliente|clientes} (deixados de fora): {names}. Digite a margem deles, ou uma margem para clientes sem margem acima.',
  whaleTitle: 'A curva da baleia',
  whaleSentence: 'Os clientes mais rentáveis ({n}) fazem {share} do lucro; os últimos ({m}) perdem {loss}.',
  whaleNoLosers: 'Os clientes rentáveis ({n}) fazem todo o lucro; nenhum cliente dá prejuízo.',
  whaleSummary:
    'Margem após o custo de servir acumulada, do cliente mais rentável ao menos rentável: chega a {peak} do total e volta a 100%.',
  whaleAxisX: 'Clientes, do mais rentável ao menos',
  whaleAxisY: 'Lucro acumulado, % do total',
  whaleSeries: 'Lucro acumulado',
  whaleCaption: 'Curva da baleia: margem após o custo de servir acumulada',
  colCumulative: 'Acumulado, % do total',
  importTitle: 'Importar custos de um arquivo',
  applied: '{n} {n:linha|linhas} de custo {n:aplicada|aplicadas}.',
};

export default ptBr;
