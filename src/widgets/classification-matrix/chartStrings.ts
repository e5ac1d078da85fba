import { pageStrings } from '../../i18n/pageLocale';

/** The chart's axis titles, fetched with its configuration and chart.js when the chart scrolls into view. */
export const CHART_STRINGS = await pageStrings(
  () => import('./chartStrings.en'),
  () => import('./chartStrings.pt-br'),
);
