/**
 * Names of the domain's ids (quadrants, strategies, criteria, fit/cost zones, DPM directions) in
 * both languages, from src/i18n/domain-texts/matricesNames (the names alone, without the reference texts). Criterion ids the domain texts do not name (the first
 * release's defaults, kept for users who scored against them: volume, growth…) fall back to the
 * names in `legacyCriteria`, so a stored configuration always shows a name.
 */
import type { DpmDirection, FitCostZone, QuadrantId, StrategyId } from '../../domain/index.ts';
import { MATRIX_NAMES } from '../../i18n/domain-texts/matricesNames';
import type { Locale } from '../../i18n/locales';

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
/** A name at the start of a line or a heading (strategies are written lower-case to sit in sentences). */
export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export const quadrantName = (locale: Locale, id: QuadrantId): string => MATRIX_NAMES[locale].quadrants[id];
/** Lower-case, to sit inside a sentence ("Strategic: invest for growth"). */
export const strategyName = (locale: Locale, id: StrategyId): string => lowerFirst(MATRIX_NAMES[locale].strategies[id]);
export const zoneName = (locale: Locale, id: FitCostZone): string => MATRIX_NAMES[locale].fitCostZones[id].name;
export const zoneDescription = (locale: Locale, id: FitCostZone): string => MATRIX_NAMES[locale].fitCostZones[id].description;
export const directionName = (locale: Locale, id: DpmDirection): string => MATRIX_NAMES[locale].dpmDirections[id];

/** A criterion's shown name: the user's own name, else the built-in name of its id, else ''. */
export function criterionName(locale: Locale, c: { id: string; name: string }): string {
  if (c.name.trim() !== '') return c.name;
  const texts: Record<string, string> = MATRIX_NAMES[locale].criteria;
  if (Object.hasOwn(texts, c.id)) return texts[c.id]!;
  const legacy: Record<string, string> = MATRIX_NAMES[locale].legacyCriteria;
  return Object.hasOwn(legacy, c.id) ? legacy[c.id]! : '';
}
