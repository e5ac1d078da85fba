// English texts of strings.ts (the reference: the Portuguese file is typed by it).
const en = {
  intro:
    'Sales to new customers show whether you are winning business, and are the usual measure of a marketing campaign. A customer counts as new in the period of its first purchase in your data.',
  sourceLegend: 'Which sales',
  sourcePortfolio: 'My portfolio’s monthly sales',
  sourceFile: 'A transaction file, without saving it',
  emptyTitle: 'No dated sales yet',
  emptyText:
    'This tool needs sales with dates (invoices or orders). Load the sample company, import a transaction file in the portfolio, or analyse a file without saving it.',
  fileNote: 'The file is only read for this analysis: nothing is saved. It needs a date, a client and an amount column.',
  monthlyNote:
    'Your portfolio keeps sales per month, so campaign dates are compared by whole months. Analyse a transaction file for day-by-day precision.',
  firstPeriodNote: 'In the first period of your data every customer looks new, because earlier purchases are not in the data.',
  period: 'Group by',
  month: 'Month',
  quarter: 'Quarter',
  year: 'Year',
  quarterLabel: 'Q{q} {y}',
  resultsHeading: 'Sales from new and existing customers',
  latest: 'In {period}, new customers brought {amount}, {share} of sales (new customers: {n}).',
  chartSummary: 'Sales per {unit} from {first} to {last}, split into new customers and existing customers. {latest}',
  fromNew: 'New customers',
  fromExisting: 'Existing customers',
  tableCaption: 'Sales from new customers by period',
  colPeriod: 'Period',
  colTotal: 'Total sales',
  colNew: 'From new customers',
  colShare: 'Share from new',
  colCount: 'New customers',
  campaignHeading: 'Campaign window',
  campaignIntro: 'Enter the campaign’s first and last day. It is compared with the same number of days just before it.',
  start: 'Campaign start',
  end: 'Campaign end',
  campaign:
    'During the campaign ({start} to {end}, {days} days), new customers brought {amount}, {share} of sales (new customers: {n}), against {before} in the same length of time before it ({bstart} to {bend}).',
  campaignUp: 'The share of sales from new customers went up by {pp} percentage points.',
  campaignDown: 'The share of sales from new customers went down by {pp} percentage points.',
  campaignSame: 'The share of sales from new customers did not change.',
  campaignEmpty: 'There are no sales in the campaign window.',
  campaignInvalid: 'Enter both dates.',
} as const;

export default en;
