/**
 * Numbers typed the way the page's language writes them ("18,5" and "1.234,56" on Portuguese pages),
 * whatever language the browser is set to; the other decimal separator is accepted too.
 */
import { parseAmount } from '../../domain/index.ts';
import type { Locale } from '../../i18n/locales';

/** The number in a text typed on a page of `locale`; null for empty text, 'invalid' for anything else. */
export function readDecimal(text: string, locale: Locale): number | null | 'invalid' {
  // A separator typed last is a number still being typed ("7," on the way to "7,5").
  const trimmed = text.trim().replace(/[.,]$/, '');
  if (trimmed === '') return text.trim() === '' ? null : 'invalid';
  const first = locale === 'pt-br' ? ',' : '.';
  const other = first === ',' ? '.' : ',';
  const n = parseAmount(trimmed, first) ?? parseAmount(trimmed, other);
  return n === null ? 'invalid' : n;
}
