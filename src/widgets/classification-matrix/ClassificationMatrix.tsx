/**
 * Classification matrix island: criteria and weights (each list totals 100, or nothing is saved),
 * 0–10 scores per key account, the bubble chart (attractiveness up, strength across with HIGH on the
 * left as in the literature, bubble area ∝ revenue), quadrant cards and CSV exports. Every figure
 * comes from the domain's `classifyAccounts`; this file only lays it out.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  QUADRANTS,
  bubbleRadius,
  classifyAccounts,
  strategyOf,
  weightTotal,
} from '../../domain/index.ts';
import type { ClassifiedAccount, QuadrantId } from '../../domain/index.ts';
import { ChartFigure } from '../../charts/ChartFigure';
import { withAlpha } from '../../charts/colors';
import type { ChartPalette } from '../../charts/colors';
import type { Locale } from '../../i18n/locales';
import { formatMoney, formatNumber, formatPercent } from '../../i18n/format';
import { $assessments, $matrixConfig, $settings, defaultMatrixConfig, getAssessment, setMatrixConfig, setMatrixScore } from '../../state/index.ts';
import type { Client, MatrixConfig, WriteResult } from '../../state/index.ts';
import { useStored } from '../shared/useStored';
import { usePortfolioView } from '../shared/usePortfolioView.ts';
import { downloadTableCsv, csvFileName } from '../shared/tableCsv';
import type { CsvTable } from '../shared/tableCsv';
import { QUADRANT_COLOR_OF } from './colors';
import { areasPlugin, capturePlugin, scoreAxis, showPoint } from './matrixChart';
import type { BubbleConfig, ChartHolder } from './matrixChart';
import { criterionName, quadrantName, strategyName } from './names';
import { loadClassificationSample } from './lazySamples';
import { STRINGS } from './strings';
import { formatTyped, parseTyped, score } from './util';
import { useTyping } from '../shared/useTyping.ts';
import { stepOnArrow } from '../shared/stepInput.ts';
import { fill } from '../../i18n/fill';
import { fillCount } from '../../i18n/plural';
import './matrix.css';
import { MatrixIntro } from './MatrixIntro';
import type { MatrixStatus } from './MatrixIntro';
import { CurrencyNote } from '../shared/CurrencyNote.tsx';

type Axis = 'attractiveness' | 'strength';
const AXES: readonly Axis[] = ['attractiveness', 'strength'];
type Dict = (typeof STRINGS)[Locale];

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The first problem with a criteria configuration, as a translated sentence (null: it can be saved). */
export function criteriaProblem(config: MatrixConfig, locale: Locale): string | null {
  const t = STRINGS[locale];
  const axisWord = (axis: Axis) => (axis === 'attractiveness' ? t.axisWordAttractiveness : t.axisWordStrength);
  const check = classifyAccounts({
    attractiveness: config.attractiveness.map(({ id, weight }) => ({ id, weight })),
    strength: config.strength.map(({ id, weight }) => ({ id, weight })),
    accounts: [],
    midpoint: config.midpoint,
  });
  if (!check.ok) {
    const { code, axis, criterion } = check.error;
    const list = axis ? config[axis] : [];
    if (code === 'weights-not-100' && axis) {
      const total = weightTotal(list);
      return fill(t.errWeights, { axis: axisWord(axis), total: formatNumber(locale, total, Number.isInteger(total) ? 0 : 2) });
    }
    if (code === 'invalid-weight') {
      const c = list.find((x) => x.id === criterion);
      return fill(t.errInvalidWeight, { name: c ? criterionName(locale, c) || '?' : '?' });
    }
    if (code === 'no-criteria' && axis) return fill(t.errNoCriteria, { axis: axisWord(axis) });
    return fill(t.errOther, { code });
  }
  for (const axis of AXES) {
    const at = config[axis].findIndex((c) => criterionName(locale, c).trim() === '');
    if (at >= 0) return fill(t.errName, { axis: axisWord(axis), n: at + 1 });
  }
  return null;
}

