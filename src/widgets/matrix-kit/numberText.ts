/**
 * Numbers as the matrix tools show them and write them in their text fields; reading them is
 * readTyped.ts, fetched with the parts that read them.
 */
import type { Locale } from '../../i18n/locales';
import { formatNumber } from '../../i18n/format';

/** A 0..10 score as shown everywhere in these tools: two decimals, as in the lesson's table. */
export function score(locale: Locale, value: number): string {
  return formatNumber(locale, value, 2);
}

/** A number as it is typed on a page of `locale` ("7,5" in Portuguese), with no grouping. */
export function formatTyped(locale: Locale, value: number): string {
  return locale === 'pt-br' ? String(value).replace('.', ',') : String(value);
}
