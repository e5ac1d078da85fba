import { pageStrings } from '../../i18n/pageLocale';

/** The words of the results view (ResultsView.tsx), fetched with it after the first import. */
export const VIEW_STRINGS = await pageStrings(
  () => import('./viewStrings.en'),
  () => import('./viewStrings.pt-br'),
);
