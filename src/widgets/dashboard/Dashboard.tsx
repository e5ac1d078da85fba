/**
 * "My portfolio": every key account on one screen with its ABC class, current and target stage,
 * uncoupling risk, matrix quadrant, plan completeness and next review, the warnings that matter,
 * what to do next, and links into each tool for that account. Sortable, filterable, printable as
 * a one-page report. All figures come from src/widgets/dashboard/model.ts (domain calls only).
 */
import { useId, useMemo, useState } from 'preact/hooks';
import { DEPENDENCE_NOTICE_SHARE, DEPENDENCE_STRONG_SHARE, LADDER_STAGES, STAGE_IDS } from '../../domain/index';
import type { QuadrantId, StageId } from '../../domain/index';
import { STAGE_TEXTS } from '../../i18n/domain-texts/stages';
import { UNCOUPLING_TEXTS } from '../../i18n/domain-texts/uncoupling';
import { MATRIX_TEXTS } from '../../i18n/domain-texts/matrices';
import { formatDate, formatMoney, formatPercent } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { localePath } from '../../i18n/paths';
import { $assessments, $matrixConfig, setCandidates } from '../../state/index';
import { useStored } from '../shared/useStored';
import { usePortfolioView } from '../shared/usePortfolioView.ts';
import { LazyPeriodBar } from '../shared/LazyPeriodBar.tsx';
import { buildDashboard, classAKeys, localToday } from './model';
import type { DashboardRow, WarningId } from './model';
import { STRINGS } from './strings';
import { fill } from '../../i18n/fill';
import { fillCount } from '../../i18n/plural';
import './dashboard.css';
import { loadSampleAccounts } from '../shared/samples';

type SortKey = 'name' | 'revenue' | 'abc' | 'stage' | 'target' | 'risk' | 'quadrant' | 'plan' | 'review' | 'warnings';
type Show = 'all' | 'warned' | 'classA' | 'noPlan';
const QUADRANT_ORDER: QuadrantId[] = ['strategic', 'star', 'status', 'streamline'];
const RISK_ORDER = { low: 0, medium: 1, high: 2 } as const;

function sortValue(row: DashboardRow, key: SortKey): number | string {
  switch (key) {
    case 'name': return row.name.toLocaleLowerCase();
    case 'revenue': return row.revenue;
    case 'abc': return row.abc ?? 'Z';
    case 'stage': return row.stage === null ? -1 : STAGE_IDS.indexOf(row.stage);
    case 'target': return row.targetStage === null ? -1 : LADDER_STAGES.indexOf(row.targetStage);
    case 'risk': return row.risk === null ? -1 : RISK_ORDER[row.risk.level] * 1000 + row.risk.score;
    case 'quadrant': return row.quadrant === null ? 9 : QUADRANT_ORDER.indexOf(row.quadrant);
    case 'plan': return row.plan === null ? -1 : row.plan.completeness;
    case 'review': return row.plan?.nextReview ?? '9999';
    case 'warnings': return row.warnings.length;
  }
}

