/**
 * One line at the top of a tool that shows amounts: which currency they are in (the data's, read from
 * the imported file) and where to change it. The Pareto, portfolio and dashboard tools show the full
 * period and currency bar instead.
 */
import type { Locale } from '../../i18n/locales';
import { BCP47 } from '../../i18n/locales';
import { localePath } from '../../i18n/paths';
import { fill } from '../../i18n/fill';
import { useDataCurrency } from './useDataCurrency.ts';
import { COMMON } from '../../i18n/common';

function currencyName(locale: Locale, code: string): string {
  try {
    return new Intl.DisplayNames([BCP47[locale]], { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function CurrencyNote({ locale }: { locale: Locale }) {
  const t = COMMON[locale];
  const { currency, known } = useDataCurrency(locale);
  return (
    <p class="muted" data-currency-note>
      {fill(known ? t.currencyNote : t.currencyUnknown, { name: currencyName(locale, currency), code: currency })}{' '}
      <a href={localePath(locale, 'my-data')}>{t.currencyChange}</a>
    </p>
  );
}
