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

/** Runs a loader that imports its code first; a code that cannot be fetched is reported as 'network'. */
export async function orNetworkFailure<T>(run: () => Promise<T>): Promise<T | { ok: false; code: 'network' }> {
  try {
    return await run();
  } catch {
    return { ok: false, code: 'network' };
  }
}

/** Replaces the portfolio with the sample company (see sampleCompany.ts). */
export function loadSampleCompany(locale: Locale): Promise<SampleLoadResult> {
  return orNetworkFailure(async () => (await import('./sampleCompany')).loadSampleCompany(locale));
}

export type SampleAccounts =
  | { ok: true; accounts: Client[]; loadedCompany: boolean; lessonAccount: Client | undefined }
  | { ok: false; code: string };

/**
 * Makes sure there are key accounts to work on (see sampleAccounts.ts) and names the one the lesson
 * about `tool` uses as its example (or the largest key account when the portfolio is the user's).
 */
export function loadSampleAccounts(locale: Locale, tool: keyof typeof LESSON_ACCOUNT): Promise<SampleAccounts> {
  return orNetworkFailure(async (): Promise<SampleAccounts> => {
    const samples = await import('./sampleAccounts');
    const ready = await samples.ensureSampleAccounts(locale);
    if (!ready.ok) return ready;
    return { ...ready, lessonAccount: samples.lessonAccount(ready.accounts, samples.LESSON_ACCOUNT[tool]) };
  });
}

