import type { Dictionary, Locale } from '../../i18n/locales';
import { loadPageLocale } from '../../i18n/pageLocale';

import type en from './periodStrings.en';

// Only the page's language is loaded in the browser (see src/i18n/pageLocale.ts).
export const PERIOD_STRINGS: Record<Locale, Dictionary<typeof en>> = await loadPageLocale<Dictionary<typeof en>>({
  en: () => import('./periodStrings.en'),
  'pt-br': () => import('./periodStrings.pt-br'),
});
export type PeriodStrings = Dictionary<typeof en>;
