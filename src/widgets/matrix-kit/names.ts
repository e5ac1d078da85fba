/**
 * Names of the domain's ids (quadrants, strategies, criteria, fit/cost zones, DPM directions) in
 * both languages, from src/i18n/domain-texts/. Criterion ids the domain texts do not name (the first
 * release's defaults, kept for users who scored against them: volume, growth…) fall back to the
 * names in `legacyCriteria`, so a stored configuration always shows a name.
 */
import type { DpmDirection, FitCostZone, QuadrantId, StrategyId } from '../../domain/index.ts';
import { MATRIX_TEXTS } from '../../i18n/domain-texts/matrices';
import type { Locale } from '../../i18n/locales';

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
/** A name at the start of a line or a heading (strategies are written lower-case to sit in sentences). */
export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export const quadrantName = (locale: Locale, id: QuadrantId): string => MATRIX_TEXTS[locale].quadrants[id].name;
/** Lower-case, to sit inside a sentence ("Strategic: invest for growth"). */
export const strategyName = (locale: Locale, id: StrategyId): string => lowerFirst(MATRIX_TEXTS[locale].strategies[id].name);
export const zoneName = (locale: Locale, id: FitCostZone): string => MATRIX_TEXTS[locale].fitCostZones[id].name;
export const zoneDescription = (locale: Locale, id: FitCostZone): string => MATRIX_TEXTS[locale].fitCostZones[id].description;
export const directionName = (locale: Locale, id: DpmDirection): string => MATRIX_TEXTS[locale].dpmDirections[id];

/** A criterion's shown name: the user's own name, else the built-in name of its id, else ''. */
export function criterionName(locale: Locale, c: { id: string; name: string }): string {
  if (c.name.trim() !== '') return c.name;
  const texts: Record<string, { name: string }> = MATRIX_TEXTS[locale].criteria;
  if (Object.hasOwn(texts, c.id)) return texts[c.id]!.name;
  const legacy: Record<string, string> = MATRIX_TEXTS[locale].legacyCriteria;
  return Object.hasOwn(legacy, c.id) ? legacy[c.id]! : '';
}
