/**
 * What the "load sample" buttons call. Every one of them loads the sample into the demo workspace
 * (src/state/demo.ts), entering it first: sample data never touches the user's own work, and the
 * page-wide banner offers the way back. The loaders themselves (fetching the sample company, the CSV
 * importer, picking key accounts) are imported on the click, so no
 * tool page downloads them before a learner asks for the sample (measured: 1–5 KB gzipped per tool
 * page; the matrices' worked examples: src/samples/matrixLoaders.ts). A loader that cannot
 * be fetched (offline before the site was cached) is reported like a failed download: 'network'.
 */
import type { Locale } from '../i18n/locales';
import type { Client } from '../state/index';
import type { SampleLoadResult } from './sampleCompany';
import type { LESSON_ACCOUNT } from './sampleAccounts';
import { lazyImport } from '../scripts/lazyImport.ts';

export type { SampleLoadResult };

type SampleFailure = { ok: false; code: 'network' | 'unsaved' };

/**
 * Imports a loader's code, enters the demo workspace, then runs the loader there. Code that cannot
 * be fetched is reported as 'network' (and the tab stays where it was); 'unsaved': the user's data
 * holds an edit storage refused, which switching would drop (see enterDemoWorkspace).
 */
export async function loadIntoDemo<M, T>(importCode: () => Promise<M>, run: (code: M) => Promise<T>): Promise<T | SampleFailure> {
  let code: M;
  let demo: typeof import('../state/demo');
  try {
    // The workspace switch is loaded on the click too: tool pages do not ship it before.
    [code, demo] = await Promise.all([lazyImport(importCode), lazyImport(() => import('../state/demo'))]);
  } catch {
    return { ok: false, code: 'network' };
  }
  const entered = demo.enterDemoWorkspace();
  if (!entered.ok) return { ok: false, code: entered.reason };
  try {
    return await run(code);
  } catch {
    return { ok: false, code: 'network' };
  }
}

/** Replaces the portfolio with the sample company (see sampleCompany.ts). */
export function loadSampleCompany(locale: Locale): Promise<SampleLoadResult> {
  return loadIntoDemo(
    () => import('./sampleCompany'),
    (code) => code.loadSampleCompany(locale),
  );
}

export type SampleAccounts =
  { ok: true; accounts: Client[]; loadedCompany: boolean; lessonAccount: Client | undefined } | { ok: false; code: string };

/**
 * Makes sure there are key accounts to work on (see sampleAccounts.ts) and names the one the lesson
 * about `tool` uses as its example (or the largest key account when the portfolio is the user's).
 */
export function loadSampleAccounts(locale: Locale, tool: keyof typeof LESSON_ACCOUNT): Promise<SampleAccounts> {
  return loadIntoDemo(
    () => import('./sampleAccounts'),
    async (samples): Promise<SampleAccounts> => {
      const ready = await samples.ensureSampleAccounts(locale);
      if (!ready.ok) return ready;
      return { ...ready, lessonAccount: samples.lessonAccount(ready.accounts, samples.LESSON_ACCOUNT[tool]) };
    },
  );
}
