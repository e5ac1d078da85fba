/**
 * Texts of the "also changed in another tab" notice (PlanConflict.tsx). Their own dictionary: the
 * notice loads only when a conflict happens, and its words with it.
 */
import type { Dictionary, Locale } from '../../i18n/locales';
import { loadPageLocale } from '../../i18n/pageLocale';

import type en from './conflictStrings.en';

// Only the page's language is loaded in the browser (see src/i18n/pageLocale.ts).
export const CONFLICT_STRINGS: Record<Locale, Dictionary<typeof en>> = await loadPageLocale<Dictionary<typeof en>>({
  en: () => import('./conflictStrings.en'),
  'pt-br': () => import('./conflictStrings.pt-br'),
});
