/**
 * Numbers as the three matrix tools show them and read them from their text fields. Showing them is
 * numberText.ts (re-exported here), apart so a first view that only shows numbers does not download
 * the reading of typed ones.
 */
import type { Locale } from '../../i18n/locales';
import { readDecimal } from '../shared/readDecimal.ts';

export { formatTyped, score } from './numberText';

/**
 * Reads a number typed in an input, the way the page's language writes it ("7,5" and "1.234,56" on
 * Portuguese pages); the other decimal separator is accepted too. Empty text → null; text that is
 * not a number → NaN.
 */
export function parseTyped(text: string, locale: Locale): number | null {
  const n = readDecimal(text, locale);
  return n === 'invalid' ? Number.NaN : n;
}
