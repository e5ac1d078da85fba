/**
 * Numbers as the matrix tools show them and read them from their text fields, in one module (the DPM's).
 * The classification matrix and fit vs cost use the same functions apart, numberText.ts and readTyped.ts,
 * so their first views do not download the reading of typed numbers.
 */
import type { Locale } from '../../i18n/locales';
import { formatNumber } from '../../i18n/format';
import { readDecimal } from '../shared/readDecimal.ts';

/** A 0..10 score as shown everywhere in these tools: two decimals, as in the lesson's table. */
export function score(locale: Locale, value: number): string {
  return formatNumber(locale, value, 2);
}

/**
 * Reads a number typed in an input, the way the page's language writes it ("7,5" and "1.234,56" on
 * Portuguese pages); the other decimal separator is accepted too. Empty text → null; text that is
 * not a number → NaN.
 */
export function parseTyped(text: string, locale: Locale): number | null {
  const n = readDecimal(text, locale);
  return n === 'invalid' ? Number.NaN : n;
}

/** A number as it is typed on a page of `locale` ("7,5" in Portuguese), with no grouping. */
export function formatTyped(locale: Locale, value: number): string {
  return locale === 'pt-br' ? String(value).replace('.', ',') : String(value);
}
