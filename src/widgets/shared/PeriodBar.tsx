/**
 * The period and currency every revenue figure of a tool depends on, shown above those figures and
 * changeable there: "whole file / last 12 months / a year / custom range" where the portfolio has
 * dated sales, the total revenue and how many clients the period leaves out, and the currency of
 * the data. The choice is stored with the portfolio, so every tool shows the same period.
 */
import { useId } from 'preact/hooks';
import { CURRENCIES } from '../../domain/currencyCodes.ts';
import { monthsInSpan, yearsInSpan } from '../../domain/index.ts';
import type { RevenuePeriod } from '../../domain/index.ts';
import type { Locale } from '../../i18n/locales';
import { formatMonth, formatNumber } from '../../i18n/format';
import { fill } from '../../i18n/fill';
import { fillCount } from '../../i18n/plural';
import { setPortfolioCurrency, setPortfolioPeriod } from '../../state/index.ts';
import type { WriteResult } from '../../state/index.ts';
import type { PortfolioView } from './usePortfolioView.ts';
import { PERIOD_STRINGS } from './periodStrings.ts';
import type { PeriodStrings } from './periodStrings.ts';
import { SelectOptions } from './SelectOptions.tsx';

/** The two ends of a custom range: the month each sets and the id each select's label points at. */
const RANGE_ENDS = [
  ['start', 'from'],
  ['end', 'to'],
] as const;

function periodValue(period: RevenuePeriod): string {
  return period.kind === 'year' ? `year:${period.year}` : period.kind;
}

/** How a period reads in a sentence ("Whole file (Jan 2024 – Dec 2025)", "Year 2025", "Mar 2025 – Aug 2025"). */
function periodName(t: PeriodStrings, locale: Locale, data: Pick<PortfolioView, 'view'>): string {
  const { view } = data;
  const month = (m: string) => formatMonth(locale, m);
  if (!view.span) return t.periodAllNoDates;
  switch (view.period.kind) {
    case 'all':
      return fill(t.periodAll, { start: month(view.span.start), end: month(view.span.end) });
    case 'year':
      return fill(t.periodYear, { year: String(view.period.year) });
    case 'last12':
      return fill(t.periodLast12, { start: month(view.months!.start), end: month(view.months!.end) });
    case 'range':
      return fill(t.monthsName, { start: month(view.months!.start), end: month(view.months!.end) });
  }
}

export function PeriodBar({ locale, data, onWrite }: { locale: Locale; data: PortfolioView; onWrite?: (result: WriteResult) => void }) {
  const t = PERIOD_STRINGS[locale];
  const id = useId();
  const { view, currency, currencyKnown } = data;
  const month = (m: string) => formatMonth(locale, m);
  const report = (result: WriteResult) => onWrite?.(result);

  const choose = (value: string) => {
    if (!view.span) return;
    let next: RevenuePeriod;
    if (value === 'last12') next = { kind: 'last12' };
    else if (value.startsWith('year:')) next = { kind: 'year', year: Number(value.slice(5)) };
    else if (value === 'range')
      next = { kind: 'range', start: view.months?.start ?? view.span.start, end: view.months?.end ?? view.span.end };
    else next = { kind: 'all' };
    report(setPortfolioPeriod(next));
  };
  const setRange = (part: 'start' | 'end', value: string) => {
    if (view.period.kind !== 'range') return;
    report(setPortfolioPeriod({ ...view.period, [part]: value }));
  };

  const months = monthsInSpan(view.span);
  const currencies: string[] = (CURRENCIES as readonly string[]).includes(currency) ? [...CURRENCIES] : [currency, ...CURRENCIES];
  const n = view.counts.sales;

  return (
    <div class="period-bar card" data-period-bar>
      <div>
        {view.span && (
          <div>
            <label for={`${id}-period`}>{t.periodLabel}</label>{' '}
            <select
              id={`${id}-period`}
              data-period-select
              value={periodValue(view.period)}
              onChange={(e) => choose((e.currentTarget as HTMLSelectElement).value)}
            >
              <option value="all">{fill(t.periodAll, { start: month(view.span.start), end: month(view.span.end) })}</option>
              <option value="last12">
                {fill(t.periodLast12, {
                  start: month(months[Math.max(0, months.length - 12)] ?? view.span.start),
                  end: month(view.span.end),
                })}
              </option>
              {yearsInSpan(view.span).map((y) => (
                <option value={`year:${y}`} key={y}>
                  {fill(t.periodYear, { year: String(y) })}
                </option>
              ))}
              <option value="range">{t.periodRange}</option>
            </select>
          </div>
        )}
        {view.period.kind === 'range' &&
          RANGE_ENDS.map(([part, suffix]) => (
            <div key={part}>
              <label for={`${id}-${suffix}`}>{suffix === 'from' ? t.rangeFrom : t.rangeTo}</label>{' '}
              <select
                id={`${id}-${suffix}`}
                value={view.months?.[part] ?? ''}
                onChange={(e) => setRange(part, (e.currentTarget as HTMLSelectElement).value)}
              >
                <SelectOptions values={months} label={month} />
              </select>
            </div>
          ))}
        <div>
          <label for={`${id}-currency`}>{t.currencyLabel}</label>{' '}
          <select
            id={`${id}-currency`}
            data-currency-select
            value={currency}
            onChange={(e) => report(setPortfolioCurrency((e.currentTarget as HTMLSelectElement).value))}
          >
            <SelectOptions values={currencies} />
          </select>
        </div>
      </div>
      <p data-period-summary>
        {fillCount(locale, view.span ? t.summaryDated : t.summaryUndated, {
          period: periodName(t, locale, data),
          total: data.money(view.total, 2),
          n: formatNumber(locale, n),
        })}
        {!currencyKnown && (
          <>
            {' '}
            <span class="muted">({t.currencyUnknown})</span>
          </>
        )}
      </p>
      {view.counts['no-sales'] > 0 && (
        <p class="muted" data-period-no-sales>
          {fillCount(locale, t.noSales, { n: formatNumber(locale, view.counts['no-sales']) })}
        </p>
      )}
      {view.counts.undated > 0 && (
        <p class="muted" data-period-undated>
          {fillCount(locale, t.undated, { n: formatNumber(locale, view.counts.undated) })}
        </p>
      )}
    </div>
  );
}
