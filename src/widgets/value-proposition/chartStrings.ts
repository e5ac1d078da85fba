import { pageStrings } from '../../i18n/pageLocale';

/** The chart's words, fetched with the chart (it shows only once the worksheet has lines). */
export const CHART_STRINGS = await pageStrings(
  () => import('./chartStrings.en'),
  () => import('./chartStrings.pt-br'),
);
