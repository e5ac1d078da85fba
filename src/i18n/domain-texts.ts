/**
 * Every user-facing text of the KAM engine (src/domain), in both languages: English in
 * ./domain-texts/en.ts (which also defines the `DomainTexts` shape, keyed by the domain's ids),
 * Portuguese in ./domain-texts/pt-br.ts (typed by it, so a missing entry is a type error).
 * The domain returns ids and codes only; widgets look the words up here. In the browser only the
 * page's language is loaded (see ./pageLocale.ts).
 */
import type { Locale } from './locales';
import { loadPageLocale } from './pageLocale';
import type { DomainTexts } from './domain-texts/en';

export type { DomainTexts };

export const DOMAIN_TEXTS: Record<Locale, DomainTexts> = await loadPageLocale<DomainTexts>({
  en: () => import('./domain-texts/en'),
  'pt-br': () => import('./domain-texts/pt-br'),
});

export function domainTexts(locale: Locale): DomainTexts {
  return DOMAIN_TEXTS[locale];
}
