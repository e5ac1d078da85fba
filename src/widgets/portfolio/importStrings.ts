import type { Dictionary, Locale } from '../../i18n/locales';
import { loadPageLocale } from '../../i18n/pageLocale';

import type en from './importStrings.en';

// Only the page's language is loaded in the browser (see src/i18n/pageLocale.ts).
export const IMPORT_STRINGS: Record<Locale, Dictionary<typeof en>> = await loadPageLocale<Dictionary<typeof en>>({
  en: () => import('./importStrings.en'),
  'pt-br': () => import('./importStrings.pt-br'),
});
export type ImportStrings = Dictionary<typeof en>;

/** "{n} rows" → "12 rows". */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
