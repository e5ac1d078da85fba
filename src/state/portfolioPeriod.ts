/**
 * The period of the portfolio: the months every figure that depends on revenue is read over. Stored
 * with the portfolio (so backups keep it) and shared by every tool, so the Pareto calculator, the
 * portfolio table and the dashboard always describe the same months. (Its currency: portfolioCurrency.ts.)
 */
// Direct imports (not the domain index) keep the file-reading code out of every page that shows a figure.
import { WHOLE_FILE, revenueForPeriod } from '../domain/index.ts';
import type { PeriodRevenue, RevenuePeriod } from '../domain/index.ts';
import { $portfolio } from './portfolio.ts';
import type { WriteResult } from './persisted.ts';
import type { Client, Portfolio } from './schemas/portfolio.ts';

/** Each client's revenue in the chosen period (the whole file unless the user chose otherwise). */
export function periodRevenueOf(portfolio: Portfolio): PeriodRevenue {
  return revenueForPeriod(portfolio.clients, portfolio.monthlySales, portfolio.period ?? WHOLE_FILE);
}

/** Chooses the period every tool analyses; the whole file is stored as "no period". */
export function setPortfolioPeriod(period: RevenuePeriod): WriteResult {
  return $portfolio.update((p) => {
    const { period: _old, ...rest } = p;
    void _old;
    return period.kind === 'all' ? rest : { ...rest, period };
  });
}

/**
 * The clients as a period sees them: revenue (and previous revenue, when known) in the period; the
 * stored clients unchanged for the whole file. Same order as `portfolio.clients` and `view.clients`.
 */
export function clientsInPeriod(portfolio: Portfolio, view: PeriodRevenue = periodRevenueOf(portfolio)): Client[] {
  if (view.months === null) return portfolio.clients;
  return portfolio.clients.map((c, i) => {
    const row = view.clients[i]!;
    const { previousRevenue: _stored, ...rest } = c;
    void _stored;
    return row.previousRevenue === undefined
      ? { ...rest, revenue: row.revenue }
      : { ...rest, revenue: row.revenue, previousRevenue: row.previousRevenue };
  });
}

/** The portfolio as the chosen period sees it: every client, with its revenue in the period. */
export function periodPortfolioOf(portfolio: Portfolio): Portfolio {
  const view = periodRevenueOf(portfolio);
  return view.months === null ? portfolio : { ...portfolio, clients: clientsInPeriod(portfolio, view) };
}
