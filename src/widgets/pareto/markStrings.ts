import { pageStrings } from '../../i18n/pageLocale';

/** The words of "Mark class A as candidates", fetched with it (it loads after the results). */
export const MARK_STRINGS = await pageStrings(
  () => import('./markStrings.en'),
  () => import('./markStrings.pt-br'),
);
