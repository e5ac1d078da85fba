/**
 * The first half of every "load sample" button of the per-account tools (stage diagnosis,
 * uncoupling checklist, account plan): make sure there is a portfolio with key accounts to work on.
 * - an empty portfolio gets the sample company (sampleCompany.ts);
 * - a portfolio without key accounts gets key accounts marked: in the sample company (Distribuidora
 *   Horizonte) the six of lesson 4 that the lessons and the workshop case follow; in any other
 *   portfolio its largest clients, the Pareto class A kept between 3 and 5 so a workshop has a
 *   handful of accounts to compare.
 * Returns the key accounts, largest first. The user's own key accounts are never changed.
 * `lessonAccount` finds the account a lesson uses as its example (Hospital Santa Clara for stages
 * and the account plan, Hospital Infantil Bem-Estar for uncoupling), so "load sample" opens it.
 */
import { clientKeyFromName, paretoAnalysis } from '../domain/index.ts';
import type { Locale } from '../i18n/locales';
import { $portfolio, clientsInPeriod, keyAccounts, setKeyAccounts } from '../state/index';
import type { Client } from '../state/index';
import { SHEET_ACCOUNTS } from './caseSheetFigures';
import { isPortfolioEmpty, loadSampleCompany } from './sampleCompany';

export const SAMPLE_KEY_ACCOUNTS = { min: 3, max: 5 } as const;

export type SampleAccountsResult = { ok: true; accounts: Client[]; loadedCompany: boolean } | { ok: false; code: string };

/**
 * Lesson 4: "Marta chose six key accounts". Lessons 2–9 and the workshop case follow these six
 * clients of the sample company: the case sheet's key accounts and the one that has since stopped
 * being one (Cantina Nonna Rosa), in the sheet's order.
 */
export const SAMPLE_COMPANY_KEY_ACCOUNTS: readonly string[] = SHEET_ACCOUNTS.filter(
  (a) => a.status === 'key-account' || a.status === 'former-key-account',
).map((a) => a.name);

/** The lessons' example account for each tool, when the portfolio is the sample company. */
export const LESSON_ACCOUNT = {
  stages: 'Hospital Santa Clara',
  plan: 'Hospital Santa Clara',
  uncoupling: 'Hospital Infantil Bem-Estar',
  buying: 'Hotel Parque das Águas',
  value: 'Hospital Santa Clara',
  team: 'Rede Boa Compra',
  reviews: 'Cantina Nonna Rosa',
  kraljic: 'Hospital Santa Clara',
} as const;

/** The account with this name (spelling and accents ignored), else the first one. */
export function lessonAccount<T extends Pick<Client, 'name'>>(accounts: readonly T[], name: string): T | undefined {
  const wanted = clientKeyFromName(name);
  return accounts.find((a) => clientKeyFromName(a.name) === wanted) ?? accounts[0];
}

/**
 * Which clients to mark: the sample company's six key accounts when all six are in the portfolio,
 * else the class A clients of the Pareto analysis, at least 3 and at most 5.
 */
export function pickSampleKeyAccounts(clients: readonly Pick<Client, 'key' | 'name' | 'revenue'>[]): string[] {
  const byName = new Map(clients.map((c) => [clientKeyFromName(c.name), c]));
  const six = SAMPLE_COMPANY_KEY_ACCOUNTS.map((n) => byName.get(clientKeyFromName(n)));
  if (six.every((c) => c !== undefined)) return [...six].sort((a, b) => b!.revenue - a!.revenue).map((c) => c!.key);
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
  // Sizes are read over the chosen period (the sample opens on 2025, the lessons' year).
  const inPeriod = () => clientsInPeriod($portfolio.get());
  if (keyAccounts().length === 0) {
    const keys = pickSampleKeyAccounts(inPeriod());
    const written = setKeyAccounts(keys, true);
    if (!written.ok && written.reason !== 'not-saved') return { ok: false, code: written.reason };
  }
  const accounts = inPeriod()
    .filter((c) => c.keyAccount)
    .sort((a, b) => b.revenue - a.revenue || a.name.localeCompare(b.name));
  return { ok: true, accounts, loadedCompany };
}
