import type { Dictionary, Locale } from '../../i18n/locales';
import { loadPageLocale } from '../../i18n/pageLocale';

import type en from './lazyStrings.en';

// Only the page's language is loaded in the browser (see src/i18n/pageLocale.ts).
export const IMPORT_LOADING: Record<Locale, Dictionary<typeof en>> = await loadPageLocale<Dictionary<typeof en>>({
  en: () => import('./lazyStrings.en'),
  'pt-br': () => import('./lazyStrings.pt-br'),
});
