import { pageStrings } from '../../i18n/pageLocale';

/** The words of the result's details (ResultDetails.tsx) and the history list (HistoryList.tsx): fetched with them, once they show. */
export const DETAIL_STRINGS = await pageStrings(
  () => import('./detailStrings.en'),
  () => import('./detailStrings.pt-br'),
);
