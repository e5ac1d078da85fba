/**
 * Sales to new customers ("a venda para novos clientes… utilizada, geralmente, para analisar uma
 * campanha de marketing"). The metric is (sales from new customers / total sales) per period
 * (getcensus KPI definition, kam-domain-notes §7).
 *
 * Definition (ours, stated because none is standard): a customer is NEW in the period of its first
 * transaction in the data, and all its sales in that period count as `fromNew`. With `lookbackMonths`
 * a customer who comes back after at least that many months without buying counts as new again
 * (a "won back" customer is acquisition work too). Note that in the first period of the data every
 * customer is new, because their earlier history is unknown; the UI should say so.
 */
import { addDays, daysBetween, isIsoDate } from './dates.ts';
import type { LineColumns } from './import.ts';

export type SalesLine = { key: string; date: string; amount: number };
export type NewCustomerPeriod = 'month' | 'quarter' | 'year';
export type NewCustomerRow = { period: string; total: number; fromNew: number; share: number; newCustomers: number };

export function periodOf(isoDate: string, period: NewCustomerPeriod): string {
  const year = isoDate.slice(0, 4);
  if (period === 'year') return year;
  const month = Number(isoDate.slice(5, 7));
  if (period === 'quarter') return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
  return isoDate.slice(0, 7);
}

/** Every period from `first` to `last` inclusive, so charts show empty months as zero, not as gaps. */
function periodRange(first: string, last: string, period: NewCustomerPeriod): string[] {
  const out: string[] = [];
  let y = Number(first.slice(0, 4));
  let step = period === 'year' ? 0 : period === 'quarter' ? Number(first.slice(6)) : Number(first.slice(5, 7));
  const perYear = period === 'quarter' ? 4 : 12;
  for (let guard = 0; guard < 100_000; guard++) {
    const label = period === 'year' ? String(y) : period === 'quarter' ? `${y}-Q${step}` : `${y}-${String(step).padStart(2, '0')}`;
    out.push(label);
    if (label === last) break;
    if (period === 'year') y++;
    else if (step === perYear) {
      step = 1;
      y++;
    } else step++;
  }
  return out;
}

function monthIndex(iso: string): number {
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
}

const validLine = (l: SalesLine): boolean => isIsoDate(l.date) && Number.isFinite(l.amount);

export function newCustomerSales(
  lines: readonly SalesLine[],
  options: { period?: NewCustomerPeriod; lookbackMonths?: number } = {},
): NewCustomerRow[] {
  const period = options.period ?? 'month';
  const lookback = options.lookbackMonths;
  const valid = lines.filter(validLine);
  if (valid.length === 0) return [];

  // Per customer: its purchase dates in order, to find first purchases (and comebacks).
  const datesByKey = new Map<string, string[]>();
  for (const l of valid) {
    const list = datesByKey.get(l.key);
    if (list) list.push(l.date);
    else datesByKey.set(l.key, [l.date]);
  }
  // newIn: key → set of periods in which the customer counts as new.
  const newIn = new Map<string, Set<string>>();
  for (const [key, dates] of datesByKey) {
    dates.sort();
    const periods = new Set<string>([periodOf(dates[0]!, period)]);
    if (lookback !== undefined && lookback > 0) {
      for (let i = 1; i < dates.length; i++) {
        if (monthIndex(dates[i]!) - monthIndex(dates[i - 1]!) >= lookback) periods.add(periodOf(dates[i]!, period));
      }
    }
    newIn.set(key, periods);
  }

  const rows = new Map<string, { total: number; fromNew: number; customers: Set<string> }>();
  let first = '';
  let last = '';
  for (const l of valid) {
    const p = periodOf(l.date, period);
    if (first === '' || p < first) first = p;
    if (last === '' || p > last) last = p;
    let row = rows.get(p);
    if (!row) {
      row = { total: 0, fromNew: 0, customers: new Set() };
      rows.set(p, row);
    }
    row.total += l.amount;
    if (newIn.get(l.key)?.has(p) === true) {
      row.fromNew += l.amount;
      row.customers.add(l.key);
    }
  }
  return periodRange(first, last, period).map((p) => {
    const row = rows.get(p);
    if (!row) return { period: p, total: 0, fromNew: 0, share: 0, newCustomers: 0 };
    return {
      period: p,
      total: row.total,
      fromNew: row.fromNew,
      share: row.total > 0 ? row.fromNew / row.total : 0,
      newCustomers: row.customers.size,
    };
  });
}

