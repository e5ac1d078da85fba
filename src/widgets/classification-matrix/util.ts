/** Small helpers shared by the three matrix widgets (classification, fit/cost, DPM). */
import type { Locale } from '../../i18n/locales';
import { formatNumber } from '../../i18n/format';

/** A 0..10 score as shown everywhere in these tools: two decimals, as in the lesson's table. */
export function score(locale: Locale, value: number): string {
  return formatNumber(locale, value, 2);
}

/**
 * Reads a number typed in an input. Empty text → null; accepts a decimal comma ("7,5") because
 * pt-BR users type one even where the browser expects a point.
 */
export function parseTyped(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : Number.NaN;
}

/** A deterministic pseudo-random integer in [min, max] from a text (sample data for unknown clients). */
export function seeded(text: string, salt: number, min: number, max: number): number {
  let h = 2166136261 ^ salt;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return min + (Math.abs(h) % (max - min + 1));
}

/** Name comparison for matching the sample company's clients (accents, case and spaces ignored). */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
