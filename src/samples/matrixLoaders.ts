/**
 * The matrices' "load sample" buttons (classification matrix, fit vs cost, DPM): their worked
 * examples are imported on the click and loaded into the demo workspace, like the other tools'
 * samples (loaders.ts).
 */
import type { Locale } from '../i18n/locales';
import type { SampleResult as MatrixSampleResult } from './matrixSample';
import type { SegmentNames } from './dpmSample';
import { loadIntoDemo } from './loaders';

export type { MatrixSampleResult, SegmentNames };

/**
 * The classification matrix's worked example (lesson 9): weights, and scores for the key accounts.
 * The loader reads the current criteria itself, once in the demo workspace (never the user's own).
 */
export function loadClassificationSample(locale: Locale): Promise<MatrixSampleResult> {
  return loadIntoDemo(
    () => import('./matrixSample'),
    (code) => code.loadClassificationSample(locale),
  );
}

/** Business fit and implementation cost for the sample company's key accounts. */
export function loadFitCostSample(locale: Locale): Promise<MatrixSampleResult> {
  return loadIntoDemo(
    () => import('./fitCostSample'),
    (code) => code.loadFitCostSample(locale),
  );
}

/** The sample company's five segments for the directional policy matrix, named in the page's language. */
export function loadDpmSample(locale: Locale, names: SegmentNames): Promise<MatrixSampleResult> {
  return loadIntoDemo(
    () => import('./dpmSample'),
    (code) => code.loadDpmSample(locale, names),
  );
}
