/**
 * The currency of the portfolio's amounts: read from the imported file (or chosen by the user),
 * stored with the portfolio so backups keep it. Apart from the period code, so a tool that only
 * shows amounts does not download the period rules.
 */
import { isCurrencyCode } from '../domain/currencyCodes.ts';
import { $portfolio } from './portfolio.ts';
import type { WriteResult } from './persisted.ts';
import type { Portfolio } from './schemas/portfolio.ts';
import type { Settings } from './schemas/settings.ts';

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
