import type { Dictionary, Locale } from '../locales';
import { loadPageLocale } from '../pageLocale';

import type en from './strings.en';

// Rendered at build time (Astro), where both languages load; kept in the usual shape all the same.
export const HOW_STRINGS: Record<Locale, Dictionary<typeof en>> = await loadPageLocale<Dictionary<typeof en>>({
  en: () => import('./strings.en'),
  'pt-br': () => import('./strings.pt-br'),
});
export type HowKey = keyof typeof en;
