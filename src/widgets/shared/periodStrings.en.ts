// English texts of the period and currency bar (the reference: the Portuguese file is typed by it).
const en = {
  periodLabel: 'Period',
  periodAll: 'Whole file ({start} – {end})',
  periodAllNoDates: 'Whole portfolio',
  periodLast12: 'Last 12 months ({start} – {end})',
  periodYear: 'Year {year}',
  periodRange: 'Custom range…',
  rangeFrom: 'From',
  rangeTo: 'To',
  summaryDated: '{period}: total revenue {total} from {n} {n:client|clients}.',
  summaryUndated: 'Totals as imported: total revenue {total} from {n} {n:client|clients}.',
  noSales: '{n} {n:client|clients} had no sales in this period and {n:is|are} left out of these figures.',
  undated:
    '{n} {n:client has|clients have} no dated sales (typed in or imported as totals), so {n:it counts|they count} only in the whole file.',
  monthsName: '{start} – {end}',
  currencyLabel: 'Currency of the amounts',
  currencyUnknown: 'not known yet: choose the currency of your data',
} as const;

export default en;
