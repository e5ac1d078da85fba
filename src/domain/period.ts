/**
 * The period a user analyses a dated portfolio over: the whole file (the default), the last 12
 * months, one calendar year or a custom range of months.
 *
 * A transaction export often spans several years. Which span the 80/20 figures describe changes the
 * answer (one real file: 793 clients and a top-20 % share of 48 % over the whole file, 693 clients and
 * 60 % over its last 12 months), so the choice is the user's, never made silently, and every figure
 * that depends on it is shown with it. Months are the unit because the portfolio keeps sales per
 * client and month (what fits in the browser's storage).
 */
import type { MonthlyAmount } from './monthlySales.ts';
import { MoneySum } from './money.ts';

/** An inclusive range of calendar months, `yyyy-mm`. */
export type MonthRange = { start: string; end: string };

export type RevenuePeriod =
  { kind: 'all' } | { kind: 'last12' } | { kind: 'year'; year: number } | { kind: 'range'; start: string; end: string };

export const WHOLE_FILE: RevenuePeriod = { kind: 'all' };

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function monthFromIndex(n: number): string {
  return `${String(Math.floor(n / 12)).padStart(4, '0')}-${String((n % 12) + 1).padStart(2, '0')}`;
}

/** Number of months in a range (1 for a single month). */
function monthCount(range: MonthRange): number {
  return monthIndex(range.end) - monthIndex(range.start) + 1;
}

/** First and last month with a sales line, or null when there are none. */
export function salesSpan(sales: readonly Pick<MonthlyAmount, 'month'>[]): MonthRange | null {
  let first = Infinity;
  let last = -Infinity;
  for (const s of sales) {
    if (!MONTH.test(s.month)) continue;
    const m = monthIndex(s.month);
    if (m < first) first = m;
    if (m > last) last = m;
  }
  return Number.isFinite(first) ? { start: monthFromIndex(first), end: monthFromIndex(last) } : null;
}

/** The calendar years the sales touch, newest first (for the period picker). */
export function yearsInSpan(span: MonthRange | null): number[] {
  if (!span) return [];
  const out: number[] = [];
  for (let y = Number(span.end.slice(0, 4)); y >= Number(span.start.slice(0, 4)); y--) out.push(y);
  return out;
}

/** Every month of a span, oldest first (for the custom-range picker). */
export function monthsInSpan(span: MonthRange | null): string[] {
  if (!span) return [];
  const out: string[] = [];
  for (let m = monthIndex(span.start); m <= monthIndex(span.end); m++) out.push(monthFromIndex(m));
  return out;
}

/**
 * The months a period covers, given the span of the data; null means "everything" (the whole
 * file, or data without dates). A custom range given backwards is read forwards.
 */
export function periodMonths(period: RevenuePeriod, span: MonthRange | null): MonthRange | null {
  if (!span) return null;
  switch (period.kind) {
    case 'all':
      return null;
    case 'last12': {
      const end = monthIndex(span.end);
      return { start: monthFromIndex(end - 11), end: span.end };
    }
    case 'year':
      return { start: `${String(period.year).padStart(4, '0')}-01`, end: `${String(period.year).padStart(4, '0')}-12` };
    case 'range': {
      if (!MONTH.test(period.start) || !MONTH.test(period.end)) return null;
      return period.start <= period.end ? { start: period.start, end: period.end } : { start: period.end, end: period.start };
    }
  }
}

/** The range of the same length just before `range` ("the previous period"). */
export function previousRange(range: MonthRange): MonthRange {
  const n = monthCount(range);
  const start = monthIndex(range.start);
  return { start: monthFromIndex(start - n), end: monthFromIndex(start - 1) };
}

/**
 * How one client stands in the period:
 * - `sales`: it has sales lines in the period (its revenue may still be ≤ 0 when credit notes win);
 * - `no-sales`: it has dated sales, none in this period;
 * - `undated`: the portfolio keeps no dated sales for it (typed in by hand, or a totals file), so
 *   only the whole-file view can show it.
 */