export type CampaignWindowFigures = { total: number; fromNew: number; share: number; newCustomers: number };
export type CampaignComparison = {
  during: CampaignWindowFigures;
  /** The same number of days immediately before the campaign. */
  before: CampaignWindowFigures;
  /** Length of each window in days, both ends included. */
  days: number;
  /** Start and end of the comparison window, for the UI to state what was compared. */
  beforeStart: string;
  beforeEnd: string;
};

function campaignWindows(window: {
  start: string;
  end: string;
}): Omit<CampaignComparison, 'during' | 'before'> & { start: string; end: string } {
  let { start, end } = window;
  if (end < start) [start, end] = [end, start];
  const days = isIsoDate(start) && isIsoDate(end) ? daysBetween(start, end) + 1 : 0;
  const beforeEnd = days > 0 ? addDays(start, -1) : start;
  const beforeStart = days > 0 ? addDays(start, -days) : start;
  return { start, end, days, beforeStart, beforeEnd };
}

/**
 * Campaign window against the same length just before it. A customer is new in a window when its
 * first transaction in the data falls inside that window; start and end are included; swapped
 * dates are put in order.
 */
export function compareCampaign(lines: readonly SalesLine[], window: { start: string; end: string }): CampaignComparison {
  const { start, end, days, beforeStart, beforeEnd } = campaignWindows(window);

  const firstDate = new Map<string, string>();
  const valid = lines.filter(validLine);
  for (const l of valid) {
    const f = firstDate.get(l.key);
    if (f === undefined || l.date < f) firstDate.set(l.key, l.date);
  }
  const figures = (from: string, to: string): CampaignWindowFigures => {
    let total = 0;
    let fromNew = 0;
    const customers = new Set<string>();
    if (days === 0) return { total, fromNew, share: 0, newCustomers: 0 };
    for (const l of valid) {
      if (l.date < from || l.date > to) continue;
      total += l.amount;
      const f = firstDate.get(l.key)!;
      if (f >= from && f <= to) {
        fromNew += l.amount;
        customers.add(l.key);
      }
    }
    return { total, fromNew, share: total > 0 ? fromNew / total : 0, newCustomers: customers.size };
  };
  return { during: figures(start, end), before: figures(beforeStart, beforeEnd), days, beforeStart, beforeEnd };
}

/**
 * `newCustomerSales` read from the import's columns (`LineColumns`) without an object per line: the
 * same rows, order and sums (the amounts are added in the lines' order, as there). The dates are
 * ranks into the sorted `dates`, so a client's first date is its smallest rank.
 */
