import type { Dictionary, Locale } from '../../i18n/locales';
import { loadPageLocale } from '../../i18n/pageLocale';

import type en from './accountPickerStrings.en';

// Only the page's language is loaded in the browser (see src/i18n/pageLocale.ts).
export const ACCOUNT_PICKER_STRINGS: Record<Locale, Dictionary<typeof en>> = await loadPageLocale<Dictionary<typeof en>>({
  en: () => import('./accountPickerStrings.en'),
  'pt-br': () => import('./accountPickerStrings.pt-br'),
});
