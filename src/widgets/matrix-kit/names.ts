/**
 * Names of the domain's ids (quadrants, strategies, fit/cost zones, DPM directions) in both
 * languages, from src/i18n/domain-texts/matricesNames (the names alone, without the reference
 * texts). The criteria's names: criterionName.ts.
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
