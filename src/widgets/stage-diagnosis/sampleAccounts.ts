/**
 * The first half of every "load sample" button of the per-account tools (stage diagnosis,
 * uncoupling checklist, account plan): make sure there is a portfolio with key accounts to work on.
 * - an empty portfolio gets the sample company (shared/sampleCompany.ts);
 * - a portfolio without key accounts gets its largest clients marked as key accounts: the Pareto
 *   class A, kept between 3 and 5 so a workshop has a handful of accounts to compare.
 * Returns the key accounts, largest first. The user's own key accounts are never changed.
 */
import { paretoAnalysis } from '../../domain/index';
import type { Locale } from '../../i18n/locales';
import { $portfolio, keyAccounts, setKeyAccounts } from '../../state/index';
import type { Client } from '../../state/index';
import { isPortfolioEmpty, loadSampleCompany } from '../shared/sampleCompany';

export const SAMPLE_KEY_ACCOUNTS = { min: 3, max: 5 } as const;

export type SampleAccountsResult = { ok: true; accounts: Client[]; loadedCompany: boolean } | { ok: false; code: string };

/** Which clients to mark: the class A clients of the Pareto analysis, at least 3 and at most 5. */
export function pickSampleKeyAccounts(clients: readonly Pick<Client, 'key' | 'name' | 'revenue'>[]): string[] {
  const pareto = paretoAnalysis(clients.map((c) => ({ key: c.key, name: c.name, revenue: c.revenue })));
  const count = Math.min(SAMPLE_KEY_ACCOUNTS.max, Math.max(SAMPLE_KEY_ACCOUNTS.min, pareto.counts.A));
  return pareto.ranked.slice(0, count).map((r) => r.key);
}

export async function ensureSampleAccounts(locale: Locale): Promise<SampleAccountsResult> {
  let loadedCompany = false;
  if (isPortfolioEmpty()) {
    const loaded = await loadSampleCompany(locale);
    if (!loaded.ok) return { ok: false, code: loaded.code };
    loadedCompany = true;
  }
  if (keyAccounts().length === 0) {
    const keys = pickSampleKeyAccounts($portfolio.get().clients);
    const written = setKeyAccounts(keys, true);
    if (!written.ok && written.reason !== 'not-saved') return { ok: false, code: written.reason };
  }
  const accounts = keyAccounts().sort((a, b) => b.revenue - a.revenue || a.name.localeCompare(b.name));
  return { ok: true, accounts, loadedCompany };
}
