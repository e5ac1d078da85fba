import type { Dictionary, Locale } from '../../i18n/locales';
import { loadPageLocale } from '../../i18n/pageLocale';

import type en from './dateInputStrings.en';

// Only the page's language is loaded in the browser (see src/i18n/pageLocale.ts).
export const DATE_INPUT_STRINGS: Record<Locale, Dictionary<typeof en>> = await loadPageLocale<Dictionary<typeof en>>({
  en: () => import('./dateInputStrings.en'),
  'pt-br': () => import('./dateInputStrings.pt-br'),
});
