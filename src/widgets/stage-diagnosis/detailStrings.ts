import { pageStrings } from '../../i18n/pageLocale';

/** The result details' words: fetched with ResultDetails.tsx, once there is a result to explain. */
export const DETAIL_STRINGS = await pageStrings(
  () => import('./detailStrings.en'),
  () => import('./detailStrings.pt-br'),
);
