// Portuguese (Brazil) texts of strings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './strings.en';

const ptBr: Dictionary<typeof en> = {
  title: 'Custo de servir e rentabilidade por cliente',
  intro:
    'A margem bruta de um cliente paga mais do que a mercadoria: entregas, visitas, condições especiais, o crédito do prazo de pagamento, devoluções e pessoas dedicadas a ele. Lance esses custos por cliente para ver a margem após o custo de servir, quem realmente dá lucro e a curva da baleia.',
  kept: 'Seus números ficam só nesta página.',
  empty: 'Sua carteira ainda não tem clientes. Importe suas vendas na página da carteira ou carregue a empresa de exemplo.',
  sampleLoaded:
    'Exemplo carregado: os custos de 2025 da Distribuidora Horizonte para {n} {n:cliente|clientes}. Hospital Santa Clara: 21% de margem bruta, 14% após o custo de servir.',
  sampleKept: 'A empresa de exemplo está carregada; seus custos foram mantidos como estavam.',
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
  print: 'Imprimir o ranking e a curva da baleia',
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
