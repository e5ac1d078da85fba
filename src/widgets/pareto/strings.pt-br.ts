// Portuguese (Brazil) texts of strings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './strings.en';

const ptBr: Dictionary<typeof en> = {
  intro:
    'A Lei de Pareto diz que cerca de 20% dos clientes representam 80% do negócio. Veja como seus clientes se dividem nas classes A, B e C e quais são candidatos a clientes-chave.',
  sourceLegend: 'O que analisar',
  sourcePortfolio: 'Minha carteira de clientes',
  sourceFile: 'Um arquivo, sem salvar',
  emptyTitle: 'Sua carteira ainda não tem clientes',
  emptyText: 'Carregue a empresa de exemplo, importe seus clientes na ferramenta carteira de clientes ou analise um arquivo sem salvá-lo.',
  fileNote: 'O arquivo é lido só para esta análise: nada é salvo e sua carteira não muda.',
  noFileYet: 'Escolha ou cole um arquivo acima para ver a análise de Pareto.',
  thresholdsLegend: 'Limites das classes',
  thresholdA: 'Classe A até (% do faturamento)',
  thresholdB: 'Classe B até (% do faturamento)',
  thresholdError: 'Informe um número de 1 a 100; B não pode ser menor que A.',
  rule: 'Classe A: a partir do maior cliente, os clientes necessários para chegar a {a} do faturamento (o que cruza a linha conta como A). Classe B: os seguintes, até {b}. Classe C: todos os demais.',
  basisPortfolio: 'Números de {period}: {n} {n:cliente|clientes} com vendas, faturamento total de {total} ({currency}).',
  basisUndated:
    'Números da carteira inteira (totais como importados): {n} {n:cliente|clientes} com vendas, faturamento total de {total} ({currency}).',
  basisFile:
    'Números do arquivo inteiro que você leu: {n} {n:cliente|clientes}, faturamento total de {total} ({currency}). Nada foi salvo.',
  excludedNegative: 'devoluções maiores que as vendas',
  excludedZero: 'vendas e devoluções se anulam',
  resultsHeading: 'Seu retrato 80/20',
  top20: 'Seus 20% maiores clientes ({n} de {total}) respondem por {x} do faturamento.',
  for80: '{n} {n:cliente|clientes} ({y} dos seus clientes) {n:responde|respondem} por 80% do faturamento.',
  for50: 'Metade do seu faturamento vem de apenas {n} {n:cliente|clientes}.',
  closeTo: 'Isso está próximo do retrato clássico 80/20.',
  moreConcentrated:
    'Seu faturamento é mais concentrado que 80/20: os 20% maiores fazem {pp} pontos percentuais a mais que 80%. Poucos clientes pesam muito: eles são seus candidatos a clientes-chave.',
  lessConcentrated:
    'Seu faturamento é menos concentrado que 80/20: os 20% maiores fazem {pp} pontos percentuais a menos que 80%. O faturamento é espalhado; escolha clientes-chave também pelo potencial, não só pelo tamanho.',
  largest: 'Seu maior cliente, {name}, faz {x} do faturamento.',
  dependence:
    'Alerta forte: um só cliente responde por {x} do faturamento. Perdê-lo afetaria a empresa inteira: proteja-o com um plano de conta e faça crescer outros clientes.',
  dependenceNotice: 'Aviso: um só cliente responde por {x} do faturamento; a partir de uns {notice} (aula 2), trate isso como um risco.',
  chartSummaryBars:
    '{n} {n:cliente|clientes} do maior para o menor faturamento, coloridos por classe, com a participação acumulada no faturamento como linha e os limites das classes em {a} e {b}.',
  chartSummaryCurve:
    'Participação acumulada no faturamento em função da parcela de clientes, a partir do maior. Os 20% maiores clientes fazem {x}; 80% do faturamento é alcançado com {y} dos clientes.',
  revenue: 'Faturamento',
  cumulative: 'Participação acumulada no faturamento',
  clientsAxis: 'Parcela de clientes (maiores primeiro)',
  limitA: 'Limite A',
  limitB: 'Limite B',
  marker20: '20% dos clientes',
  marker80: '80% do faturamento',
  tableCaption: 'Clientes por faturamento',
  colRank: 'Posição',
  colClient: 'Cliente',
  colRevenue: 'Faturamento',
  colShare: 'Participação',
  colCumulative: 'Acumulado',
  colClass: 'Classe',
  abcHeading: 'Classes ABC',
  abcCaption: 'Clientes e faturamento por classe',
  colClients: 'Clientes',
  colClientShare: '% dos clientes',
  colRevenueShare: '% do faturamento',
  tableLimited: 'Somente os primeiros {n} {n:cliente|clientes} aparecem na tabela.',
  excludedHeading: 'Clientes deixados de fora (faturamento zero ou negativo)',
  excludedText:
    '{n:Este|Estes} {n} {n:cliente|clientes} não {n:teve|tiveram} faturamento positivo no período (por exemplo, devoluções maiores que as vendas). {n:Ele não entra|Eles não entram} na conta; {n:confira-o|confira-os}.',
  noPositive: 'Nenhum cliente tem faturamento positivo, então não há o que classificar.',
};

export default ptBr;
