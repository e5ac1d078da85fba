/**
 * The dashboard once the portfolio has clients (fetched by Dashboard.tsx, which shows the empty
 * state without them): no key accounts yet, or every key account with its figures. Every figure,
 * the warnings, the order and the filters come from the domain (src/domain/dashboard.ts); this
 * component lays them out.
 */
import { useId, useMemo, useState } from 'preact/hooks';
import {
  DEPENDENCE_NOTICE_SHARE,
  DEPENDENCE_STRONG_SHARE,
  buildDashboard,
  groupMarginAfterCostToServe,
  localToday,
  nextStepGroups,
  visibleDashboardRows,
} from '../../domain/index.ts';
import type { DashboardShow, WarningId } from '../../domain/index.ts';
import { fill } from '../../i18n/fill';
import { fillCount } from '../../i18n/plural';
import { formatDate, formatMoney, formatPercent } from '../../i18n/format';
import type { ComponentProps } from 'preact';
import type { Locale } from '../../i18n/locales';
import {
  $accountReviews,
  $accountTeams,
  $assessments,
  $costToServe,
  $kraljic,
  $matrixConfig,
  costToServeFor,
  hasCostData,
} from '../../state/index';
import { LazyPeriodBar } from '../shared/LazyPeriodBar.tsx';
import { usePortfolioView } from '../shared/usePortfolioView.ts';
import { useStored } from '../shared/useStored';
import { PrintButton } from '../shared/PrintButton';
import { AccountsTable } from './AccountsTable';
import type { Sort } from './AccountsTable';
import { DashboardLoading } from './EmptyDashboard';
import { NoKeyAccounts } from './NoKeyAccounts';
import type { TeamLines as Lines } from './TeamLines';
import { PropositionLines } from './PropositionLines';
import { lazyComponent, lazyLoader } from '../shared/useLazyComponent';
import { STRINGS } from './strings';
import { AfterCostToServe } from '../shared/AfterCostToServe';

// The account team's lines read the team rules, needed only once a team has been recorded: fetched then.
type LinesProps = ComponentProps<typeof Lines>;
const LazyTeamLines = lazyComponent(lazyLoader<LinesProps>(() => import('./TeamLines').then((m) => m.TeamLines)));

