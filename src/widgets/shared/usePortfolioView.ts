/**
 * What every tool that shows revenue reads: the portfolio, each client's revenue in the chosen
 * period (the domain's `revenueForPeriod`, whole file by default) and the currency of the data.
 * One hook, so the Pareto calculator, the portfolio table and the dashboard cannot disagree about
 * which months or which currency a figure is in.
 */
import { useMemo } from 'preact/hooks';
import type { PeriodRevenue } from '../../domain/index.ts';
import type { Locale } from '../../i18n/locales';
import { defaultCurrency, formatMoney, formatMonth } from '../../i18n/format';
import { $portfolio, $settings, clientsInPeriod, currencyOf, periodRevenueOf } from '../../state/index.ts';
import type { Client, Portfolio } from '../../state/index.ts';
import { useStored } from './useStored.ts';

export type PortfolioView = {
  portfolio: Portfolio;
  view: PeriodRevenue;
  /** The clients with their revenue (and previous revenue) in the period, for every client. */
  clientsInPeriod: Client[];
  /** Only the clients with sales in the period (what rankings and totals use). */
  clientsWithSales: Client[];
  /** The portfolio as the chosen period sees it (every client, revenue in the period). */
  periodPortfolio: Portfolio;
  /** ISO code of the amounts; the page language's only while the data does not say. */
  currency: string;
  currencyKnown: boolean;
  money: (value: number, digits?: number) => string;
};

export function usePortfolioView(locale: Locale): PortfolioView {
  const portfolio = useStored($portfolio);
  const settings = useStored($settings);
  const known = currencyOf(portfolio, settings);
  const currency = known ?? defaultCurrency(locale);
  const view = useMemo(() => periodRevenueOf(portfolio), [portfolio]);
  const inPeriod = useMemo(() => clientsInPeriod(portfolio, view), [portfolio, view]);
  const periodPortfolio = useMemo(
    () => (view.months === null ? portfolio : { ...portfolio, clients: inPeriod }),
    [portfolio, view, inPeriod],
  );
  const clientsWithSales = useMemo(() => inPeriod.filter((_, i) => view.clients[i]!.status === 'sales'), [inPeriod, view]);
  return {
    portfolio,
    view,
    clientsInPeriod: inPeriod,
    clientsWithSales,
    periodPortfolio,
    currency,
    currencyKnown: known !== null,
    money: (value, digits = 0) => formatMoney(locale, value, currency, digits),
  };
}

/** The months the figures cover, as words ("Jan 2025 – Dec 2025"); null when the data has no dates. */
export function monthsLabel(locale: Locale, view: PeriodRevenue): string | null {
  const range = view.months ?? view.span;
  return range ? `${formatMonth(locale, range.start)} – ${formatMonth(locale, range.end)}` : null;
}
