import { pageStrings } from '../../i18n/pageLocale';

export const PERIOD_STRINGS = await pageStrings(
  () => import('./periodStrings.en'),
  () => import('./periodStrings.pt-br'),
);
export type PeriodStrings = (typeof PERIOD_STRINGS)['en'];
