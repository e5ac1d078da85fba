/**
 * Uncoupling checklist (issue 6): the article's five causes of uncoupling and its two external
 * ones, each with indicators to tick, for any account or as a quick try. Score, level and the
 * per-cause shares are always the domain's `assessUncoupling`; the portfolio heat map is the
 * domain's `uncouplingHeatmap` over the key accounts. Ticks autosave through `setUncouplingChecks`.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ChartConfiguration } from 'chart.js';
import { UNCOUPLING_CAUSES, assessUncoupling, clientKeyFromName, uncouplingHeatmap } from '../../domain/index';
import type { UncouplingAssessment, UncouplingCauseId, UncouplingLevel } from '../../domain/index';
import { ChartFigure } from '../../charts/ChartFigure';
import type { ChartPalette } from '../../charts/colors';
import { withAlpha } from '../../charts/colors';
import { UNCOUPLING_TEXTS } from '../../i18n/domain-texts/uncoupling';
import { MITIGATION_TEXTS } from '../../i18n/domain-texts/mitigations';
import { formatDate, formatNumber, formatPercent } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { $assessments, $portfolio, getAssessment, setUncouplingCheck, setUncouplingChecks } from '../../state/index';
import type { Assessments, Portfolio, WriteResult } from '../../state/index';
import { $currentAccount, AccountPicker, TRY_KEY, accountName, defaultAccountKey } from '../shared/AccountPicker';
import { useStored } from '../shared/useStored';
import { writeProblem } from '../shared/writeProblem';
import { fill } from '../../i18n/fill';
import { fillCount } from '../../i18n/plural';
import { loadSampleAccounts } from '../shared/samples';
import { STRINGS } from './strings';
import './Uncoupling.css';

/**
 * Example ticks for the sample company's key accounts, from the facts lesson 6 and the workshop case
 * give: Bem-Estar (lesson 6: single contact who retired with no backup, late deliveries nobody
 * explained: high risk), Nonna Rosa (lesson 6: closed two of three units), Hotel Parque das Águas and
 * Hospital Santa Clara (the case's texts), Rede Boa Compra (one buyer, no access to the owners);
 * Grupo Sabor & Cia, the partnership, has none.
 */
export const SAMPLE_TICKS_BY_ACCOUNT: Readonly<Record<string, readonly string[]>> = {
  'Hospital Infantil Bem-Estar': ['single-point-of-contact', 'key-contact-changing', 'no-successor', 'performance-inconsistent', 'bad-news-late', 'late-deliveries'],
  'Cantina Nonna Rosa': ['customer-losing-share', 'customer-market-shrinking', 'layoffs-or-cost-cuts', 'orders-shrinking'],
  'Hotel Parque das Águas': ['single-point-of-contact', 'key-contact-changing', 'no-senior-access', 'merger-or-acquisition', 'complaints-rising', 'late-deliveries', 'late-payments'],
  'Hospital Santa Clara': ['key-contact-changing', 'late-deliveries', 'bad-news-late'],
  'Rede Boa Compra': ['single-point-of-contact', 'no-senior-access'],
  'Grupo Sabor & Cia': [],
};

/** Example ticks for other portfolios' key accounts (largest first), so the heat map has contrast. */
export const SAMPLE_TICKS: readonly (readonly string[])[] = [
  ['single-point-of-contact', 'no-successor', 'complaints-rising', 'late-deliveries'],
  ['no-new-proposals', 'fewer-contacts', 'plan-not-reviewed', 'on-autopilot'],
  ['late-payments', 'customer-losing-share', 'orders-shrinking'],
  ['bad-news-late'],
  [],
];

/** Cell shading band of a 0..100 share (classes heat-0..heat-4); the number is always written too. */
export function heatBand(pct: number): number {
  if (pct <= 0) return 0;
  if (pct < 25) return 1;
  if (pct < 50) return 2;
  if (pct < 75) return 3;
  return 4;
}

type SortMode = 'risk-desc' | 'risk-asc' | 'name';

