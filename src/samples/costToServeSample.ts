/**
 * Lesson 10's sample: the sample company's cost-to-serve lines, from the case sheet's `costToServe`
 * section (content/case/, the same numbers in both languages). With them the tool reproduces the
 * margins after cost to serve the sheet quotes for the key accounts (Hospital Santa Clara: 21 %
 * gross, 14 % after cost to serve in 2025; tests/domain/costToServe.test.ts), and the small clients
 * served by a weekly drop lose money, so the whale curve falls back from its peak.
 * Loaded on the click of "load sample", with the sample loaders.
 */
import { accounts, costToServe as sheet } from '../../content/case/en/horizonte.json';
import type { CostType } from '../domain/index.ts';
import type { Locale } from '../i18n/locales';
import { $costToServe, $portfolio, replaceCostToServe } from '../state/index.ts';
import type { ClientCosts, CostToServeData } from '../state/index.ts';
import { setOwn } from '../state/storedKeys.ts';
import { ensureSamplePortfolio } from './matrixSample';
import { nameKey } from './matrixSampleKeys';

export const SAMPLE_CREDIT_RATE_PCT = sheet.creditRatePct;

/** The tool's inputs for the sample company's clients (matched by name; others are left out). */
export function sampleCostData(clients: readonly { key: string; name: string }[]): CostToServeData {
  const keyOf = new Map(clients.map((c) => [nameKey(c.name), c.key]));
  const data: CostToServeData = { creditRatePct: sheet.creditRatePct, defaultMarginPct: sheet.otherClientsGrossMarginPct, clients: {} };
  for (const entry of sheet.accounts) {
    const account = accounts.find((a) => a.id === entry.account);
    const key = account && keyOf.get(nameKey(account.name));
    if (!account || key === undefined) continue;
    const costs: ClientCosts = {
      marginPct: account.grossMarginPct!,
      paymentDays: entry.paymentDays,
      costs: { ...(entry.costs as Partial<Record<CostType, number>>) },
    };
    setOwn(data.clients, key, costs);
  }
  const drop = sheet.weeklyDrops.deliveriesPerYear * sheet.weeklyDrops.costPerDelivery;
  for (const name of sheet.weeklyDrops.clients) {
    const key = keyOf.get(nameKey(name));
    if (key !== undefined) setOwn<ClientCosts>(data.clients, key, { costs: { delivery: drop } });
  }
  return data;
}

export type CostSampleResult = { ok: true; clients: number } | { ok: false; code: string };

/**
 * Loads the sample company when the portfolio is empty (with lesson 4's key accounts), then the
 * sample's cost lines — only when the tool holds none yet, so nothing typed is replaced.
 */
export async function loadCostToServeSample(locale: Locale): Promise<CostSampleResult> {
  // The same key accounts as every other sample loader (lesson 4's six in the sample company).
  const ready = await ensureSamplePortfolio(locale);
  if (!ready.ok) return ready;
  if (Object.keys($costToServe.get().clients).length > 0) return { ok: true, clients: 0 };
  const data = sampleCostData($portfolio.get().clients);
  const written = replaceCostToServe(data);
  if (!written.ok && written.reason !== 'not-saved') return { ok: false, code: written.reason };
  return { ok: true, clients: Object.keys(data.clients).length };
}
