/**
 * A client's revenue in the quarter a review looks at, read with the portfolio's period rules
 * (revenueForPeriod, period.ts) over the quarter's months. The rules themselves are not imported
 * here: the review's start reads them through the period store (periodRevenueOf), so they stay in
 * one chunk with that store, which every other tool page loads.
 */
import { quarterMonths } from './accountReview.ts';
import type { PeriodRevenue, RevenuePeriod } from './period.ts';

/** The months of a review's quarter as a revenue period: "2026-Q1" → 2026-01 … 2026-03. */
export function quarterPeriod(quarter: string): RevenuePeriod {
  return { kind: 'range', ...quarterMonths(quarter) };
}

/**
 * The client's revenue in a view read over a quarter (`quarterPeriod`); null when it has no dated
 * sales (the period would fall back to the whole file, which is not this quarter).
 */
export function revenueInQuarter(view: PeriodRevenue, key: string): number | null {
  const row = view.clients.find((c) => c.key === key);
  return view.months === null || row === undefined || row.status === 'undated' ? null : row.revenue;
}
