/**
 * The trainer's class results: import many "workshop results" files at once (file input or drag
 * and drop), validate each one (src/state/workshopResults.ts: bad files are listed with the reason,
 * never fatal), count each participant once (src/domain/classResults.ts), and show the class's
 * quiz scores, stage diagnoses, uncoupling causes and matrix placements as charts with tables.
 * Everything stays in this page's memory: nothing is uploaded or stored.
 */
import { useId, useMemo, useRef, useState } from 'preact/hooks';
import type { ChartConfiguration, Plugin } from 'chart.js';
import { ChartFigure } from '../../charts/ChartFigure';
import { withAlpha, type ChartPalette } from '../../charts/colors';
import { STAGE_IDS } from '../../domain/index';
import type { QuadrantId, StageId } from '../../domain/index';
import { aggregateClassResults, mergeSubmissions } from '../../domain/classResults';
import type { DuplicateReport, Submission } from '../../domain/classResults';
import { STAGE_TEXTS } from '../../i18n/domain-texts/stages';
import { UNCOUPLING_TEXTS } from '../../i18n/domain-texts/uncoupling';
import { MATRIX_TEXTS } from '../../i18n/domain-texts/matrices';
import { formatDate, formatNumber, formatPercent } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { RESULTS_MAX_CHARS, parseWorkshopResults } from '../../state/workshopResults';
import type { ResultsErrorCode, WorkshopResults } from '../../state/workshopResults';
import { STRINGS } from './strings';
import { fill } from '../../i18n/fill';
import { fillCount } from '../../i18n/plural';
import './class-results.css';

export interface ClassResultsProps {
  locale: Locale;
  /** Lesson ids and titles in course order. */
  lessons: { id: string; title: string }[];
}

type Rejected = { fileName: string; reason: string };
type Snapshot = { accepted: Submission<WorkshopResults>[]; rejected: Rejected[]; duplicates: DuplicateReport[] };
const EMPTY: Snapshot = { accepted: [], rejected: [], duplicates: [] };

const STAGE_COLOURS: Record<StageId, (p: ChartPalette) => string> = {
  pre: (p) => p.c,
  early: (p) => p.b,
  mid: (p) => withAlpha(p.accent, 0.55),
  partnership: (p) => p.accent,
  synergistic: (p) => p.ok,
  uncoupling: (p) => p.danger,
};
const POINT_STYLES = ['circle', 'triangle', 'rect', 'rectRot', 'star', 'crossRot'] as const;

function midpointLines(colour: string): Plugin {
  return {
    id: 'classMidpoint',
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      const x = scales['x']?.getPixelForValue(5);
      const y = scales['y']?.getPixelForValue(5);
      if (x === undefined || y === undefined) return;
      ctx.save();
      ctx.strokeStyle = colour;
      ctx.setLineDash([6, 4]);
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      ctx.moveTo(x, chartArea.top);
      ctx.lineTo(x, chartArea.bottom);
      ctx.moveTo(chartArea.left, y);
      ctx.lineTo(chartArea.right, y);
      ctx.stroke();
      ctx.restore();
    },
  };
}

