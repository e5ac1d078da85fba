/**
 * Sales per client and calendar month: what the portfolio keeps of an imported transaction file
 * (small enough for localStorage), and the way back to dated lines for `newCustomerSales`.
 */
import type { TransactionLine } from './import.ts';

export type MonthlyAmount = { key: string; month: string; amount: number };

/** Removes the binary noise of summing decimals (0.1 + 0.2) without touching real cents. */
export function clean(x: number): number {
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

