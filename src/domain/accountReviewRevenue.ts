/**
 * A client's revenue in the quarter a review looks at, read with the portfolio's period rules
 * (revenueForPeriod). Apart from accountReviewSnapshot.ts, which is fetched when a review starts:
 * these rules are already on every tool page, and here they stay in the page's own download.
 */
import { quarterMonths } from './accountReview.ts';
import type { MonthlyAmount } from './monthlySales.ts';
import { revenueForPeriod } from './period.ts';

/** The client's revenue in `quarter`; null when it has no dated sales (the period would fall back to the whole file, which is not this quarter). */
export function quarterRevenue(client: { key: string; revenue: number }, sales: readonly MonthlyAmount[], quarter: string): number | null {
  const view = revenueForPeriod([client], sales, { kind: 'range', ...quarterMonths(quarter) });
  const row = view.clients[0];
  return view.months === null || row === undefined || row.status === 'undated' ? null : row.revenue;
}
