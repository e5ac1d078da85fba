/** The portfolio heat map: key accounts (and any other client with ticks) × causes, sortable, each row opens its account. */
import { useId } from 'preact/hooks';
import { UNCOUPLING_CAUSES, uncouplingHeatmap, uncouplingRisk } from '../../domain/index.ts';
import { UNCOUPLING_TEXTS } from '../../i18n/domain-texts/uncoupling';
import { fill } from '../../i18n/fill';
import { formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { getAssessment } from '../../state/index';
import type { Assessments, Portfolio } from '../../state/index';
import type { STRINGS } from './strings';

type T = (typeof STRINGS)[Locale];
export type SortMode = 'risk-desc' | 'risk-asc' | 'name';

/** Cell shading band of a 0..100 share (classes heat-0..heat-4); the number is always written too. */
function heatBand(pct: number): number {
  if (pct <= 0) return 0;
  if (pct < 25) return 1;
  if (pct < 50) return 2;
  if (pct < 75) return 3;
  return 4;
}

/** The heat map rows, in the requested order; `assessed` is false when nothing is ticked (not assessed, not low risk). */
function heatRows(portfolio: Portfolio, all: Assessments, sort: SortMode) {
  const clients = portfolio.clients.filter((c) => c.keyAccount || getAssessment(c.key, all).uncoupling !== null);
  const names = new Map(clients.map((c) => [c.key, c.name]));
  const checked = (key: string) => getAssessment(key, all).uncoupling?.checked ?? [];
  const rows = uncouplingHeatmap(clients.map((c) => ({ key: c.key, checked: checked(c.key) })));
  if (sort === 'risk-asc') rows.reverse();
  if (sort === 'name') rows.sort((a, b) => (names.get(a.key) ?? '').localeCompare(names.get(b.key) ?? ''));
  return rows.map((r) => ({
    ...r,
    name: names.get(r.key) ?? r.key,
    assessed: uncouplingRisk(checked(r.key)) !== null,
    checkedOn: getAssessment(r.key, all).uncoupling?.updatedAt ?? null,
  }));
}

interface Props {
  locale: Locale;
  t: T;
  portfolio: Portfolio;
  all: Assessments;
  sort: SortMode;
  onSort: (s: SortMode) => void;
  onOpen: (key: string) => void;
  current: string;
}

export function HeatMap({ locale, t, portfolio, all, sort, onSort, onOpen, current }: Props) {
  const d = UNCOUPLING_TEXTS[locale];
  const uid = useId();
  const rows = heatRows(portfolio, all, sort);
  const pct = (v: number) => formatNumber(locale, v);
  const riskSort = sort === 'risk-desc' ? 'descending' : sort === 'risk-asc' ? 'ascending' : undefined;
  return (
    <section class="up-heat" aria-labelledby={`${uid}-heat`}>
      <h4 id={`${uid}-heat`}>{t.heatTitle}</h4>
      {rows.length === 0 ? (
        <p>{t.heatEmpty}</p>
      ) : (
        <>
          <p class="muted">{t.heatIntro}</p>
          <div class="table-scroll">
            <table class="up-heat-table">
              <caption>{t.heatCaption}</caption>
              <thead>
                <tr>
                  <th scope="col" aria-sort={sort === 'name' ? 'ascending' : undefined}>
                    <button type="button" class="up-sort" onClick={() => onSort('name')}>
                      {t.heatAccount}
                      <span class="sr-only"> ({sort === 'name' ? t.sortedName : fill(t.sortBy, { column: t.heatAccount })})</span>
                    </button>
                  </th>
                  <th scope="col" class="num" aria-sort={riskSort}>
                    <button type="button" class="up-sort" onClick={() => onSort(sort === 'risk-desc' ? 'risk-asc' : 'risk-desc')}>
                      {t.heatRisk} <span aria-hidden="true">{sort === 'risk-desc' ? '▼' : sort === 'risk-asc' ? '▲' : '↕'}</span>
                      <span class="sr-only">
                        {' '}
                        (
                        {riskSort === 'descending'
                          ? t.sortedDesc
                          : riskSort === 'ascending'
                            ? t.sortedAsc
                            : fill(t.sortBy, { column: t.heatRisk })}
                        )
                      </span>
                    </button>
                  </th>
                  {UNCOUPLING_CAUSES.map((c) => (
                    <th scope="col" class="num up-heat-cause" key={c.id}>
                      {d.causes[c.id].name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.key} class={r.key === current ? 'is-current' : undefined}>
                    <th scope="row">
                      <button type="button" class="up-open" onClick={() => onOpen(r.key)} aria-label={fill(t.open, { account: r.name })}>
                        {r.name}
                      </button>
                      {r.checkedOn === null && <span class="muted up-not-checked"> ({t.heatNotChecked})</span>}
                    </th>
                    <td class={`num heat-${heatBand(r.score)}`} data-level={r.assessed ? r.level : 'not-assessed'}>
                      {pct(r.score)} <span class="up-heat-level">{r.assessed ? d.uncouplingLevels[r.level] : t.notAssessed}</span>
                    </td>
                    {UNCOUPLING_CAUSES.map((c) => (
                      <td class={`num heat-${heatBand(r.byCause[c.id])}`} key={c.id}>
                        {pct(r.byCause[c.id])}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