export function PortfolioDashboard({ locale }: { locale: Locale }) {
  const s = STRINGS[locale];
  const id = useId();
  // Revenue in the period chosen with the portfolio (whole file by default), in the data's currency.
  const portfolioView = usePortfolioView(locale);
  const portfolio = portfolioView.periodPortfolio;
  const assessments = useStored($assessments);
  const matrixConfig = useStored($matrixConfig);
  const reviews = useStored($accountReviews);
  const teams = useStored($accountTeams);
  const kraljic = useStored($kraljic);
  const [sort, setSort] = useState<Sort>({ key: 'revenue', dir: -1 });
  const [query, setQuery] = useState('');
  const [show, setShow] = useState<DashboardShow>('all');
  const today = localToday();
  const currency = portfolioView.currency;
  // A function, not a value: formatting creates an Intl formatter, which the empty state never needs.
  const limit = () => formatPercent(locale, DEPENDENCE_STRONG_SHARE);

  const model = useMemo(
    () => buildDashboard({ portfolio, assessments, matrixConfig, today, reviews, kraljic }),
    [portfolio, assessments, matrixConfig, today, reviews, kraljic],
  );
  const costs = useStored($costToServe);
  const keys = model.rows.map((r) => r.key);
  const afterCost = hasCostData(costs, keys)
    ? groupMarginAfterCostToServe(costToServeFor(portfolioView.clientsWithSales, costs), keys)
    : null;

  // Mounted only once the stored portfolio has clients, but `useStored` gives the stores' defaults
  // for the first render: that render keeps the loading line rather than showing an empty dashboard.
  if (portfolio.clients.length === 0) return <DashboardLoading locale={locale} />;
  if (model.rows.length === 0) return <NoKeyAccounts locale={locale} s={s} portfolio={portfolio} view={portfolioView} />;

  const warningWords: Record<WarningId, string> = {
    'no-plan': s.warnNoPlan,
    'review-overdue': s.warnReviewOverdue,
    'high-risk': s.warnHighRisk,
    'single-contact': s.warnSingleContact,
    dependence: s.warnDependence,
    'review-rules': s.warnReviewRules,
    'stage-cap': s.warnStageCap,
  };
  const warningText = (w: WarningId): string => (w === 'dependence' ? fill(s.warnDependence, { limit: limit() }) : warningWords[w]);
  const nextStepText: Record<WarningId, string> = {
    'high-risk': s.nextRisk,
    'review-overdue': s.nextReview,
    'no-plan': s.nextNoPlan,
    'single-contact': s.nextContact,
    dependence: s.nextDependence,
    'review-rules': s.nextReviewRules,
    'stage-cap': s.nextStageCap,
  };
  const nextSteps = nextStepGroups(model.rows).map((g) => fill(nextStepText[g.warning], { names: g.names.join(', ') }));
  const visible = visibleDashboardRows(model.rows, { query, show, sort: sort.key, dir: sort.dir });

  return (
    <>
      <div class="print-only db-report-head">
        <p class="db-report-title">{s.reportTitle}</p>
        <p>{fill(s.reportDate, { date: formatDate(locale, today, 'long') })}</p>
      </div>
      <p class="no-print prose">{s.intro}</p>
      <LazyPeriodBar locale={locale} data={portfolioView} />
      <p data-summary>
        {fillCount(locale, model.rows.length === 1 ? s.summaryOne : s.summary, {
          n: model.rows.length,
          share: formatPercent(locale, model.keyRevenueShare),
          keyTotal: formatMoney(locale, model.keyRevenue, currency),
          total: formatMoney(locale, model.totalRevenue, currency),
        })}{' '}
        {model.warned > 0 ? fillCount(locale, s.warnedSummary, { n: model.warned }) : s.allGood}
      </p>
      {afterCost && <AfterCostToServe locale={locale} text={s.afterCostToServe} value={afterCost} currency={currency} />}

      {model.dependence.map((dep) => (
        <div class="note warn db-alert" key={dep.key} data-warning="dependence" data-level={dep.level}>
          <p>
            <strong>{dep.level === 'strong' ? s.dependenceTitle : s.dependenceNoticeTitle}:</strong>{' '}
            {fill(dep.level === 'strong' ? s.dependenceText : s.dependenceNoticeText, {
              name: dep.name,
              share: formatPercent(locale, dep.share, 1),
              limit: limit(),
              notice: formatPercent(locale, DEPENDENCE_NOTICE_SHARE),
            })}
            {!dep.keyAccount && ` ${s.notKeyNote}`}
          </p>
        </div>
      ))}
      {!model.matrixConfigValid && <p class="note warn db-alert">{s.matrixInvalid}</p>}
      {teams.teams.length > 0 && <LazyTeamLines locale={locale} rows={model.rows} />}
      <PropositionLines locale={locale} rows={model.rows} currency={currency} />

      {nextSteps.length > 0 && (
        <section aria-labelledby={`${id}-next`} class="db-next">
          <h2 id={`${id}-next`}>{s.nextStepsTitle}</h2>
          <ul>
            {nextSteps.map((t, i) => (
              <li key={i}>{t}</li>
            ))}
          </ul>
        </section>
      )}

      <div class="db-filters no-print">
        <div class="db-field">
          <label for={`${id}-q`}>{s.filterLabel}</label>
          <input id={`${id}-q`} type="search" value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
        </div>
        <div class="db-field">
          <label for={`${id}-show`}>{s.showLabel}</label>
          <select id={`${id}-show`} value={show} onChange={(e) => setShow((e.currentTarget as HTMLSelectElement).value as DashboardShow)}>
            <option value="all">{s.showAll}</option>
            <option value="warned">{s.showWarned}</option>
            <option value="classA">{s.showClassA}</option>
            <option value="noPlan">{s.showNoPlan}</option>
          </select>
        </div>
        <PrintButton locale={locale}>{s.print}</PrintButton>
      </div>
      <p class="no-print" role="status">
        {fill(s.countShown, { shown: visible.length, total: model.rows.length })}
      </p>

      <AccountsTable locale={locale} s={s} rows={visible} currency={currency} sort={sort} onSort={setSort} warningText={warningText} />
      {visible.length === 0 && <p>{s.noMatch}</p>}
    </>
  );
}
