/**
 * A client's revenue per calendar year, from the portfolio's dated sales: what a new account plan's
 * history takes (newPlan.ts). Apart from period.ts, which every page with figures loads.
 */
import type { MonthlyAmount } from './monthlySales.ts';
import { MoneySum } from './money.ts';
import { salesSpan } from './period.ts';

/**
 * The revenue of client `key` in each of `years` that the dated sales cover from January to
 * December (the file's first and last month, all clients), exact to the cent; 0 for a covered year
 * without sales. Years the file covers only in part, or not at all, are left out: a part of a year is
 * not that year's revenue.
 */
export function revenueInWholeYears(sales: readonly MonthlyAmount[], key: string, years: readonly number[]): Map<number, number> {
  const span = salesSpan(sales);
  const covered = years.filter((y) => span !== null && span.start <= `${y}-01` && span.end >= `${y}-12`);
  const sums = new Map(covered.map((y) => [y, new MoneySum()]));
  for (const s of sales) {
    if (s.key !== key) continue;
    sums.get(Number(s.month.slice(0, 4)))?.add(s.amount);
  }
  return new Map([...sums].map(([y, sum]) => [y, sum.value]));
}
