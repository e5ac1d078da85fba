import type { Dictionary, Locale } from '../../i18n/locales';
import { loadPageLocale } from '../../i18n/pageLocale';

import type en from './importStrings.en';

// Only the page's language is loaded in the browser (see src/i18n/pageLocale.ts).
export const IMPORT_STRINGS: Record<Locale, Dictionary<typeof en>> = await loadPageLocale<Dictionary<typeof en>>({
  en: () => import('./importStrings.en'),
  'pt-br': () => import('./importStrings.pt-br'),
});
export type ImportStrings = Dictionary<typeof en>;
