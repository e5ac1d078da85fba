/**
 * The matrices' "load sample" buttons (classification matrix, fit vs cost, DPM): their worked
 * examples are imported on the click, like the other tools' samples (../shared/samples.ts).
 */
import type { Locale } from '../../i18n/locales';
import type { MatrixConfig } from '../../state/index';
import type { SampleResult as MatrixSampleResult } from './sample';
import { orNetworkFailure } from '../shared/samples';

export type { MatrixSampleResult };

/** The classification matrix's worked example (lesson 9): weights, and scores for the key accounts. */
export function loadClassificationSample(locale: Locale, current: MatrixConfig): Promise<MatrixSampleResult> {
  return orNetworkFailure(async () => (await import('./sample')).loadClassificationSample(locale, current));
}

/** Business fit and implementation cost for the sample company's key accounts. */
export function loadFitCostSample(locale: Locale): Promise<MatrixSampleResult> {
  return orNetworkFailure(async () => (await import('../fit-cost/sample')).loadFitCostSample(locale));
}

/** The sample company's five segments for the directional policy matrix. */
export function loadDpmSample(locale: Locale): Promise<MatrixSampleResult> {
  return orNetworkFailure(async () => (await import('../dpm/sample')).loadDpmSample(locale));
}
