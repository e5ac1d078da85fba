/**
 * "My portfolio": every key account on one screen with its ABC class, current and target stage,
 * uncoupling risk, matrix quadrant, plan completeness and next review, the warnings that matter,
 * what to do next, and links into each tool for that account. Sortable, filterable, printable as
 * a one-page report.
 *
 * This island only reads the portfolio to know whether there is anything to show. The server never
 * has the user's stored data, so its page (and a visitor without clients) shows the empty state,
 * complete here. Once the stored portfolio has clients, the dashboard itself (PortfolioDashboard:
 * every tool's rules through src/domain/dashboard.ts, the table and their words) is fetched, with a
 * line saying so meanwhile: the first download carries none of it.
 */
import type { ComponentProps } from 'preact';
import type { Locale } from '../../i18n/locales';
import { $portfolio } from '../../state/index';
import { lazyComponent, lazyLoader } from '../shared/useLazyComponent';
import { useStored } from '../shared/useStored';
import { DashboardLoading, NoClients } from './EmptyDashboard';
import type { PortfolioDashboard as Full } from './PortfolioDashboard';
import './dashboard.css';

type FullProps = ComponentProps<typeof Full>;
const LazyDashboard = lazyComponent(
  lazyLoader<FullProps>(() => import('./PortfolioDashboard').then((m) => m.PortfolioDashboard)),
  (failed, { locale }) => <DashboardLoading locale={locale} failed={failed} />,
);

export default function Dashboard({ locale }: { locale: Locale }) {
  const clients = useStored($portfolio).clients.length;
  // One root element through every state (empty, loading, the dashboard): what the island shows
  // changes inside it, never the element itself.
  return (
    <div class="dashboard" data-widget="dashboard">
      {clients === 0 ? <NoClients locale={locale} /> : <LazyDashboard locale={locale} />}
    </div>
  );
}