let idCounter = 0;
const newCriterionId = (): string => `c-${Date.now().toString(36)}-${(idCounter++).toString(36)}`;

const refused = (r: WriteResult): boolean => !r.ok && r.reason !== 'not-saved';

// -------------------------------------------------------------------------------------------------

function CriteriaEditor({ locale, stored, onRefused }: { locale: Locale; stored: MatrixConfig; onRefused: () => void }) {
  const t = STRINGS[locale];
  const typing = useTyping();
  const [draft, setDraft] = useState<MatrixConfig | null>(null);
  const [undo, setUndo] = useState<{ message: string; config: MatrixConfig } | null>(null);
  const [saved, setSaved] = useState(false);
  const [focusNew, setFocusNew] = useState<string | null>(null);
  const editing = draft ?? stored;
  const problem = draft ? criteriaProblem(draft, locale) : null;
  const root = useRef<HTMLDivElement>(null);

  function apply(next: MatrixConfig) {
    if (criteriaProblem(next, locale) === null) {
      if (refused(setMatrixConfig(next))) {
        setDraft(next);
        onRefused();
        return;
      }
      setDraft(null);
      setSaved(true);
    } else {
      setDraft(next);
      setSaved(false);
    }
  }

  const change = (axis: Axis, index: number, patch: { name?: string; weight?: number }) => {
    apply({ ...editing, [axis]: editing[axis].map((c, i) => (i === index ? { ...c, ...patch } : c)) });
  };

  const remove = (axis: Axis, index: number) => {
    const c = editing[axis][index]!;
    setUndo({ message: fill(t.removed, { name: criterionName(locale, c) || t.newCriterion }), config: editing });
    apply({ ...editing, [axis]: editing[axis].filter((_, i) => i !== index) });
  };

  const add = (axis: Axis) => {
    const id = newCriterionId();
    apply({ ...editing, [axis]: [...editing[axis], { id, name: '', weight: 0 }] });
    setFocusNew(id);
  };

  // Focus the new criterion's name once its row is on screen.
  useEffect(() => {
    if (focusNew === null) return;
    const input = root.current?.querySelector<HTMLInputElement>(`input[data-criterion-name="${focusNew}"]`);
    if (input) {
      input.focus();
      setFocusNew(null);
    }
  });

  const restore = () => {
    setUndo({ message: t.restoreDefaults, config: editing });
    apply({ ...defaultMatrixConfig(), midpoint: editing.midpoint });
  };

  const axisTitle = (axis: Axis) => (axis === 'attractiveness' ? t.axisAttractiveness : t.axisStrength);

  return (
    <div class="mx-criteria" ref={root}>
      <div class="mx-axes">
        {AXES.map((axis) => {
          const total = weightTotal(editing[axis]);
          const ok = Math.abs(total - 100) < 1e-6;
          return (
            <fieldset class="mx-axis" key={axis}>
              <legend>{axisTitle(axis)}</legend>
              <p class="muted mx-help">{axis === 'attractiveness' ? t.axisAttractivenessHelp : t.axisStrengthHelp}</p>
              <table class="mx-criteria-table">
                <thead>
                  <tr>
                    <th scope="col">{t.colCriterion}</th>
                    <th scope="col" class="num">{t.colWeight}</th>
                    <th scope="col" class="no-print"><span class="sr-only">{t.removeCriterion.replace('“{name}”', '')}</span></th>
                  </tr>
                </thead>
                <tbody>
                  {editing[axis].map((c, i) => {
                    const name = criterionName(locale, c);
                    return (
                      <tr key={c.id}>
                        <td>
                          <input
                            id={`cm-${axis}-name-${i}`}
                            data-criterion-name={c.id}
                            type="text"
                            value={name}
                            maxLength={200}
                            aria-label={fill(t.criterionNameLabel, { axis: axisTitle(axis), n: i + 1 })}
                            onInput={(e) => change(axis, i, { name: e.currentTarget.value })}
                          />
                        </td>
                        <td class="num">
                          <input
                            class="mx-weight"
                            type="text"
                            inputMode="decimal"
                            value={typing.text(`${axis}\u0000${c.id}`, Number.isFinite(c.weight) ? formatTyped(locale, c.weight) : '')}
                            aria-label={fill(t.weightLabel, { axis: axisTitle(axis), name: name || t.newCriterion })}
                            onBlur={() => typing.done(`${axis}\u0000${c.id}`)}
                            onKeyDown={(e) => stepOnArrow(e, { locale, min: 0, max: 100 })}
                            onInput={(e) => {
                              typing.typed(`${axis}\u0000${c.id}`, e.currentTarget.value);
                              const n = parseTyped(e.currentTarget.value, locale);
                              change(axis, i, { weight: n === null ? Number.NaN : n });
                            }}
                          />
                        </td>
                        <td class="no-print">
                          <button type="button" class="button secondary mx-small" onClick={() => remove(axis, i)}>
                            <span aria-hidden="true">✕</span>
                            <span class="sr-only">{fill(t.removeCriterion, { name: name || t.newCriterion })}</span>
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{t.total}</th>
                    <td class="num">
                      <output class={ok ? 'mx-total ok' : 'mx-total bad'} data-total={axis}>
                        {fill(t.totalOf, { total: formatNumber(locale, Number.isFinite(total) ? total : 0, Number.isInteger(total) ? 0 : 2) })}
                      </output>
                    </td>
                    <td class="no-print"></td>
                  </tr>
                </tfoot>
              </table>
              <button type="button" class="button secondary no-print" onClick={() => add(axis)}>
                {t.addCriterion}
              </button>
            </fieldset>
          );
        })}
      </div>
      <div class="mx-messages" aria-live="polite">
        {problem && (
          <p class="mx-error" role="alert" data-error="criteria">
            {problem}
          </p>
        )}
        {!problem && saved && <p class="mx-ok">{t.criteriaSaved}</p>}
        {undo && (
          <p class="mx-undo no-print">
            {undo.message}{' '}
            <button
              type="button"
              class="button secondary mx-small"
              onClick={() => {
                apply(undo.config);
                setUndo(null);
              }}
            >
              {t.undo}
            </button>
          </p>
        )}
      </div>
      <p class="no-print">
        <button type="button" class="button secondary" onClick={restore}>
          {t.restoreDefaults}
        </button>
      </p>
    </div>
  );
}

// -------------------------------------------------------------------------------------------------

type ScoreDrafts = Record<string, string>;

function ScoresTable(props: {
  locale: Locale;
  t: Dict;
  config: MatrixConfig;
  accounts: Client[];
  scoresOf: (key: string) => Readonly<Record<string, number>>;
  results: Map<string, ClassifiedAccount>;
  money: (n: number) => string;
  onRefused: () => void;
}) {
  const { locale, t, config, accounts, scoresOf, results, money } = props;
  const [drafts, setDrafts] = useState<ScoreDrafts>({});
  const typing = useTyping();
  const table = useRef<HTMLTableElement>(null);
  const criteria = [...config.attractiveness, ...config.strength];
  const badCells = Object.keys(drafts);

  const onScore = (account: Client, criterionId: string, input: HTMLInputElement) => {
    const cell = `${account.key}\u0000${criterionId}`;
    typing.typed(cell, input.value);
    const n = parseTyped(input.value, locale);
    if (n !== null && (Number.isNaN(n) || n < 0 || n > 10)) {
      setDrafts((d) => ({ ...d, [cell]: input.value }));
      return;
    }
    setDrafts((d) => {
      if (!(cell in d)) return d;
      const next = { ...d };
      delete next[cell];
      return next;
    });
    if (refused(setMatrixScore(account.key, criterionId, n))) props.onRefused();
  };

  const onKeyDown = (e: KeyboardEvent, row: number, col: number) => {
    if (stepOnArrow(e, { locale, min: 0, max: 10 })) return;
    if (e.key !== 'Enter') return;
    e.preventDefault();
    const next = table.current?.querySelector<HTMLInputElement>(`input[data-row="${row + (e.shiftKey ? -1 : 1)}"][data-col="${col}"]`);
    next?.focus();
    next?.select();
  };

  return (
    <>
      <div class="table-scroll">
        <table class="mx-scores" ref={table}>
          <caption class="sr-only">{t.scoresTitle}</caption>
          <thead>
            <tr>
              <td></td>
              <th scope="colgroup" colSpan={config.attractiveness.length}>{t.axisAttractiveness}</th>
              <th scope="colgroup" colSpan={config.strength.length}>{t.axisStrength}</th>
              <td colSpan={3}></td>
            </tr>
            <tr>
              <th scope="col">{t.colAccount}</th>
              {criteria.map((c) => (
                <th scope="col" class="num mx-crit" key={c.id}>
                  {criterionName(locale, c)} <span class="muted">({formatPercent(locale, c.weight / 100)})</span>
                </th>
              ))}
              <th scope="col" class="num">{t.colAttractiveness}</th>
              <th scope="col" class="num">{t.colStrength}</th>
              <th scope="col">{t.colQuadrant}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a, row) => {
              const scores = scoresOf(a.key);
              const r = results.get(a.key);
              return (
                <tr key={a.key} data-account={a.key}>
                  <th scope="row">
                    {a.name}
                    <span class="mx-sub muted">{money(a.revenue)}</span>
                  </th>
                  {criteria.map((c, col) => {
                    const cell = `${a.key}\u0000${c.id}`;
                    const draft = drafts[cell];
                    const value = draft ?? typing.text(cell, Object.hasOwn(scores, c.id) ? formatTyped(locale, scores[c.id]!) : '');
                    return (
                      <td class="num" key={c.id}>
                        <input
                          class="mx-score"
                          type="text"
                          inputMode="decimal"
                          value={value}
                          onBlur={() => typing.done(cell)}
                          data-row={row}
                          data-col={col}
                          data-criterion={c.id}
                          aria-invalid={draft !== undefined ? 'true' : undefined}
                          aria-label={fill(t.scoreLabel, { account: a.name, criterion: criterionName(locale, c) })}
                          onInput={(e) => onScore(a, c.id, e.currentTarget)}
                          onKeyDown={(e) => onKeyDown(e, row, col)}
                        />
                      </td>
                    );
                  })}
                  <td class="num" data-col="attractiveness">{r ? score(locale, r.attractiveness) : '–'}</td>
                  <td class="num" data-col="strength">{r ? score(locale, r.strength) : '–'}</td>
                  <td data-col="quadrant">{r ? quadrantName(locale, r.quadrant) : <span class="muted">{t.notScored}</span>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div aria-live="polite">
        {badCells.length > 0 &&
          badCells.slice(0, 3).map((cell) => {
            const [key, id] = cell.split('\u0000') as [string, string];
            const account = accounts.find((a) => a.key === key);
            const c = criteria.find((x) => x.id === id);
            return (
              <p class="mx-error" role="alert" key={cell}>
                {fill(t.scoreError, { account: account?.name ?? key, criterion: c ? criterionName(locale, c) : id })}
              </p>
            );
          })}
      </div>
    </>
  );
}

// -------------------------------------------------------------------------------------------------

export default function ClassificationMatrix({ locale }: { locale: Locale }) {
  const t = STRINGS[locale];
  // Revenue in the period chosen with the portfolio (whole file by default), in the data's currency.
  const portfolioView = usePortfolioView(locale);
  const portfolio = portfolioView.periodPortfolio;
  const assessments = useStored($assessments);
  const config = useStored($matrixConfig);
  const settings = useStored($settings);
  const [status, setStatus] = useState<MatrixStatus>(null);
  const [busy, setBusy] = useState(false);
  const holder = useRef<ChartHolder>({ chart: null }).current;

  const currency = portfolioView.currency;
  const money = (n: number) => formatMoney(locale, n, currency);
  const csvFormat = settings.numberFormat;

  const keyAccounts = useMemo(
    () => portfolio.clients.filter((c) => c.keyAccount).sort((a, b) => b.revenue - a.revenue || a.name.localeCompare(b.name)),
    [portfolio],
  );
  const scoresOf = (key: string) => getAssessment(key, assessments).matrixScores;
  const criteria = [...config.attractiveness, ...config.strength];
  const configProblem = criteriaProblem(config, locale);

  const classified = useMemo(() => {
    const complete = keyAccounts.filter((c) => {
      const s = getAssessment(c.key, assessments).matrixScores;
      return criteria.length > 0 && criteria.every((x) => Object.hasOwn(s, x.id));
    });
    const result = classifyAccounts({
      attractiveness: config.attractiveness.map(({ id, weight }) => ({ id, weight })),
      strength: config.strength.map(({ id, weight }) => ({ id, weight })),
      accounts: complete.map((c) => ({ key: c.key, scores: getAssessment(c.key, assessments).matrixScores, revenue: c.revenue })),
      midpoint: config.midpoint,
    });
    return result.ok ? result.accounts : [];
  }, [keyAccounts, assessments, config]);

  const byKey = new Map(classified.map((r) => [r.key, r]));
  const nameOf = new Map(keyAccounts.map((c) => [c.key, c.name]));
  const counts: Record<QuadrantId, number> = { strategic: 0, star: 0, status: 0, streamline: 0 };
  for (const r of classified) counts[r.quadrant]++;

  const onRefused = () => setStatus({ kind: 'error', text: t.refused });
  const exportFailed = () => setStatus({ kind: 'error', text: t.exportFailed });

  const loadSample = async () => {
    setBusy(true);
    setStatus({ kind: 'info', text: t.loadingSample });
    const result = await loadClassificationSample(locale);
    setBusy(false);
    setStatus(result.ok ? { kind: 'info', text: fillCount(locale, t.sampleLoaded, { n: result.count }) } : { kind: 'error', text: fill(t.sampleFailed, { code: result.code }) });
  };

  const empty =
    portfolio.clients.length === 0 ? t.emptyNoClients : keyAccounts.length === 0 ? t.emptyNoKeyAccounts : classified.length === 0 ? t.emptyNoScores : null;

  // Chart data: one dataset per quadrant so the legend names them; points carry their descriptions.
  const maxRevenue = Math.max(0, ...classified.map((r) => r.revenue ?? 0));
  const describe = (r: ClassifiedAccount) =>
    fill(t.pointDesc, {
      account: nameOf.get(r.key) ?? r.key,
      quadrant: quadrantName(locale, r.quadrant),
      strategy: strategyName(locale, strategyOf(r.quadrant)),
      a: score(locale, r.attractiveness),
      s: score(locale, r.strength),
      revenue: money(r.revenue ?? 0),
    });
  const groups = QUADRANTS.map((q) => classified.filter((r) => r.quadrant === q.id));
  const pointIndex = new Map<string, { datasetIndex: number; index: number }>();
  groups.forEach((g, datasetIndex) => g.forEach((r, index) => pointIndex.set(r.key, { datasetIndex, index })));

  const largest = [...classified].sort((a, b) => (b.revenue ?? 0) - (a.revenue ?? 0))[0];
  const summary =
    classified.length === 0
      ? t.summaryEmpty
      : `${fillCount(locale, t.summary, { n: classified.length, list: QUADRANTS.map((q) => `${counts[q.id]} ${quadrantName(locale, q.id)}`).join(', ') })}${
          largest
            ? ` ${fill(t.summaryLargest, {
                name: nameOf.get(largest.key) ?? largest.key,
                quadrant: quadrantName(locale, largest.quadrant),
                strategy: strategyName(locale, strategyOf(largest.quadrant)),
              })}`
            : ''
        }`;

  const mid = config.midpoint;
  const chartConfig = (palette: ChartPalette): BubbleConfig => ({
    type: 'bubble',
    data: {
      datasets: QUADRANTS.map((q, i) => ({
        label: `${quadrantName(locale, q.id)}: ${strategyName(locale, q.strategy)}`,
        data: groups[i]!.map((r) => ({ x: r.strength, y: r.attractiveness, r: bubbleRadius(r.revenue ?? 0, maxRevenue, 32, 4) })),
        backgroundColor: withAlpha(QUADRANT_COLOR_OF(q.id, palette), 0.55),
        borderColor: QUADRANT_COLOR_OF(q.id, palette),
        borderWidth: 2,
      })),
    },
    options: {
      scales: {
        x: scoreAxis(t.axisX, { fg: palette.fg, grid: palette.grid }, true),
        y: scoreAxis(t.axisY, { fg: palette.fg, grid: palette.grid }),
      },
      plugins: {
        legend: { position: 'bottom', labels: { color: palette.fg } },
        tooltip: {
          callbacks: {
            label: (ctx) => {
              const r = groups[ctx.datasetIndex]?.[ctx.dataIndex];
              return r ? describe(r) : '';
            },
          },
        },
      },
    },
    plugins: [
      areasPlugin(
        QUADRANTS.map((q) => ({
          x: q.strength === 'high' ? [mid, 10] : [0, mid],
          y: q.attractiveness === 'high' ? [mid, 10] : [0, mid],
          fill: withAlpha(QUADRANT_COLOR_OF(q.id, palette), 0.1),
          label: { title: quadrantName(locale, q.id), text: capitalise(strategyName(locale, q.strategy)) },
        })),
        { midpoint: mid, line: palette.muted, text: palette.fg },
      ),
      capturePlugin(holder),
    ],
  });

  const sortedResults = [...classified].sort((a, b) => (b.revenue ?? 0) - (a.revenue ?? 0));
  const chartTable = {
    caption: t.tableCaption,
    headers: [t.colAccount, t.colAttractiveness, t.colStrength, t.colQuadrant, t.colStrategy, t.colRevenue],
    rows: sortedResults.map((r) => [
      nameOf.get(r.key) ?? r.key,
      score(locale, r.attractiveness),
      score(locale, r.strength),
      quadrantName(locale, r.quadrant),
      strategyName(locale, strategyOf(r.quadrant)),
      money(r.revenue ?? 0),
    ]),
    numeric: [1, 2, 5],
  };

  const round = (n: number) => Math.round(n * 10_000) / 10_000;
  const matrixCsv = (): CsvTable => ({
    headers: [
      t.colAccount,
      t.colRevenue,
      ...criteria.map((c) => `${criterionName(locale, c)} (${formatPercent(locale, c.weight / 100)})`),
      t.colAttractiveness,
      t.colStrength,
      t.colQuadrant,
      t.colStrategy,
    ],
    rows: keyAccounts.map((a) => {
      const s = scoresOf(a.key);
      const r = byKey.get(a.key);
      return [
        a.name,
        a.revenue,
        ...criteria.map((c) => (Object.hasOwn(s, c.id) ? s[c.id]! : null)),
        r ? round(r.attractiveness) : null,
        r ? round(r.strength) : null,
        r ? quadrantName(locale, r.quadrant) : t.notScored,
        r ? strategyName(locale, strategyOf(r.quadrant)) : null,
      ];
    }),
  });
  const criteriaCsv = (): CsvTable => ({
    headers: [t.csvAxis, t.csvCriterion, t.csvWeight],
    rows: AXES.flatMap((axis) =>
      config[axis].map((c) => [axis === 'attractiveness' ? t.axisAttractiveness : t.axisStrength, criterionName(locale, c), c.weight]),
    ),
  });

  return (
    <div class="mx-widget" data-widget="classification-matrix">
      <CurrencyNote locale={locale} />
      <MatrixIntro intro={t.intro} empty={empty} loadSampleLabel={t.loadSample} onLoadSample={loadSample} busy={busy} status={status} />

      <h3>{t.criteriaTitle}</h3>
      <p class="muted">{t.criteriaHelp}</p>
      <CriteriaEditor locale={locale} stored={config} onRefused={onRefused} />

      {keyAccounts.length > 0 && (
        <>
          <h3>{t.scoresTitle}</h3>
          <p class="muted">{t.scoresHelp}</p>
          <ScoresTable
            locale={locale}
            t={t}
            config={config}
            accounts={keyAccounts}
            scoresOf={scoresOf}
            results={byKey}
            money={money}
            onRefused={onRefused}
          />
          {classified.length < keyAccounts.length && classified.length > 0 && (
            <p class="muted">{fill(t.incomplete, { n: keyAccounts.length - classified.length, total: keyAccounts.length })}</p>
          )}
        </>
      )}
      {configProblem && <p class="mx-error">{configProblem}</p>}

      <h3>{t.chartTitle}</h3>
      <p class="muted">{fill(t.orientationNote, { mid: formatNumber(locale, mid) })}</p>
      <ChartFigure
        locale={locale}
        config={chartConfig}
        summary={summary}
        table={chartTable}
        dataKey={`${locale}|${mid}|${JSON.stringify(groups.map((g) => g.map((r) => [r.key, r.attractiveness, r.strength, r.revenue])))}`}
        height="square"
      >
        {classified.length > 0 && (
          <>
            <p class="mx-points-title">{t.pointsTitle}</p>
            <ul class="mx-points">
              {sortedResults.map((r) => (
                <li
                  key={r.key}
                  tabIndex={0}
                  class={`mx-point q-${r.quadrant}`}
                  onFocus={() => showPoint(holder, pointIndex.get(r.key) ?? null)}
                  onBlur={() => showPoint(holder, null)}
                >
                  {describe(r)}
                </li>
              ))}
            </ul>
          </>
        )}
      </ChartFigure>

      <h3>{t.cardsTitle}</h3>
      <ul class="mx-cards">
        {QUADRANTS.map((q) => {
          const here = sortedResults.filter((r) => r.quadrant === q.id).map((r) => nameOf.get(r.key) ?? r.key);
          const doText = { strategic: t.doStrategic, star: t.doStar, status: t.doStatus, streamline: t.doStreamline }[q.id];
          return (
            <li class={`card mx-card q-${q.id}`} key={q.id} data-quadrant={q.id}>
              <h4>
                {quadrantName(locale, q.id)}: {strategyName(locale, q.strategy)}
              </h4>
              <p class="muted">{fill(t.cardHigh, { a: q.attractiveness === 'high' ? t.high : t.low, s: q.strength === 'high' ? t.high : t.low })}</p>
              <p>{doText}</p>
              <p>{here.length ? fill(t.accountsHere, { list: here.join(', ') }) : t.noAccountsHere}</p>
            </li>
          );
        })}
      </ul>

      <h3 class="no-print">{t.exportTitle}</h3>
      <p class="mx-actions no-print">
        <button type="button" class="button secondary" data-action="export-matrix" disabled={keyAccounts.length === 0} onClick={() => downloadTableCsv(matrixCsv(), csvFormat, csvFileName(t.fileMatrix)).catch(exportFailed)}>
          {t.exportMatrix}
        </button>
        <button type="button" class="button secondary" data-action="export-criteria" onClick={() => downloadTableCsv(criteriaCsv(), csvFormat, csvFileName(t.fileCriteria)).catch(exportFailed)}>
          {t.exportCriteria}
        </button>
      </p>
    </div>
  );
}
