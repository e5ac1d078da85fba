// Portuguese (Brazil) texts of strings.ts, typed by the English ones: a missing key is a type error.
import type { Dictionary } from '../../i18n/locales';
import type en from './strings.en';

const ptBr: Dictionary<typeof en> = {
  intro:
    'As vendas para novos clientes mostram se você está conquistando negócios e são a medida usual de uma campanha de marketing. Um cliente conta como novo no período da sua primeira compra nos dados.',
  sourceLegend: 'Quais vendas',
  sourcePortfolio: 'Vendas mensais da minha carteira',
  sourceFile: 'Um arquivo de transações, sem salvar',
  emptyTitle: 'Ainda não há vendas com data',
  emptyText:
    'Esta ferramenta precisa de vendas com data (notas fiscais ou pedidos). Carregue a empresa de exemplo, importe um arquivo de transações na carteira ou analise um arquivo sem salvá-lo.',
  fileNote: 'O arquivo é lido só para esta análise: nada é salvo. Ele precisa de colunas de data, cliente e valor.',
  monthlyNote:
    'Sua carteira guarda as vendas por mês, então as datas da campanha são comparadas em meses inteiros. Analise um arquivo de transações para ter precisão por dia.',
  firstPeriodNote: 'No primeiro período dos dados todo cliente parece novo, porque as compras anteriores não estão nos dados.',
  period: 'Agrupar por',
  month: 'Mês',
  quarter: 'Trimestre',
  year: 'Ano',
  quarterLabel: '{q}º tri {y}',
  resultsHeading: 'Vendas para novos clientes e para clientes existentes',
  latest: 'Em {period}, os novos clientes trouxeram {amount}, {share} das vendas (novos clientes: {n}).',
  chartSummary: 'Vendas por {unit} de {first} a {last}, divididas entre novos clientes e clientes existentes. {latest}',
  fromNew: 'Novos clientes',
  fromExisting: 'Clientes existentes',
  tableCaption: 'Vendas para novos clientes por período',
  colPeriod: 'Período',
  colTotal: 'Vendas totais',
  colNew: 'De novos clientes',
  colShare: 'Participação dos novos',
  colCount: 'Novos clientes',
  campaignHeading: 'Período da campanha',
  campaignIntro: 'Informe o primeiro e o último dia da campanha. Ela é comparada com o mesmo número de dias logo antes.',
  start: 'Início da campanha',
  end: 'Fim da campanha',
  campaign:
    'Durante a campanha ({start} a {end}, {days} dias), os novos clientes trouxeram {amount}, {share} das vendas (novos clientes: {n}), contra {before} no mesmo período antes dela ({bstart} a {bend}).',
  campaignUp: 'A participação dos novos clientes nas vendas subiu {pp} pontos percentuais.',
  campaignDown: 'A participação dos novos clientes nas vendas caiu {pp} pontos percentuais.',
  campaignSame: 'A participação dos novos clientes nas vendas não mudou.',
  campaignEmpty: 'Não há vendas no período da campanha.',
  campaignInvalid: 'Informe as duas datas.',
};

export default ptBr;
