/**
 * A criterion's name as the classification matrix shows it, in both languages, from
 * src/i18n/domain-texts/criteriaNames. Criterion ids the domain texts do not name (the first
 * release's defaults, kept for users who scored against them: volume, growth…) fall back to the
 * names in `legacyCriteria`, so a stored configuration always shows a name.
 */
import { CRITERIA_NAMES } from '../../i18n/domain-texts/criteriaNames';
import type { Locale } from '../../i18n/locales';

/** A criterion's shown name: the user's own name, else the built-in name of its id, else ''. */
export function criterionName(locale: Locale, c: { id: string; name: string }): string {
  if (c.name.trim() !== '') return c.name;
  const texts: Record<string, string> = CRITERIA_NAMES[locale].criteria;
  if (Object.hasOwn(texts, c.id)) return texts[c.id]!;
  const legacy: Record<string, string> = CRITERIA_NAMES[locale].legacyCriteria;
  return Object.hasOwn(legacy, c.id) ? legacy[c.id]! : '';
}
