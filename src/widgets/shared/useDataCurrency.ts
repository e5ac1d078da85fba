/**
 * The currency of the user's data for a tool that shows amounts: the portfolio's (read from the
 * imported file), never the page language's while the data says otherwise.
 */
import type { Locale } from '../../i18n/locales';
import { defaultCurrency } from '../../i18n/format';
import { $portfolio, $settings, currencyOf } from '../../state/index.ts';
import { useStored } from './useStored.ts';

export function useDataCurrency(locale: Locale): { currency: string; known: boolean } {
  const known = currencyOf(useStored($portfolio), useStored($settings));
  return { currency: known ?? defaultCurrency(locale), known: known !== null };
}
