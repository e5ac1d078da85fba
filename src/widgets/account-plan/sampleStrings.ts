/** The sample plan's words (src/samples/accountPlanSample.ts): loaded only when the sample is asked for. */
import { pageStrings } from '../../i18n/pageLocale';

export const SAMPLE_STRINGS = await pageStrings(
  () => import('./sampleStrings.en'),
  () => import('./sampleStrings.pt-br'),
);