export default function Uncoupling({ locale }: { locale: Locale }) {
  const t = STRINGS[locale];
  const d = { ...UNCOUPLING_TEXTS[locale], ...MITIGATION_TEXTS[locale] };
  const uid = useId();
  const portfolio = useStored($portfolio);
  const all = useStored($assessments);
  const [account, setAccount] = useState(TRY_KEY);
  const chosen = useRef(false);
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const [undo, setUndo] = useState<{ account: string; checked: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [sort, setSort] = useState<SortMode>('risk-desc');

  useEffect(() => {
    if (!chosen.current) setAccount(defaultAccountKey(portfolio));
  }, [portfolio]);

  const name = accountName(locale, portfolio, account);
  const record = getAssessment(account, all).uncoupling;
  const checked = record?.checked ?? [];
  const assessment = assessUncoupling(checked);

  function report(result: WriteResult) {
    const problem = writeProblem(result, t);
    setMessage(problem === null ? null : { kind: 'error', text: problem });
  }

  function toggle(id: string, on: boolean) {
    setUndo(null);
    // One tick, applied to the stored list as it is now (ticks made in another tab are kept).
    report(setUncouplingCheck(account, id, on));
  }

  function clearAll() {
    const before = [...(getAssessment(account, $assessments.get()).uncoupling?.checked ?? [])];
    const result = setUncouplingChecks(account, []);
    report(result);
    if (result.ok || result.reason === 'not-saved') {
      setUndo({ account, checked: before });
      setMessage({ kind: 'info', text: fill(t.cleared, { account: name }) });
    }
  }

  function restore() {
    if (!undo) return;
    report(setUncouplingChecks(undo.account, undo.checked));
    setUndo(null);
  }

  function choose(key: string) {
    chosen.current = true;
    setMessage(null);
    setUndo(null);
    setAccount(key);
    $currentAccount.set(key);
  }

  async function loadSample() {
    setBusy(true);
    setMessage({ kind: 'info', text: t.loadingSample });
    const ready = await loadSampleAccounts(locale, 'uncoupling');
    setBusy(false);
    if (!ready.ok) {
      setMessage({ kind: 'error', text: fill(t.sampleError, { code: ready.code }) });
      return;
    }
    let problem: string | null = null;
    const byName = new Map(Object.entries(SAMPLE_TICKS_BY_ACCOUNT).map(([n, ticks]) => [clientKeyFromName(n), ticks]));
    const sampleCompany = ready.accounts.some((c) => byName.has(clientKeyFromName(c.name)));
    ready.accounts.forEach((c, i) => {
      const ticks = (sampleCompany ? byName.get(clientKeyFromName(c.name)) : SAMPLE_TICKS[i]) ?? [];
      if (getAssessment(c.key).uncoupling === null && ticks.length > 0) problem ??= writeProblem(setUncouplingChecks(c.key, ticks), t);
    });
    // Lesson 6's example first: Hospital Infantil Bem-Estar (else the largest key account).
    const first = ready.lessonAccount;
    chosen.current = true;
    if (first) {
      setAccount(first.key);
      $currentAccount.set(first.key);
    }
    setMessage(problem !== null ? { kind: 'error', text: problem } : { kind: 'info', text: fillCount(locale, t.sampleLoaded, { account: first?.name ?? name }) });
  }

  const internal = UNCOUPLING_CAUSES.filter((c) => !c.external);
  const external = UNCOUPLING_CAUSES.filter((c) => c.external);
  const present = UNCOUPLING_CAUSES.filter((c) => assessment.byCause[c.id] > 0).sort((a, b) => assessment.byCause[b.id] - assessment.byCause[a.id]);
  const pct = (v: number) => formatPercent(locale, v / 100);
  const causeList = present.map((c) => `${d.causes[c.id].name} (${pct(assessment.byCause[c.id])})`).join('; ');

  const causeFieldset = (cause: (typeof UNCOUPLING_CAUSES)[number]) => (
    <fieldset class="up-cause" key={cause.id}>
      <legend>{d.causes[cause.id].name}</legend>
      <p class="up-cause-desc muted">{d.causes[cause.id].description}</p>
      {cause.indicators.map((ind) => (
        <label class="up-indicator" key={ind.id}>
          <input type="checkbox" value={ind.id} checked={checked.includes(ind.id)} onChange={(e) => toggle(ind.id, (e.currentTarget as HTMLInputElement).checked)} />
          <span>{d.indicators[ind.id]}</span>
        </label>
      ))}
    </fieldset>
  );

  const config = (p: ChartPalette): ChartConfiguration => ({
    type: 'bar',
    data: {
      labels: UNCOUPLING_CAUSES.map((c) => d.causes[c.id].name),
      datasets: [
        {
          label: t.chartLabel,
          data: UNCOUPLING_CAUSES.map((c) => Math.round(assessment.byCause[c.id])),
          backgroundColor: UNCOUPLING_CAUSES.map((c) => withAlpha(assessment.byCause[c.id] >= 75 ? p.danger : c.external ? p.c : p.warn, 0.85)),
          borderColor: UNCOUPLING_CAUSES.map((c) => (assessment.byCause[c.id] >= 75 ? p.danger : c.external ? p.c : p.warn)),
          borderWidth: 1,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      plugins: { legend: { display: false } },
      scales: {
        x: { min: 0, max: 100, ticks: { color: p.muted, callback: (v) => formatPercent(locale, Number(v) / 100) }, grid: { color: p.grid } },
        y: { ticks: { color: p.fg }, grid: { display: false } },
      },
    },
  });

  return (
    <section class="uncoupling" data-widget="uncoupling" aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`} class="up-title">{t.title}</h3>
      <p>{t.intro}</p>
      <div class="up-toolbar no-print">
        <AccountPicker locale={locale} value={account} onChange={choose} />
        <button type="button" class="button secondary" data-action="load-sample" onClick={loadSample} disabled={busy}>
          {t.loadSample}
        </button>
      </div>
      <div role="status" aria-live="polite" class="up-live">
        {message && <p class={message.kind === 'error' ? 'sd-message is-error' : 'sd-message'}>{message.text}</p>}
        {undo && (
          <p class="sd-message">
            <button type="button" class="button secondary" onClick={restore}>{t.undo}</button>
          </p>
        )}
      </div>
      {checked.length === 0 && <p class="note no-print">{t.emptyHint}</p>}

      <div class="up-groups">
        <section class="up-group" aria-labelledby={`${uid}-internal`}>
          <h4 id={`${uid}-internal`}>{t.internalTitle}</h4>
          {internal.map(causeFieldset)}
        </section>
        <section class="up-group" aria-labelledby={`${uid}-external`}>
          <h4 id={`${uid}-external`}>{t.externalTitle}</h4>
          <p class="muted">{t.externalHint}</p>
          {external.map(causeFieldset)}
        </section>
      </div>
      {checked.length > 0 && (
        <p class="no-print">
          <button type="button" class="button secondary" onClick={clearAll}>{t.clearAll}</button>
          {record && <span class="muted"> {fill(t.saved, { date: formatDate(locale, record.updatedAt) })}</span>}
        </p>
      )}

      <section class="up-result" aria-labelledby={`${uid}-result`}>
        <h4 id={`${uid}-result`}>{fill(t.resultTitle, { account: name })}</h4>
        <dl class="up-figures">
          <div>
            <dt>{t.score}</dt>
            <dd data-testid="uncoupling-score">{fill(t.scoreOf, { score: formatNumber(locale, assessment.score) })}</dd>
          </div>
          <div>
            <dt>{t.level}</dt>
            <dd class={`up-level is-${assessment.level}`} data-testid="uncoupling-level">{d.uncouplingLevels[assessment.level]}</dd>
          </div>
        </dl>
        <meter class="up-meter" min={0} max={100} low={20} high={50} optimum={0} value={assessment.score} aria-label={t.score} />
        <p>{levelText(t, assessment.level)}</p>
        <p>{present.length === 0 ? t.driversNone : fill(t.drivers, { list: causeList })}</p>
        <ChartFigure
          locale={locale}
          config={config}
          summary={present.length === 0 ? `${fill(t.resultTitle, { account: name })}: ${t.driversNone}` : fill(t.chartSummary, { account: name, list: causeList })}
          table={{
            caption: fill(t.chartCaption, { account: name }),
            headers: [t.chartCause, t.chartPercent],
            rows: UNCOUPLING_CAUSES.map((c) => [d.causes[c.id].name, pct(assessment.byCause[c.id])]),
            numeric: [1],
          }}
          dataKey={UNCOUPLING_CAUSES.map((c) => Math.round(assessment.byCause[c.id])).join(',')}
        />
        <h5>{t.mitigationsTitle}</h5>
        {present.length === 0 ? (
          <p>{t.mitigationsNone}</p>
        ) : (
          <div class="up-mitigations">
            {present.map((c) => (
              <div key={c.id} class="up-mitigation">
                <h6>{d.causes[c.id].name}</h6>
                <ul>
                  {c.mitigations.map((m) => (
                    <li key={m}>{d.mitigations[m]}</li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        )}
      </section>

      <HeatMap locale={locale} t={t} portfolio={portfolio} all={all} sort={sort} onSort={setSort} onOpen={choose} current={account} />
    </section>
  );
}

type T = (typeof STRINGS)[Locale];

function levelText(t: T, level: UncouplingLevel): string {
  return level === 'high' ? t.levelHigh : level === 'medium' ? t.levelMedium : t.levelLow;
}

/** The heat map rows: key accounts (and any other client with ticks), in the requested order. */
export function heatRows(portfolio: Portfolio, all: Assessments, sort: SortMode) {
  const clients = portfolio.clients.filter((c) => c.keyAccount || getAssessment(c.key, all).uncoupling !== null);
  const names = new Map(clients.map((c) => [c.key, c.name]));
  const rows = uncouplingHeatmap(clients.map((c) => ({ key: c.key, checked: getAssessment(c.key, all).uncoupling?.checked ?? [] })));
  if (sort === 'risk-asc') rows.reverse();
  if (sort === 'name') rows.sort((a, b) => (names.get(a.key) ?? '').localeCompare(names.get(b.key) ?? ''));
  return rows.map((r) => ({ ...r, name: names.get(r.key) ?? r.key, checkedOn: getAssessment(r.key, all).uncoupling?.updatedAt ?? null }));
}

function HeatMap({
  locale,
  t,
  portfolio,
  all,
  sort,
  onSort,
  onOpen,
  current,
}: {
  locale: Locale;
  t: T;
  portfolio: Portfolio;
  all: Assessments;
  sort: SortMode;
  onSort: (s: SortMode) => void;
  onOpen: (key: string) => void;
  current: string;
}) {
  const d = { ...UNCOUPLING_TEXTS[locale], ...MITIGATION_TEXTS[locale] };
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
                      <span class="sr-only"> ({riskSort === 'descending' ? t.sortedDesc : riskSort === 'ascending' ? t.sortedAsc : fill(t.sortBy, { column: t.heatRisk })})</span>
                    </button>
                  </th>
                  {UNCOUPLING_CAUSES.map((c) => (
                    <th scope="col" class="num up-heat-cause" key={c.id}>{d.causes[c.id].name}</th>
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
                    <td class={`num heat-${heatBand(r.score)}`} data-level={r.level}>
                      {pct(r.score)} <span class="up-heat-level">{d.uncouplingLevels[r.level]}</span>
                    </td>
                    {UNCOUPLING_CAUSES.map((c) => (
                      <td class={`num heat-${heatBand(r.byCause[c.id as UncouplingCauseId])}`} key={c.id}>
                        {pct((r as UncouplingAssessment).byCause[c.id])}
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
