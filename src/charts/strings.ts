import { pageStrings } from '../i18n/pageLocale';

export const CHART_STRINGS = await pageStrings(
  () => import('./strings.en'),
  () => import('./strings.pt-br'),
);
