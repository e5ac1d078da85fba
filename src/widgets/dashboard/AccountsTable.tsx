/** The key accounts table: one row per account, sortable by every column, with links into each tool for that account. */
import type { DashboardRow, DashboardSortKey, WarningId } from '../../domain/index.ts';
import { firstSortDirection } from '../../domain/index.ts';
// Names only: the table shows a stage, a risk level and a quadrant by name, never their descriptions.
import { STAGE_NAMES } from '../../i18n/domain-texts/stageNames';
import { UNCOUPLING_LEVEL_NAMES } from '../../i18n/domain-texts/uncouplingLevels';
import { QUADRANT_NAMES } from '../../i18n/domain-texts/quadrantNames';
import { fill } from '../../i18n/fill';
import { formatDate, formatMoney, formatPercent } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { localePath } from '../../i18n/paths';
import type { STRINGS } from './strings';

/** The quarterly reviews' trend as an arrow beside its words (the words carry it for screen readers). */
const TREND_ARROW = { improving: '↗', steady: '→', worsening: '↘', unknown: '·' } as const;

type S = (typeof STRINGS)[Locale];
export type Sort = { key: DashboardSortKey; dir: 1 | -1 };

interface Props {
  locale: Locale;
  s: S;
  rows: readonly DashboardRow[];
  currency: string;
  sort: Sort;
  onSort: (sort: Sort) => void;
  warningText: (w: WarningId) => string;
}

export function AccountsTable({ locale, s, rows, currency, sort, onSort, warningText }: Props) {
  const stageNames = STAGE_NAMES[locale];
  const levelNames = UNCOUPLING_LEVEL_NAMES[locale];
  const quadrantNames = QUADRANT_NAMES[locale];
  const tool = (name: string, key: string) => `${localePath(locale, `tools/${name}`)}?account=${encodeURIComponent(key)}`;
  // The tools each row opens for its account, in the order of the columns they fill.
  const tools = [
    ['stage-diagnosis', s.toolDiagnosis],
    ['uncoupling', s.toolUncoupling],
    ['account-plan', s.toolPlan],
    ['classification-matrix', s.toolMatrix],
  ] as const;

  const header = (key: DashboardSortKey, label: string, numeric = false) => {
    const active = sort.key === key;
    return (
      <th scope="col" class={numeric ? 'num' : undefined} aria-sort={active ? (sort.dir === 1 ? 'ascending' : 'descending') : undefined}>
        <button
          type="button"
          class="db-sort"
          data-sort={key}
          onClick={() => onSort(active ? { key, dir: sort.dir === 1 ? -1 : 1 } : { key, dir: firstSortDirection(key) })}
        >
          {label}
          <span aria-hidden="true" class="db-sort-mark">
            {active ? (sort.dir === 1 ? '▲' : '▼') : '↕'}
          </span>
          <span class="sr-only">{`, ${fill(s.sortBy, { column: label })}`}</span>
        </button>
      </th>
    );
  };

  return (
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
            <th scope="col" class="no-print">
              {s.colTools}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-account={r.key}>
              <th scope="row">
                {r.name}
                {r.share !== null && <span class="db-share">{formatPercent(locale, r.share, 1)}</span>}
              </th>
              <td class="num">{formatMoney(locale, r.revenue, currency)}</td>
              <td data-col="abc">
                {r.abc === null ? s.excluded : <span class={`db-class db-class-${r.abc.toLowerCase()}`}>{r.abc}</span>}
              </td>
              <td data-col="stage">
                {r.stage === null ? s.notDiagnosed : stageNames[r.stage]}
                {r.review && (
                  <span class="db-trend" data-trend={r.review.trend}>
                    <span aria-hidden="true">{TREND_ARROW[r.review.trend]}</span> {s[`trend.${r.review.trend}`]}
                  </span>
                )}
              </td>
              <td data-col="target">{r.targetStage === null ? s.notSet : stageNames[r.targetStage]}</td>
              <td data-col="risk">
                {r.risk === null ? s.notAssessed : <span class={`db-risk db-risk-${r.risk.level}`}>{levelNames[r.risk.level]}</span>}
              </td>
              <td data-col="quadrant">{r.quadrant === null ? s.notScored : quadrantNames[r.quadrant]}</td>
              <td class="num" data-col="plan">
                {r.plan === null ? s.noPlan : formatPercent(locale, r.plan.completeness)}
              </td>
              <td data-col="review">{r.plan?.nextReview ? formatDate(locale, r.plan.nextReview, 'short') : s.noReview}</td>
              <td data-col="warnings">
                {r.warnings.length === 0 ? (
                  <span class="muted">{s.none}</span>
                ) : (
                  <ul class="db-warnings">
                    {r.warnings.map((w) => (
                      <li key={w} data-warning={w}>
                        {warningText(w)}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td class="no-print db-tools">
                {tools.map(([name, label]) => (
                  <a key={name} href={tool(name, r.key)}>
                    {label}
                    <span class="sr-only"> {fill(s.toolFor, { name: r.name })}</span>
                  </a>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
