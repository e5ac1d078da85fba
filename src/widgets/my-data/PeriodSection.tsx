/**
 * The period bar with the figures it describes. Shown only once the portfolio has clients, which the
 * server-rendered page never has (stored data arrives after hydration), so My Data fetches it, with
 * the period arithmetic behind it, when it first appears rather than with the page. The bar itself
 * comes through the shared lazy loader, so every tool page keeps fetching the same bar chunk.
 */
import type { Locale } from '../../i18n/locales';
import { LazyPeriodBar } from '../shared/LazyPeriodBar.tsx';
import { usePortfolioView } from '../shared/usePortfolioView.ts';

export function PeriodSection({ locale }: { locale: Locale }) {
  return <LazyPeriodBar locale={locale} data={usePortfolioView(locale)} />;
}