export default function ClassResults({ locale, lessons }: ClassResultsProps) {
  const s = STRINGS[locale];
  const d = { ...STAGE_TEXTS[locale], ...UNCOUPLING_TEXTS[locale], ...MATRIX_TEXTS[locale] };
  const id = useId();
  const [data, setData] = useState<Snapshot>(EMPTY);
  const [lastBatch, setLastBatch] = useState<{ ok: number; bad: number; dup: number } | null>(null);
  const [reading, setReading] = useState(0);
  const [dragging, setDragging] = useState(false);
  const [undoToken, setUndoToken] = useState<Snapshot | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  // The latest data, for imports that finish after a re-render (files are read asynchronously).
  const dataRef = useRef<Snapshot>(data);
  dataRef.current = data;

  const lessonTitle = (lessonId: string) => lessons.find((l) => l.id === lessonId)?.title ?? lessonId;
  const stageName = (stage: StageId) => d.stages[stage].name;
  const quadrantName = (q: QuadrantId) => d.quadrants[q].name;
  const pct = (x: number) => formatPercent(locale, x);
  const num = (x: number) => formatNumber(locale, x, 2);

  const results = useMemo(
    () => aggregateClassResults(data.accepted.map((a) => a.results), { lessonOrder: lessons.map((l) => l.id) }),
    [data.accepted, lessons],
  );

  function reasonText(code: ResultsErrorCode | 'read', path?: string): string {
    switch (code) {
      case 'empty': return s.errEmpty;
      case 'too-large': return s.errTooLarge;
      case 'not-json': return s.errNotJson;
      case 'hostile': return s.errHostile;
      case 'backup-file': return s.errBackup;
      case 'not-results': return s.errNotResults;
      case 'newer-version': return s.errNewer;
      case 'invalid': return fill(s.errInvalid, { path: path || '—' });
      default: return s.errRead;
    }
  }

  async function importFiles(list: FileList | File[] | null) {
    const files = list ? [...list] : [];
    if (files.length === 0) return;
    setMessage(null);
    setUndoToken(null);
    setReading(files.length);
    const incoming: Submission<WorkshopResults>[] = [];
    const rejected: Rejected[] = [];
    for (const file of files) {
      if (file.size > RESULTS_MAX_CHARS * 4) {
        rejected.push({ fileName: file.name, reason: reasonText('too-large') });
        continue;
      }
      let text: string;
      try {
        text = await file.text();
      } catch {
        rejected.push({ fileName: file.name, reason: reasonText('read') });
        continue;
      }
      const parsed = parseWorkshopResults(text);
      if (parsed.ok) incoming.push({ fileName: file.name, results: parsed.results });
      else rejected.push({ fileName: file.name, reason: reasonText(parsed.code, parsed.path) });
    }
    const current = dataRef.current;
    const merged = mergeSubmissions(current.accepted, incoming);
    const next = { accepted: merged.accepted, rejected: [...current.rejected, ...rejected], duplicates: [...current.duplicates, ...merged.duplicates] };
    dataRef.current = next;
    setData(next);
    setLastBatch({ ok: incoming.filter((i) => merged.accepted.includes(i)).length, bad: rejected.length, dup: merged.duplicates.length });
    setReading(0);
    if (fileInput.current) fileInput.current.value = '';
  }

  function clearAll() {
    setUndoToken(data);
    dataRef.current = EMPTY;
    setData(EMPTY);
    setLastBatch(null);
    setMessage(s.cleared);
  }

  function undoClear() {
    if (!undoToken) return;
    dataRef.current = undoToken;
    setData(undoToken);
    setUndoToken(null);
    setMessage(s.restored);
  }

  const hasAny = data.accepted.length > 0;

  // ---- quiz figure
  const quiz = results.quizzes;
  const best = quiz.length > 0 ? quiz.reduce((a, b) => (b.average > a.average ? b : a)) : null;
  const worst = quiz.length > 0 ? quiz.reduce((a, b) => (b.average < a.average ? b : a)) : null;

  // ---- stage figure
  const stages = results.stages;
  const mostAgreed = stages
    .filter((x) => x.consensus !== null)
    .map((x) => ({ x, share: x.counts[x.consensus!] / x.total }))
    .sort((a, b) => b.share - a.share)[0];

  // ---- causes
  const causes = results.causes;
  const topCause = causes[0];

  // ---- matrix
  const points = results.matrix.points;
  const matrixAccounts = results.matrix.accounts;

  return (
    <div class="class-results" data-widget="class-results">
      <p class="prose">{s.intro}</p>

      <div
        class={`cr-drop no-print${dragging ? ' is-dragging' : ''}`}
        onDragEnter={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragOver={(e) => {
          e.preventDefault();
          if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={(e) => {
          if (e.currentTarget === e.target) setDragging(false);
        }}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void importFiles(e.dataTransfer?.files ?? null);
        }}
        data-dropzone
      >
        <label for={`${id}-files`} class="cr-file-label">{s.fileLabel}</label>
        <input
          id={`${id}-files`}
          ref={fileInput}
          type="file"
          multiple
          accept=".json,application/json"
          aria-describedby={`${id}-drop-hint`}
          onChange={(e) => void importFiles((e.currentTarget as HTMLInputElement).files)}
        />
        <p class="cr-drop-title" aria-hidden="true">{dragging ? s.dropActive : s.dropTitle}</p>
        <p id={`${id}-drop-hint`} class="muted">{s.dropHint}</p>
      </div>

      <div role="status" class="cr-status">
        {reading > 0 && <p>{fillCount(locale, s.reading, { n: reading })}</p>}
        {reading === 0 && lastBatch && <p data-import-summary>{fillCount(locale, s.importedSummary, { ok: lastBatch.ok, bad: lastBatch.bad, dup: lastBatch.dup })}</p>}
        {message && <p>{message}</p>}
      </div>
      {undoToken && (
        <p class="no-print">
          <button type="button" class="button secondary" data-action="undo" onClick={undoClear}>{s.undo}</button>
        </p>
      )}

      {data.rejected.length > 0 && (
        <section class="cr-problems" aria-labelledby={`${id}-rejected`}>
          <h2 id={`${id}-rejected`}>{s.rejectedTitle}</h2>
          <div class="table-scroll">
            <table data-table="rejected">
              <thead><tr><th scope="col">{s.fileCol}</th><th scope="col">{s.reasonCol}</th></tr></thead>
              <tbody>
                {data.rejected.map((r, i) => (
                  <tr key={i}><th scope="row">{r.fileName}</th><td>{r.reason}</td></tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {data.duplicates.length > 0 && (
        <section class="cr-problems" aria-labelledby={`${id}-dups`}>
          <h2 id={`${id}-dups`}>{s.duplicatesTitle}</h2>
          <div class="table-scroll">
            <table data-table="duplicates">
              <thead><tr><th scope="col">{s.fileCol}</th><th scope="col">{s.reasonCol}</th></tr></thead>
              <tbody>
                {data.duplicates.map((r, i) => (
                  <tr key={i}>
                    <th scope="row">{r.fileName}</th>
                    <td>{r.reason === 'same-export' ? fill(s.dupSame, { kept: r.keptFileName }) : fill(s.dupOlder, { participant: r.participant, kept: r.keptFileName })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      {!hasAny && <p class="note" data-empty>{s.emptyState}</p>}

      {hasAny && (
        <>
          <section aria-labelledby={`${id}-participants`}>
            <h2 id={`${id}-participants`}>{s.participantsTitle}</h2>
            <p data-participants={results.participants}>{fillCount(locale, s.participantsCount, { n: results.participants, g: results.groups.length })}</p>
            <details class="cr-details">
              <summary>{s.participantsTitle} ({results.participants})</summary>
              <div class="table-scroll">
                <table data-table="participants">
                  <thead><tr><th scope="col">{s.participantCol}</th><th scope="col">{s.groupCol}</th><th scope="col">{s.exportedCol}</th><th scope="col">{s.fileCol}</th></tr></thead>
                  <tbody>
                    {data.accepted.map((a, i) => (
                      <tr key={i}>
                        <th scope="row">{a.results.participant}</th>
                        <td>{a.results.group || s.noGroup}</td>
                        <td>{formatDate(locale, a.results.exportedAt, 'short')}</td>
                        <td>{a.fileName}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
            <p class="cr-actions no-print">
              <button type="button" class="button secondary" onClick={() => window.print()}>{s.print}</button>
              <button type="button" class="button danger" data-action="clear" onClick={clearAll}>{s.clear}</button>
            </p>
          </section>

          <section aria-labelledby={`${id}-quiz`} data-section="quizzes">
            <h2 id={`${id}-quiz`}>{s.quizTitle}</h2>
            {quiz.length === 0 || !best || !worst ? (
              <p>{s.quizNone}</p>
            ) : (
              <ChartFigure
                locale={locale}
                dataKey={JSON.stringify(quiz)}
                summary={fillCount(locale, s.quizSummary, { best: lessonTitle(best.lesson), bestAvg: pct(best.average), worst: lessonTitle(worst.lesson), worstAvg: pct(worst.average), n: quiz.length })}
                table={{
                  caption: s.quizCaption,
                  headers: [s.lessonCol, s.countCol, s.averageCol, s.minCol, s.maxCol],
                  rows: quiz.map((q) => [lessonTitle(q.lesson), q.count, pct(q.average), pct(q.min), pct(q.max)]),
                  numeric: [1, 2, 3, 4],
                }}
                config={(p: ChartPalette): ChartConfiguration => ({
                  type: 'bar',
                  data: {
                    labels: quiz.map((q) => lessonTitle(q.lesson)),
                    datasets: [
                      { label: s.averageLabel, data: quiz.map((q) => Math.round(q.average * 1000) / 10), backgroundColor: p.accent },
                      { label: s.minCol, data: quiz.map((q) => Math.round(q.min * 1000) / 10), backgroundColor: withAlpha(p.c, 0.7) },
                      { label: s.maxCol, data: quiz.map((q) => Math.round(q.max * 1000) / 10), backgroundColor: p.ok },
                    ],
                  },
                  options: {
                    indexAxis: 'y',
                    scales: {
                      x: { min: 0, max: 100, ticks: { color: p.fg, callback: (v) => formatPercent(locale, Number(v) / 100) }, grid: { color: p.grid } },
                      y: { ticks: { color: p.fg }, grid: { display: false } },
                    },
                    plugins: { legend: { labels: { color: p.fg } } },
                  },
                })}
                height="tall"
              />
            )}
          </section>

          <section aria-labelledby={`${id}-stages`} data-section="stages">
            <h2 id={`${id}-stages`}>{s.stagesTitle}</h2>
            {stages.length === 0 ? (
              <p>{s.stagesNone}</p>
            ) : (
              <>
                <ChartFigure
                  locale={locale}
                  dataKey={JSON.stringify(stages.map((x) => [x.account, x.counts]))}
                  summary={fillCount(locale, s.stagesSummary, {
                    n: stages.length,
                    agreement: mostAgreed ? fill(s.stagesAgree, { account: mostAgreed.x.name, share: pct(mostAgreed.share), stage: stageName(mostAgreed.x.consensus!) }) : '',
                  }).trim()}
                  table={{
                    caption: s.stagesCaption,
                    headers: [s.accountCol, ...STAGE_IDS.map(stageName), s.consensusCol],
                    rows: stages.map((x) => [x.name, ...STAGE_IDS.map((st) => x.counts[st]), x.consensus ? stageName(x.consensus) : s.noConsensus]),
                    numeric: STAGE_IDS.map((_, i) => i + 1),
                  }}
                  config={(p: ChartPalette): ChartConfiguration => ({
                    type: 'bar',
                    data: {
                      labels: stages.map((x) => x.name),
                      datasets: STAGE_IDS.map((st) => ({ label: stageName(st), data: stages.map((x) => x.counts[st]), backgroundColor: STAGE_COLOURS[st](p), borderColor: p.bg, borderWidth: 1 })),
                    },
                    options: {
                      indexAxis: 'y',
                      scales: {
                        x: { stacked: true, ticks: { color: p.fg, precision: 0 }, grid: { color: p.grid } },
                        y: { stacked: true, ticks: { color: p.fg }, grid: { display: false } },
                      },
                      plugins: { legend: { labels: { color: p.fg } } },
                    },
                  })}
                />
                <div class="table-scroll">
                  <table data-table="stages">
                    <caption>{s.stagesCaption}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{s.accountCol}</th>
                        {STAGE_IDS.map((st) => <th scope="col" class="num" key={st}>{stageName(st)}</th>)}
                        <th scope="col">{s.consensusCol}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {stages.map((x) => (
                        <tr key={x.account} data-account={x.account}>
                          <th scope="row">{x.name}</th>
                          {STAGE_IDS.map((st) => <td class="num" key={st} data-stage={st}>{x.counts[st]}</td>)}
                          <td>{x.consensus ? stageName(x.consensus) : s.noConsensus}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                <h3>{s.byGroupTitle}</h3>
                <div class="table-scroll">
                  <table data-table="stages-by-group">
                    <caption class="sr-only">{s.byGroupCaption}</caption>
                    <thead><tr><th scope="col">{s.accountCol}</th><th scope="col">{s.groupCol}</th><th scope="col">{s.stagesTitle}</th></tr></thead>
                    <tbody>
                      {stages.flatMap((x) =>
                        x.byGroup.map((g, i) => (
                          <tr key={`${x.account}-${i}`}>
                            <th scope="row">{x.name}</th>
                            <td>{g.group || s.noGroup}</td>
                            <td>{STAGE_IDS.filter((st) => g.counts[st] > 0).map((st) => `${stageName(st)}: ${g.counts[st]}`).join(' · ')}</td>
                          </tr>
                        )),
                      )}
                    </tbody>
                  </table>
                </div>
              </>
            )}
          </section>

          <section aria-labelledby={`${id}-causes`} data-section="causes">
            <h2 id={`${id}-causes`}>{s.causesTitle}</h2>
            {results.checklists === 0 || !topCause ? (
              <p>{s.causesNone}</p>
            ) : (
              <>
                <ChartFigure
                  locale={locale}
                  dataKey={JSON.stringify(causes)}
                  summary={fill(s.causesSummary, { cause: d.causes[topCause.cause].name, n: topCause.checklists, total: results.checklists, share: pct(topCause.share) })}
                  table={{
                    caption: s.causesCaption,
                    headers: [s.causeCol, s.checklistsCol, s.shareCol, s.ticksCol],
                    rows: causes.map((c) => [d.causes[c.cause].name, c.checklists, pct(c.share), c.ticks]),
                    numeric: [1, 2, 3],
                  }}
                  config={(p: ChartPalette): ChartConfiguration => ({
                    type: 'bar',
                    data: {
                      labels: causes.map((c) => d.causes[c.cause].name),
                      datasets: [{ label: s.checklistsCol, data: causes.map((c) => c.checklists), backgroundColor: causes.map((c) => (c.external ? p.b : p.danger)) }],
                    },
                    options: {
                      indexAxis: 'y',
                      scales: {
                        x: { min: 0, ticks: { color: p.fg, precision: 0 }, grid: { color: p.grid } },
                        y: { ticks: { color: p.fg }, grid: { display: false } },
                      },
                      plugins: { legend: { display: false } },
                    },
                  })}
                />
                {results.indicators.length > 0 && (
                  <>
                    <h3>{s.indicatorsTitle}</h3>
                    <div class="table-scroll">
                      <table data-table="indicators">
                        <thead><tr><th scope="col">{s.indicatorCol}</th><th scope="col">{s.causeCol}</th><th scope="col" class="num">{s.timesCol}</th></tr></thead>
                        <tbody>
                          {results.indicators.slice(0, 10).map((x) => (
                            <tr key={x.indicator}>
                              <th scope="row">{(d.indicators as Record<string, string>)[x.indicator] ?? x.indicator}</th>
                              <td>{d.causes[x.cause].name}</td>
                              <td class="num">{x.count}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  </>
                )}
              </>
            )}
          </section>

          <section aria-labelledby={`${id}-matrix`} data-section="matrix">
            <h2 id={`${id}-matrix`}>{s.matrixTitle}</h2>
            {points.length === 0 ? (
              <p>{s.matrixNone}</p>
            ) : (
              <>
                <ChartFigure
                  locale={locale}
                  dataKey={JSON.stringify(points)}
                  height="square"
                  summary={fillCount(locale, s.matrixSummary, { n: points.length, a: matrixAccounts.length })}
                  table={{
                    caption: s.matrixCaption,
                    headers: [s.participantCol, s.groupCol, s.accountCol, s.attractivenessCol, s.strengthCol, s.quadrantCol],
                    rows: points.map((pt) => [pt.participant, pt.group || s.noGroup, pt.name, num(pt.attractiveness), num(pt.strength), quadrantName(pt.quadrant)]),
                    numeric: [3, 4],
                  }}
                  config={(p: ChartPalette): ChartConfiguration => {
                    const colours = [p.accent, p.b, p.ok, p.danger, p.c, p.warn];
                    return {
                      type: 'scatter',
                      data: {
                        datasets: matrixAccounts.map((acc, i) => ({
                          label: acc.name,
                          data: points.filter((pt) => pt.account === acc.account).map((pt) => ({ x: pt.strength, y: pt.attractiveness })),
                          backgroundColor: withAlpha(colours[i % colours.length]!, 0.75),
                          borderColor: colours[i % colours.length]!,
                          pointStyle: POINT_STYLES[i % POINT_STYLES.length],
                          pointRadius: 7,
                        })),
                      },
                      options: {
                        scales: {
                          x: { min: 0, max: 10, title: { display: true, text: s.xAxis, color: p.fg }, ticks: { color: p.fg }, grid: { color: p.grid } },
                          y: { min: 0, max: 10, title: { display: true, text: s.yAxis, color: p.fg }, ticks: { color: p.fg }, grid: { color: p.grid } },
                        },
                        plugins: { legend: { labels: { color: p.fg, usePointStyle: true } } },
                      },
                      plugins: [midpointLines(p.muted)],
                    };
                  }}
                />
                <div class="table-scroll">
                  <table data-table="matrix">
                    <caption>{s.matrixMeansCaption}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{s.accountCol}</th>
                        <th scope="col" class="num">{s.placementsCol}</th>
                        <th scope="col" class="num">{s.meanAttractivenessCol}</th>
                        <th scope="col" class="num">{s.meanStrengthCol}</th>
                        <th scope="col">{s.quadrantCol}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {matrixAccounts.map((a) => (
                        <tr key={a.account} data-account={a.account}>
                          <th scope="row">{a.name}</th>
                          <td class="num">{a.count}</td>
                          <td class="num">{num(a.meanAttractiveness)}</td>
                          <td class="num">{num(a.meanStrength)}</td>
                          <td>
                            {(['strategic', 'star', 'status', 'streamline'] as const)
                              .filter((q) => a.quadrantCounts[q] > 0)
                              .map((q) => `${quadrantName(q)}: ${a.quadrantCounts[q]}`)
                              .join(' · ')}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            )}
          </section>
        </>
      )}
    </div>
  );
}
