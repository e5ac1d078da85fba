/**
 * The matrices' "load sample" buttons (classification matrix, fit vs cost, DPM): their worked
 * examples are imported on the click, like the other tools' samples (../shared/samples.ts).
 */
import type { Locale } from '../../i18n/locales';
import type { MatrixConfig } from '../../state/index';
import type { SampleResult as MatrixSampleResult } from './sample';

export type { MatrixSampleResult };

/** The classification matrix's worked example (lesson 9): weights, and scores for the key accounts. */
export async function loadClassificationSample(locale: Locale, current: MatrixConfig): Promise<MatrixSampleResult> {
  try {
    return await (await import('./sample')).loadClassificationSample(locale, current);
  } catch {
    return { ok: false, code: 'network' };
  }
}

/** Business fit and implementation cost for the sample company's key accounts. */
export async function loadFitCostSample(locale: Locale): Promise<MatrixSampleResult> {
  try {
    return await (await import('../fit-cost/sample')).loadFitCostSample(locale);
  } catch {
    return { ok: false, code: 'network' };
  }
}

/** The sample company's five segments for the directional policy matrix. */
export async function loadDpmSample(locale: Locale): Promise<MatrixSampleResult> {
  try {
    return await (await import('../dpm/sample')).loadDpmSample(locale);
  } catch {
    return { ok: false, code: 'network' };
  }
}
