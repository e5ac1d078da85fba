import type { Dictionary, Locale } from '../../i18n/locales';
import { loadPageLocale } from '../../i18n/pageLocale';

/** Texts of the workshop and dashboard pages (Astro, server-rendered). */
import type en from './pageStrings.en';

// Only the page's language is loaded in the browser (see src/i18n/pageLocale.ts).
export const PAGE_STRINGS: Record<Locale, Dictionary<typeof en>> = await loadPageLocale<Dictionary<typeof en>>({
  en: () => import('./pageStrings.en'),
  'pt-br': () => import('./pageStrings.pt-br'),
});
