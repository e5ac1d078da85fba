import type { Dictionary, Locale } from '../../i18n/locales';
import { loadPageLocale } from '../../i18n/pageLocale';

/** Names of the saved-data stores (storage notices, My data). */
import type en from './storeNameStrings.en';

// Only the page's language is loaded in the browser (see src/i18n/pageLocale.ts).
export const STORE_LABELS: Record<Locale, Dictionary<typeof en>> = await loadPageLocale<Dictionary<typeof en>>({
  en: () => import('./storeNameStrings.en'),
  'pt-br': () => import('./storeNameStrings.pt-br'),
});