export default function Dashboard({ locale }: { locale: Locale }) {
  const s = STRINGS[locale];
  const d = { ...STAGE_TEXTS[locale], ...UNCOUPLING_TEXTS[locale], ...MATRIX_TEXTS[locale] };
  const id = useId();
  // Revenue in the period chosen with the portfolio (whole file by default), in the data's currency.
  const portfolioView = usePortfolioView(locale);
  const portfolio = portfolioView.periodPortfolio;
  const assessments = useStored($assessments);
  const matrixConfig = useStored($matrixConfig);
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'revenue', dir: -1 });
  const [query, setQuery] = useState('');
  const [show, setShow] = useState<Show>('all');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const today = localToday();
  const currency = portfolioView.currency;
  // A function, not a value: formatting creates an Intl formatter, which the empty state never needs.
  const limit = () => formatPercent(locale, DEPENDENCE_STRONG_SHARE);

  const model = useMemo(() => buildDashboard({ portfolio, assessments, matrixConfig, today }), [portfolio, assessments, matrixConfig, today]);
  const tool = (name: string, key: string) => `${localePath(locale, `tools/${name}`)}?account=${encodeURIComponent(key)}`;

  const warningText = (w: WarningId): string => {
    switch (w) {
      case 'no-plan': return s.warnNoPlan;
      case 'review-overdue': return s.warnReviewOverdue;
      case 'high-risk': return s.warnHighRisk;
      case 'single-contact': return s.warnSingleContact;
      case 'dependence': return fill(s.warnDependence, { limit: limit() });
    }
  };

  async function loadSample() {
    setBusy(true);
    setError(null);
    // The sample company with lesson 4's six key accounts, like every other sample loader.
    const result = await loadSampleAccounts(locale, 'plan');
    setBusy(false);
    if (!result.ok) setError(fill(s.loadFailed, { code: result.code }));
  }

  // ---- empty states
  if (portfolio.clients.length === 0) {
    return (
      <div class="dashboard" data-widget="dashboard">
        <div class="card db-empty">
          <h2>{s.emptyTitle}</h2>
          <p>{s.emptyText}</p>
          <p class="db-actions">
            <button type="button" class="button" data-action="load-sample" disabled={busy} onClick={() => void loadSample()}>
              {s.loadSample}
            </button>
            <a class="button secondary" href={localePath(locale, 'tools/portfolio')}>{s.portfolioLink}</a>
          </p>
          <p role="status">{busy ? s.loading : ''}</p>
          {error && <p class="db-error" role="alert">{error}</p>}
        </div>
      </div>
    );
  }
  if (model.rows.length === 0) {
    const aKeys = classAKeys(portfolio).filter((k) => !portfolio.clients.some((c) => c.key === k && c.candidate === true));
    const candidateCount = portfolio.clients.filter((c) => c.candidate === true).length;
    return (
      <div class="dashboard" data-widget="dashboard">
        <div class="card db-empty">
          <h2>{s.noKeyTitle}</h2>
          <p>{fillCount(locale, s.noKeyText, { n: portfolio.clients.length })}</p>
          <LazyPeriodBar locale={locale} data={portfolioView} />
          {candidateCount > 0 && <p data-candidates role="status">{fillCount(locale, s.candidatesText, { n: candidateCount })}</p>}
          <p class="db-actions">
            {aKeys.length > 0 && (
              <button type="button" class="button" data-action="mark-class-a" onClick={() => setCandidates(aKeys, true)}>
                {fillCount(locale, s.markA, { n: aKeys.length })}
              </button>
            )}
            <a class="button secondary" href={localePath(locale, 'tools/fit-cost')}>{s.fitCostLink}</a>
            <a class="button secondary" href={localePath(locale, 'tools/portfolio')}>{s.portfolioLink}</a>
            <a class="button secondary" href={localePath(locale, 'tools/pareto')}>{s.paretoLink}</a>
          </p>
        </div>
      </div>
    );
  }

  // ---- filter and sort
  const q = query.trim().toLocaleLowerCase();
  const visible = model.rows
    .filter((r) => (q === '' ? true : r.name.toLocaleLowerCase().includes(q) || r.key.toLocaleLowerCase().includes(q)))
    .filter((r) => (show === 'warned' ? r.warnings.length > 0 : show === 'classA' ? r.abc === 'A' : show === 'noPlan' ? r.plan === null : true))
    .sort((a, b) => {
      const x = sortValue(a, sort.key);
      const y = sortValue(b, sort.key);
      const c = x < y ? -1 : x > y ? 1 : 0;
      return c * sort.dir || a.name.localeCompare(b.name);
    });

  const namesWith = (w: WarningId) => model.rows.filter((r) => r.warnings.includes(w)).map((r) => r.name);
  const nextSteps: string[] = [];
  const add = (w: WarningId, template: string) => {
    const names = namesWith(w);
    if (names.length > 0) nextSteps.push(fill(template, { names: names.join(', ') }));
  };
  add('high-risk', s.nextRisk);
  add('review-overdue', s.nextReview);
  add('no-plan', s.nextNoPlan);
  add('single-contact', s.nextContact);
  add('dependence', s.nextDependence);

  const header = (key: SortKey, label: string, numeric = false) => {
    const active = sort.key === key;
    return (
      <th scope="col" class={numeric ? 'num' : undefined} aria-sort={active ? (sort.dir === 1 ? 'ascending' : 'descending') : undefined}>
        <button
          type="button"
          class="db-sort"
          data-sort={key}
          onClick={() => setSort(active ? { key, dir: sort.dir === 1 ? -1 : 1 } : { key, dir: key === 'name' || key === 'abc' || key === 'review' || key === 'quadrant' ? 1 : -1 })}
        >
          {label}
          <span aria-hidden="true" class="db-sort-mark">{active ? (sort.dir === 1 ? '▲' : '▼') : '↕'}</span>
          <span class="sr-only">{`, ${fill(s.sortBy, { column: label })}`}</span>
        </button>
      </th>
    );
  };

  const stageName = (st: StageId | null, empty: string) => (st === null ? empty : d.stages[st].name);

  return (
    <div class="dashboard" data-widget="dashboard">
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
        {model.warned > 0 ? fill(s.warnedSummary, { n: model.warned }) : s.allGood}
      </p>

      {model.dependence.map((dep) => (
        <div class="db-alert" key={dep.key} data-warning="dependence" data-level={dep.level}>
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
      {!model.matrixConfigValid && <p class="db-alert">{s.matrixInvalid}</p>}

      {nextSteps.length > 0 && (
        <section aria-labelledby={`${id}-next`} class="db-next">
          <h2 id={`${id}-next`}>{s.nextStepsTitle}</h2>
          <ul>{nextSteps.map((t, i) => <li key={i}>{t}</li>)}</ul>
        </section>
      )}

      <div class="db-filters no-print">
        <div class="db-field">
          <label for={`${id}-q`}>{s.filterLabel}</label>
          <input id={`${id}-q`} type="search" value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
        </div>
        <div class="db-field">
          <label for={`${id}-show`}>{s.showLabel}</label>
          <select id={`${id}-show`} value={show} onChange={(e) => setShow((e.currentTarget as HTMLSelectElement).value as Show)}>
            <option value="all">{s.showAll}</option>
            <option value="warned">{s.showWarned}</option>
            <option value="classA">{s.showClassA}</option>
            <option value="noPlan">{s.showNoPlan}</option>
          </select>
        </div>
        <button type="button" class="button secondary" onClick={() => window.print()}>{s.print}</button>
      </div>
      <p class="no-print" role="status">{fill(s.countShown, { shown: visible.length, total: model.rows.length })}</p>

      <div class="table-scroll">
        <table class="db-table" data-table="accounts">
          <caption class="sr-only">{s.tableCaption}</caption>
          <thead>
            <tr>
              {header('name', s.colAccount)}
              {header('revenue', s.colRevenue, true)}
              {header('abc', s.colClass)}
              {header('stage', s.colStage)}
              {header('target', s.colTarget)}
              {header('risk', s.colRisk)}
              {header('quadrant', s.colQuadrant)}
              {header('plan', s.colPlan, true)}
              {header('review', s.colReview)}
              {header('warnings', s.colWarnings)}
              <th scope="col" class="no-print">{s.colTools}</th>
            </tr>
          </thead>
          <tbody>
            {visible.map((r) => (
              <tr key={r.key} data-account={r.key}>
                <th scope="row">
                  {r.name}
                  {r.share !== null && <span class="db-share">{formatPercent(locale, r.share, 1)}</span>}
                </th>
                <td class="num">{formatMoney(locale, r.revenue, currency)}</td>
                <td data-col="abc">{r.abc === null ? s.excluded : <span class={`db-class db-class-${r.abc.toLowerCase()}`}>{r.abc}</span>}</td>
                <td data-col="stage">{stageName(r.stage, s.notDiagnosed)}</td>
                <td data-col="target">{r.targetStage === null ? s.notSet : d.stages[r.targetStage].name}</td>
                <td data-col="risk">{r.risk === null ? s.notChecked : <span class={`db-risk db-risk-${r.risk.level}`}>{d.uncouplingLevels[r.risk.level]}</span>}</td>
                <td data-col="quadrant">{r.quadrant === null ? s.notScored : d.quadrants[r.quadrant].name}</td>
                <td class="num" data-col="plan">{r.plan === null ? s.noPlan : formatPercent(locale, r.plan.completeness)}</td>
                <td data-col="review">{r.plan?.nextReview ? formatDate(locale, r.plan.nextReview, 'short') : s.noReview}</td>
                <td data-col="warnings">
                  {r.warnings.length === 0 ? (
                    <span class="muted">{s.none}</span>
                  ) : (
                    <ul class="db-warnings">
                      {r.warnings.map((w) => <li key={w} data-warning={w}>{warningText(w)}</li>)}
                    </ul>
                  )}
                </td>
                <td class="no-print db-tools">
                  <a href={tool('stage-diagnosis', r.key)}>{s.toolDiagnosis}<span class="sr-only"> {fill(s.toolFor, { name: r.name })}</span></a>
                  <a href={tool('uncoupling', r.key)}>{s.toolUncoupling}<span class="sr-only"> {fill(s.toolFor, { name: r.name })}</span></a>
                  <a href={tool('account-plan', r.key)}>{s.toolPlan}<span class="sr-only"> {fill(s.toolFor, { name: r.name })}</span></a>
                  <a href={tool('classification-matrix', r.key)}>{s.toolMatrix}<span class="sr-only"> {fill(s.toolFor, { name: r.name })}</span></a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {visible.length === 0 && <p>{s.noMatch}</p>}
    </div>
  );
}