export function newCustomerSalesFromColumns(
  columns: LineColumns,
  options: { period?: NewCustomerPeriod; lookbackMonths?: number } = {},
): NewCustomerRow[] {
  const period = options.period ?? 'month';
  const lookback = options.lookbackMonths;
  const { client, date, amount, keys, dates } = columns;
  // Period index of each date (-1 for a date `validLine` refuses); sorted dates give sorted periods.
  const periods: string[] = [];
  const periodOfDate = new Int32Array(dates.length).fill(-1);
  dates.forEach((iso, d) => {
    if (!isIsoDate(iso)) return;
    const p = periodOf(iso, period);
    if (periods[periods.length - 1] !== p) periods.push(p);
    periodOfDate[d] = periods.length - 1;
  });
  const valid = (i: number): boolean => periodOfDate[date[i]!]! >= 0 && Number.isFinite(amount[i]!);

  const firstRank = new Int32Array(keys.length).fill(0x7fffffff);
  let ranks: number[][] | null = null;
  if (lookback !== undefined && lookback > 0) ranks = keys.map(() => []);
  for (let i = 0; i < client.length; i++) {
    if (!valid(i)) continue;
    const c = client[i]!;
    if (date[i]! < firstRank[c]!) firstRank[c] = date[i]!;
    ranks?.[c]!.push(date[i]!);
  }
  // Per client: the period of its first line, and with a lookback each period it comes back in.
  const firstPeriod = Int32Array.from(firstRank, (r) => (r === 0x7fffffff ? -1 : periodOfDate[r]!));
  const comebacks: (Set<number> | undefined)[] = [];
  if (ranks) {
    ranks.forEach((list, c) => {
      list.sort((a, b) => a - b);
      for (let k = 1; k < list.length; k++) {
        if (monthIndex(dates[list[k]!]!) - monthIndex(dates[list[k - 1]!]!) >= lookback!) {
          (comebacks[c] ??= new Set()).add(periodOfDate[list[k]!]!);
        }
      }
    });
  }

  const total = new Float64Array(periods.length);
  const fromNew = new Float64Array(periods.length);
  const seen = new Uint8Array(periods.length);
  const customers: Set<number>[] = periods.map(() => new Set());
  let first = -1;
  let last = -1;
  for (let i = 0; i < client.length; i++) {
    if (!valid(i)) continue;
    const p = periodOfDate[date[i]!]!;
    const c = client[i]!;
    if (first === -1 || p < first) first = p;
    if (p > last) last = p;
    seen[p] = 1;
    total[p] = total[p]! + amount[i]!;
    if (firstPeriod[c] === p || comebacks[c]?.has(p) === true) {
      fromNew[p] = fromNew[p]! + amount[i]!;
      customers[p]!.add(c);
    }
  }
  if (first === -1) return [];
  const indexOf = new Map(periods.map((p, i) => [p, i]));
  return periodRange(periods[first]!, periods[last]!, period).map((label) => {
    const p = indexOf.get(label);
    if (p === undefined || seen[p] === 0) return { period: label, total: 0, fromNew: 0, share: 0, newCustomers: 0 };
    return {
      period: label,
      total: total[p]!,
      fromNew: fromNew[p]!,
      share: total[p]! > 0 ? fromNew[p]! / total[p]! : 0,
      newCustomers: customers[p]!.size,
    };
  });
}

/** `compareCampaign` read from the import's columns: the same figures, without an object per line. */
export function compareCampaignFromColumns(columns: LineColumns, window: { start: string; end: string }): CampaignComparison {
  const { start, end, days, beforeStart, beforeEnd } = campaignWindows(window);
  const { client, date, amount, keys, dates } = columns;
  const validDate = dates.map((d) => isIsoDate(d));
  const valid = (i: number): boolean => validDate[date[i]!] === true && Number.isFinite(amount[i]!);
  const firstRank = new Int32Array(keys.length).fill(0x7fffffff);
  for (let i = 0; i < client.length; i++) if (valid(i) && date[i]! < firstRank[client[i]!]!) firstRank[client[i]!] = date[i]!;
  const figures = (from: string, to: string): CampaignWindowFigures => {
    let total = 0;
    let fromNew = 0;
    const customers = new Set<number>();
    if (days === 0) return { total, fromNew, share: 0, newCustomers: 0 };
    const inside = dates.map((d) => d >= from && d <= to);
    for (let i = 0; i < client.length; i++) {
      if (!valid(i) || !inside[date[i]!]) continue;
      total += amount[i]!;
      const c = client[i]!;
      if (inside[firstRank[c]!] === true) {
        fromNew += amount[i]!;
        customers.add(c);
      }
    }
    return { total, fromNew, share: total > 0 ? fromNew / total : 0, newCustomers: customers.size };
  };
  return { during: figures(start, end), before: figures(beforeStart, beforeEnd), days, beforeStart, beforeEnd };
}
