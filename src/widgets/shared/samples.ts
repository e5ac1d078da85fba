/**
 * What the "load sample" buttons call. The loaders themselves (fetching the sample company, the CSV
 * importer, picking key accounts) are imported on the click, so no
 * tool page downloads them before a learner asks for the sample (measured: 1–5 KB gzipped per tool
 * page; the matrices' worked examples: classification-matrix/lazySamples.ts). A loader that cannot
 * be fetched (offline before the site was cached) is reported like a failed download: 'network'.
 */
import type { Locale } from '../../i18n/locales';
import type { Client } from '../../state/index';
import type { SampleLoadResult } from './sampleCompany';
import type { LESSON_ACCOUNT } from './sampleAccounts';

export type { SampleLoadResult };

/** Replaces the portfolio with the sample company (see sampleCompany.ts). */
export async function loadSampleCompany(locale: Locale): Promise<SampleLoadResult> {
  try {
    const loader = await import('./sampleCompany');
    return await loader.loadSampleCompany(locale);
  } catch {
    return { ok: false, code: 'network' };
  }
}

export type SampleAccounts =
  | { ok: true; accounts: Client[]; loadedCompany: boolean; lessonAccount: Client | undefined }
  | { ok: false; code: string };

/**
 * Makes sure there are key accounts to work on (see sampleAccounts.ts) and names the one the lesson
 * about `tool` uses as its example (or the largest key account when the portfolio is the user's).
 */
export async function loadSampleAccounts(locale: Locale, tool: keyof typeof LESSON_ACCOUNT): Promise<SampleAccounts> {
  try {
    const samples = await import('./sampleAccounts');
    const ready = await samples.ensureSampleAccounts(locale);
    if (!ready.ok) return ready;
    return { ...ready, lessonAccount: samples.lessonAccount(ready.accounts, samples.LESSON_ACCOUNT[tool]) };
  } catch {
    return { ok: false, code: 'network' };
  }
}

