import type { Dictionary, Locale } from '../../i18n/locales';
import { loadPageLocale } from '../../i18n/pageLocale';

import type en from './strings.en';

// Only the page's language is loaded in the browser (see src/i18n/pageLocale.ts).
export const STRINGS: Record<Locale, Dictionary<typeof en>> = await loadPageLocale<Dictionary<typeof en>>({
  en: () => import('./strings.en'),
  'pt-br': () => import('./strings.pt-br'),
});
