/**
 * Sales per client and calendar month: what the portfolio keeps of an imported transaction file
 * (small enough for localStorage), and the way back to dated lines for `newCustomerSales`.
 */
import type { TransactionLine } from './import.ts';
import { MoneySum, roundMoney } from './money.ts';

export type MonthlyAmount = { key: string; month: string; amount: number };

/** A money value kept to the cent (the binary noise of 0.1 + 0.2 removed). */
export const clean = roundMoney;

/** Transaction lines summed per client and calendar month (`yyyy-mm`), exact to the cent, in first-seen order. */
export function monthlyFromLines(lines: readonly TransactionLine[]): MonthlyAmount[] {
  const sums = new Map<string, { key: string; month: string; sum: MoneySum }>();
  for (const l of lines) {
    const month = l.date.slice(0, 7);
    const id = `${l.key}\u0000${month}`;
    const row = sums.get(id);
    if (row) row.sum.add(l.amount);
    else sums.set(id, { key: l.key, month, sum: new MoneySum().add(l.amount) });
  }
  return [...sums.values()].map((r) => ({ key: r.key, month: r.month, amount: r.sum.value }));
}

/** Monthly amounts back to dated sales lines (first day of the month) for `newCustomerSales`. */
export function linesFromMonthly(rows: readonly MonthlyAmount[]): TransactionLine[] {
  return rows.map((r) => ({ key: r.key, date: `${r.month}-01`, amount: r.amount }));
}
