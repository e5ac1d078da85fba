import type { Dictionary, Locale } from '../../i18n/locales';
import { loadPageLocale } from '../../i18n/pageLocale';

import type en from './strings.en';

export type MyDataStrings = Dictionary<typeof en>;

// Only the page's language is loaded in the browser (see src/i18n/pageLocale.ts).
export const MY_DATA_STRINGS: Record<Locale, MyDataStrings> = await loadPageLocale<MyDataStrings>({
  en: () => import('./strings.en'),
  'pt-br': () => import('./strings.pt-br'),
});
