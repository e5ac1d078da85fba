/**
 * The period and the currency of the portfolio: what every figure that depends on revenue is read
 * over, and in. Both are stored with the portfolio (so backups keep them) and shared by every tool,
 * so the Pareto calculator, the portfolio table and the dashboard always describe the same months in
 * the same currency.
 */
import { computed } from 'nanostores';
import { WHOLE_FILE, isCurrencyCode, revenueForPeriod } from '../domain/index.ts';
import type { PeriodRevenue, RevenuePeriod } from '../domain/index.ts';
import { $portfolio } from './portfolio.ts';
import type { WriteResult } from './persisted.ts';
import type { Portfolio } from './schemas/portfolio.ts';
import type { Settings } from './schemas/settings.ts';

/** Each client's revenue in the chosen period (the whole file unless the user chose otherwise). */
export function periodRevenueOf(portfolio: Portfolio): PeriodRevenue {
  return revenueForPeriod(portfolio.clients, portfolio.monthlySales, portfolio.period ?? WHOLE_FILE);
}

export const $periodRevenue = computed($portfolio, periodRevenueOf);

/** Chooses the period every tool analyses; the whole file is stored as "no period". */
export function setPortfolioPeriod(period: RevenuePeriod): WriteResult {
  return $portfolio.update((p) => {
    const { period: _old, ...rest } = p;
    void _old;
    return period.kind === 'all' ? rest : { ...rest, period };
  });
}

/** Sets the currency of the portfolio's amounts (ISO 4217 code). */
export function setPortfolioCurrency(code: string): WriteResult {
  if (!isCurrencyCode(code)) return { ok: false, reason: 'invalid' };
  return $portfolio.update((p) => ({ ...p, currency: code }));
}

/**
 * The currency to show amounts in: the portfolio's (read from its file or chosen), else the one set
 * on My data by an earlier version, else null (the caller falls back to the page language's, which
 * only happens while there is no data to show).
 */
export function currencyOf(portfolio: Portfolio, settings: Settings): string | null {
  return portfolio.currency ?? (settings.currency !== '' ? settings.currency : null);
}
