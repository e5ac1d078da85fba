import { pageStrings } from '../../i18n/pageLocale';

/** Strings of the storage banners. */
export const NOTICE_STRINGS = await pageStrings(
  () => import('./strings.en'),
  () => import('./strings.pt-br'),
);
export type NoticeStrings = (typeof NOTICE_STRINGS)['en'];
