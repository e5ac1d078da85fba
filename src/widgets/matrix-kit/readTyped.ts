/**
 * Reading a number typed in a matrix tool's text field, apart from showing numbers (numberText.ts):
 * the readers (score tables, criteria editing) are fetched when needed, while the shown numbers are
 * in every first view.
 */
import type { Locale } from '../../i18n/locales';
import { readDecimal } from '../shared/readDecimal.ts';

/**
 * Reads a number typed in an input, the way the page's language writes it ("7,5" and "1.234,56" on
 * Portuguese pages); the other decimal separator is accepted too. Empty text → null; text that is
 * not a number → NaN.
 */
export function parseTyped(text: string, locale: Locale): number | null {
  const n = readDecimal(text, locale);
  return n === 'invalid' ? Number.NaN : n;
}
