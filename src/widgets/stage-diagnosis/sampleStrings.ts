import { pageStrings } from '../../i18n/pageLocale';

// The words of "load sample" (sample.ts), fetched with it on the click.
export const SAMPLE_STRINGS = await pageStrings(
  () => import('./sample.en'),
  () => import('./sample.pt-br'),
);
