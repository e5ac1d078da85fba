import type { Dictionary, Locale } from '../../i18n/locales';
import { loadPageLocale } from '../../i18n/pageLocale';

import type en from './currencyNoteStrings.en';

// Only the page's language is loaded in the browser (see src/i18n/pageLocale.ts).
export const CURRENCY_NOTE_STRINGS: Record<Locale, Dictionary<typeof en>> = await loadPageLocale<Dictionary<typeof en>>({
  en: () => import('./currencyNoteStrings.en'),
  'pt-br': () => import('./currencyNoteStrings.pt-br'),
});
