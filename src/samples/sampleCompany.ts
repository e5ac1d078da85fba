/**
 * "Load sample company": fetches the fictional distributor shipped in public/samples/ (Distribuidora
 * Horizonte, Campinas: invoice lines of 2024 and 2025), imports it through the same path as a user's
 * file (`runImport`) and replaces the portfolio (clients + monthly sales). The file spans 2024 and
 * 2025; the lessons quote 2025 ("last year"), so the sample opens with the period set to 2025 — the
 * period picker shows it, and choosing "whole file" shows both years, as for any user's file.
 * Nothing is marked as a key account: finding them is the learner's job. The company is Brazilian
 * and its amounts are in reais in both languages: the portfolio's currency is BRL.
 * Used by every widget's
 * load-sample button. The importer (and papaparse) is loaded only when the button is pressed.
 */
import type { RevenuePeriod } from '../domain/index.ts';
import type { Locale } from '../i18n/locales';
import { $portfolio, replacePortfolio } from '../state/index.ts';
import { lazyImport } from '../scripts/lazyImport.ts';

const SAMPLE_FILES: Record<Locale, string> = {
  'pt-br': '/samples/distribuidora-ptbr.csv',
  en: '/samples/distributor-en.csv',
};

/** The sample company's figures are in Brazilian reais. */
const SAMPLE_CURRENCY = 'BRL';

/** The year the lessons' figures describe ("last year" in the case). */
export const SAMPLE_PERIOD: RevenuePeriod = { kind: 'year', year: 2025 };

export type SampleLoadResult = { ok: true; clients: number } | { ok: false; code: string };

/**
 * Error codes: 'network' (fetch failed or not 200), an import error code from the domain
 * ('empty', 'no-amount-column'…), or a state write failure ('read-only', 'invalid', 'conflict').
 * A 'not-saved' write (storage full/unavailable) still loads the data in memory: it counts as ok.
 */
export async function loadSampleCompany(locale: Locale): Promise<SampleLoadResult> {
  let bytes: Uint8Array;
  try {
    const response = await fetch(SAMPLE_FILES[locale]);
    if (!response.ok) return { ok: false, code: 'network' };
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch {
    return { ok: false, code: 'network' };
  }
  const { runImport, runPreview } = await lazyImport(() => import('../import/importRun.ts'));
  const preview = runPreview(bytes, {});
  const outcome = runImport({ input: bytes, options: {}, extras: preview.ok ? (preview.extras ?? {}) : {} });
  if (!outcome.ok) return { ok: false, code: outcome.error.code };
  const clients = outcome.clients.map((c) => ({ ...c, keyAccount: false }));
  const written = replacePortfolio({ clients, monthlySales: outcome.monthlySales, currency: SAMPLE_CURRENCY, period: SAMPLE_PERIOD });
  if (!written.ok && written.reason !== 'not-saved') return { ok: false, code: written.reason };
  return { ok: true, clients: clients.length };
}

/** True when the portfolio has no clients (the widgets then show their empty state). */
export function isPortfolioEmpty(): boolean {
  return $portfolio.get().clients.length === 0;
}
