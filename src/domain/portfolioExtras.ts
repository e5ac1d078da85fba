/**
 * Small pure helpers the portfolio widgets need around `importPortfolio` (not part of the domain
 * contract in index.ts; imported from this file directly).
 */
import type { ClientTotal, TransactionLine } from './import.ts';

export type MonthlyAmount = { key: string; month: string; amount: number };

/** Removes the binary noise of summing decimals (0.1 + 0.2) without touching real cents. */
function clean(x: number): number {
  const r = Number(x.toFixed(10));
  return r === 0 ? 0 : r;
}

/** Transaction lines summed per client and calendar month (`yyyy-mm`), in first-seen order. */
export function monthlyFromLines(lines: readonly TransactionLine[]): MonthlyAmount[] {
  const sums = new Map<string, MonthlyAmount>();
  for (const l of lines) {
    const month = l.date.slice(0, 7);
    const id = `${l.key}\u0000${month}`;
    const row = sums.get(id);
    if (row) row.amount += l.amount;
    else sums.set(id, { key: l.key, month, amount: l.amount });
  }
  return [...sums.values()].map((r) => ({ ...r, amount: clean(r.amount) }));
}

/** Monthly amounts back to dated sales lines (first day of the month) for `newCustomerSales`. */
export function linesFromMonthly(rows: readonly MonthlyAmount[]): TransactionLine[] {
  return rows.map((r) => ({ key: r.key, date: `${r.month}-01`, amount: r.amount }));
}

export type ImportedClient = {
  key: string;
  name: string;
  code?: string;
  segment?: string;
  revenue: number;
  firstPurchase?: string;
};

/**
 * A client of the portfolio from an imported total. `code` is set when the file had an id column
 * (then the key is that id).
 */
export function clientFromTotal(total: ClientTotal, hasIdColumn: boolean): ImportedClient {
  const client: ImportedClient = { key: total.key, name: total.name, revenue: total.revenue };
  if (hasIdColumn) client.code = total.key;
  if (total.segment !== undefined) client.segment = total.segment;
  if (total.firstDate !== undefined) client.firstPurchase = total.firstDate;
  return client;
}