export type PeriodStatus = 'sales' | 'no-sales' | 'undated';

export type ClientInPeriod = { key: string; revenue: number; previousRevenue?: number; status: PeriodStatus };

export type PeriodRevenue = {
  /** The period asked for, or the whole file when the data has no dates. */
  period: RevenuePeriod;
  /** The months the figures cover; null = everything the portfolio holds (the whole file). */
  months: MonthRange | null;
  /** First and last month of the dated sales (null when there are none). */
  span: MonthRange | null;
  /** The same number of months just before `months` (null for the whole file). */
  previous: MonthRange | null;
  /** False when the data starts after `previous.start`: the previous period is only partly known, and no client has a `previousRevenue`. */
  previousComplete: boolean;
  clients: ClientInPeriod[];
  /** Net revenue of the clients with sales in the period, exact to the cent. */
  total: number;
  counts: Record<PeriodStatus, number>;
};

type ClientRevenue = { key: string; revenue: number; previousRevenue?: number | undefined };

/**
 * Each client's revenue in a period. The whole file uses the revenue the portfolio holds for each
 * client (the import's sum of every line, or what the user typed); any other period sums the
 * client's monthly sales inside it, exact to the cent. Never throws.
 */
export function revenueForPeriod(
  clients: readonly ClientRevenue[],
  sales: readonly MonthlyAmount[],
  period: RevenuePeriod = WHOLE_FILE,
): PeriodRevenue {
  const span = salesSpan(sales);
  const months = periodMonths(period, span);
  const counts: Record<PeriodStatus, number> = { sales: 0, 'no-sales': 0, undated: 0 };
  if (months === null) {
    const total = new MoneySum();
    const out = clients.map((c): ClientInPeriod => {
      counts.sales++;
      total.add(c.revenue);
      const row: ClientInPeriod = { key: c.key, revenue: c.revenue, status: 'sales' };
      if (c.previousRevenue !== undefined) row.previousRevenue = c.previousRevenue;
      return row;
    });
    return {
      period: span ? period : WHOLE_FILE,
      months: null,
      span,
      previous: null,
      previousComplete: false,
      clients: out,
      total: total.value,
      counts,
    };
  }
  const previous = previousRange(months);
  const from = monthIndex(months.start);
  const to = monthIndex(months.end);
  const prevFrom = monthIndex(previous.start);
  const sums = new Map<string, { current: MoneySum; previous: MoneySum; inPeriod: boolean }>();
  for (const s of sales) {
    if (!MONTH.test(s.month)) continue;
    let acc = sums.get(s.key);
    if (!acc) {
      acc = { current: new MoneySum(), previous: new MoneySum(), inPeriod: false };
      sums.set(s.key, acc);
    }
    const m = monthIndex(s.month);
    if (m >= from && m <= to) {
      acc.current.add(s.amount);
      acc.inPeriod = true;
    } else if (m >= prevFrom && m < from) acc.previous.add(s.amount);
  }
  // The previous period's revenue is known only when the data covers all of it: a file that starts
  // within it (or after it) would show a part as the whole, or 0 for months it never held.
  const previousComplete = span !== null && span.start <= previous.start;
  const total = new MoneySum();
  const out = clients.map((c): ClientInPeriod => {
    const acc = sums.get(c.key);
    if (!acc) {
      counts.undated++;
      return { key: c.key, revenue: 0, status: 'undated' };
    }
    const status: PeriodStatus = acc.inPeriod ? 'sales' : 'no-sales';
    counts[status]++;
    const revenue = acc.current.value;
    if (acc.inPeriod) total.add(revenue);
    return previousComplete ? { key: c.key, revenue, previousRevenue: acc.previous.value, status } : { key: c.key, revenue, status };
  });
  return {
    period,
    months,
    span,
    previous,
    previousComplete,
    clients: out,
    total: total.value,
    counts,
  };
}
