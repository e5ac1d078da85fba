import type { Dictionary, Locale } from '../../i18n/locales';
import { loadPageLocale } from '../../i18n/pageLocale';

/** Strings of the storage banners. */
import type en from './strings.en';

export type NoticeStrings = Dictionary<typeof en>;

// Only the page's language is loaded in the browser (see src/i18n/pageLocale.ts).
export const NOTICE_STRINGS: Record<Locale, NoticeStrings> = await loadPageLocale<NoticeStrings>({
  en: () => import('./strings.en'),
  'pt-br': () => import('./strings.pt-br'),
});
