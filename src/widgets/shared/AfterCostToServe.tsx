import { fill } from '../../i18n/fill';
import { formatMoney, formatPercent } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';

/** The margin after cost to serve, in the words of the tool that shows it (`{profit}`, `{pct}` of revenue; a dash when there is no revenue). */
export function AfterCostToServe({
  locale,
  text,
  value,
  currency,
}: {
  locale: Locale;
  text: string;
  value: { profit: number; pct: number | null };
  currency: string;
}) {
  const pct = value.pct === null ? '—' : formatPercent(locale, value.pct / 100, 1);
  return <p data-cost-to-serve>{fill(text, { profit: formatMoney(locale, value.profit, currency), pct })}</p>;
}
