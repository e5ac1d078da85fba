// English texts of strings.ts (the reference: the Portuguese file is typed by it).
const en = {
  intro:
    'The Pareto principle says that about 20% of clients account for 80% of the business. See how your clients split into classes A, B and C, and which ones are candidates for key accounts.',
  sourceLegend: 'What to analyse',
  sourcePortfolio: 'My client portfolio',
  sourceFile: 'A file, without saving it',
  emptyTitle: 'Your portfolio has no clients yet',
  emptyText: 'Load the sample company, import your clients in the portfolio tool, or analyse a file without saving it.',
  fileNote: 'The file is only read for this analysis: nothing is saved and your portfolio does not change.',
  noFileYet: 'Choose or paste a file above to see its Pareto analysis.',
  thresholdsLegend: 'Class limits',
  thresholdA: 'Class A up to (% of revenue)',
  thresholdB: 'Class B up to (% of revenue)',
  thresholdError: 'Enter a number from 1 to 100; B cannot be below A.',
  rule: 'Class A: starting from your largest client, the clients you need to reach {a} of revenue (the one that crosses the line counts as A). Class B: the next ones, up to {b}. Class C: all the rest.',
  basisPortfolio: 'Figures for {period}: {n} {n:client|clients} with sales, total revenue {total} ({currency}).',
  basisUndated:
    'Figures for your whole portfolio (totals as imported): {n} {n:client|clients} with sales, total revenue {total} ({currency}).',
  basisFile: 'Figures for the whole file you read: {n} {n:client|clients}, total revenue {total} ({currency}). Nothing was saved.',
  excludedNegative: 'returns larger than sales',
  excludedZero: 'sales and returns cancel out',
  resultsHeading: 'Your 80/20 picture',
  top20: 'Your top 20% of clients ({n} of {total}) account for {x} of revenue.',
  for80: '{n} {n:client|clients} ({y} of your clients) {n:accounts|account} for 80% of revenue.',
  for50: 'Half of your revenue comes from just {n} {n:client|clients}.',
  closeTo: 'That is close to the classic 80/20 picture.',
  moreConcentrated:
    'Your revenue is more concentrated than 80/20: the top 20% account for {pp} percentage points more than 80%. A few clients matter a lot: they are your key-account candidates.',
  lessConcentrated:
    'Your revenue is less concentrated than 80/20: the top 20% account for {pp} percentage points less than 80%. Revenue is spread out, so choose key accounts also by potential, not only by size.',
  largest: 'Your largest client, {name}, accounts for {x} of revenue.',
  dependence:
    'Strong warning: one client accounts for {x} of revenue. Losing it would hurt the whole company: protect it with an account plan and grow other clients.',
  dependenceNotice: 'Notice: one client accounts for {x} of revenue; from about {notice} (lesson 2), treat it as a risk.',
  chartSummaryBars:
    '{n} {n:client|clients} from largest to smallest revenue, coloured by class, with the cumulative share of revenue as a line and the class limits at {a} and {b}.',
  chartSummaryCurve:
    'Cumulative share of revenue against the share of clients, from the largest client. The top 20% of clients account for {x}; 80% of revenue is reached with {y} of clients.',
  revenue: 'Revenue',
  cumulative: 'Cumulative share of revenue',
  clientsAxis: 'Share of clients (largest first)',
  limitA: 'A limit',
  limitB: 'B limit',
  marker20: '20% of clients',
  marker80: '80% of revenue',
  tableCaption: 'Clients ranked by revenue',
  colRank: 'Rank',
  colClient: 'Client',
  colRevenue: 'Revenue',
  colShare: 'Share',
  colCumulative: 'Cumulative',
  colClass: 'Class',
  abcHeading: 'ABC classes',
  abcCaption: 'Clients and revenue by class',
  colClients: 'Clients',
  colClientShare: '% of clients',
  colRevenueShare: '% of revenue',
  tableLimited: 'Only the first {n} {n:client|clients} are listed in the table.',
  excludedHeading: 'Clients left out (zero or negative revenue)',
  excludedText:
    '{n:This|These} {n} {n:client|clients} had no positive revenue in the period (for example credit notes larger than invoices). {n:It is|They are} not counted; check {n:it|them}.',
  noPositive: 'No client has a positive revenue, so there is nothing to rank.',
} as const;

export default en;
