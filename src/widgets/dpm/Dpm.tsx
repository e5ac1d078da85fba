/**
 * Directional policy matrix island: a table editor of segments (add, edit, remove with undo), the
 * chart (filled bubble now, hollow bubble in three years, an arrow between them, bubble area ∝
 * revenue on one scale for both), and the table behind it. Positions, quadrants, growth and
 * direction come from the domain's `dpmPoints`.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { QUADRANTS, bubbleRadius, dpmPoints, strategyOf } from '../../domain/index.ts';
import type { DpmDirection, DpmPoint, Segment } from '../../domain/index.ts';
import { ChartFigure } from '../../charts/ChartFigure';
import { withAlpha } from '../../charts/colors';
import type { ChartPalette } from '../../charts/colors';
import type { Locale } from '../../i18n/locales';
import { formatMoney, formatPercent } from '../../i18n/format';
import { $segments, $settings, saveSegment, removeSegment, setSegments, updateSegment } from '../../state/index.ts';
import type { WriteResult } from '../../state/index.ts';
import { useStored } from '../shared/useStored';
import { useDataCurrency } from '../shared/useDataCurrency.ts';
import { csvFileName, downloadTableCsv } from '../shared/tableCsv';
import { areasPlugin, arrowsPlugin, capturePlugin, scoreAxis, showPoint } from '../classification-matrix/matrixChart';
import type { BubbleConfig, ChartHolder } from '../classification-matrix/matrixChart';
import { QUADRANT_COLOR_OF } from '../classification-matrix/colors';
import { directionName, quadrantName, strategyName } from '../classification-matrix/names';
import { formatTyped, parseTyped, score } from '../classification-matrix/util';
import { useTyping } from '../shared/useTyping.ts';
import { stepOnArrow } from '../shared/stepInput.ts';
import { roundMoney } from '../../domain/money.ts';
import { fill } from '../../i18n/fill';
import { fillCount } from '../../i18n/plural';
import { loadDpmSample } from '../classification-matrix/lazySamples';
import { STRINGS } from './strings';
import '../classification-matrix/matrix.css';
import { MatrixIntro } from '../classification-matrix/MatrixIntro';
import type { MatrixStatus } from '../classification-matrix/MatrixIntro';
import { CurrencyNote } from '../shared/CurrencyNote.tsx';

type NumField = 'revenueNow' | 'revenueIn3Years' | 'attractivenessNow' | 'strengthNow' | 'attractivenessIn3Years' | 'strengthIn3Years';
const NUM_FIELDS: readonly NumField[] = ['revenueNow', 'revenueIn3Years', 'attractivenessNow', 'strengthNow', 'attractivenessIn3Years', 'strengthIn3Years'];
const isMoney = (f: NumField) => f === 'revenueNow' || f === 'revenueIn3Years';

const refused = (r: WriteResult): boolean => !r.ok && r.reason !== 'not-saved';

let idCounter = 0;
const newSegmentId = (): string => `seg-${Date.now().toString(36)}-${(idCounter++).toString(36)}`;

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export default function Dpm({ locale }: { locale: Locale }) {
  const t = STRINGS[locale];
  const segments = useStored($segments);
  const dataCurrency = useDataCurrency(locale);
  const settings = useStored($settings);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const typing = useTyping();
  const [undo, setUndo] = useState<{ segment: Segment; index: number } | null>(null);
  const [status, setStatus] = useState<MatrixStatus>(null);
  const [busy, setBusy] = useState(false);
  const [focusId, setFocusId] = useState<string | null>(null);
  const holder = useRef<ChartHolder>({ chart: null }).current;
  const editor = useRef<HTMLTableElement>(null);

  const currency = dataCurrency.currency;
  const money = (n: number) => formatMoney(locale, n, currency);
  const label: Record<NumField, string> = {
    revenueNow: t.colRevenueNow,
    revenueIn3Years: t.colRevenue3,
    attractivenessNow: t.colANow,
    strengthNow: t.colSNow,
    attractivenessIn3Years: t.colA3,
    strengthIn3Years: t.colS3,
  };
  const segmentName = (s: { name: string }, index: number) => (s.name.trim() === '' ? fill(t.unnamed, { n: index + 1 }) : s.name);
  const onRefused = () => setStatus({ kind: 'error', text: t.refused });

  const result = dpmPoints(segments);
  const points: DpmPoint[] = result.ok ? result.points : [];
  const indexOf = new Map(segments.map((s, i) => [s.id, i]));
  const nameOfPoint = (p: DpmPoint) => segmentName(p, indexOf.get(p.id) ?? 0);
  const directionText = (d: DpmDirection): string => directionName(locale, d);

  // ----- editing

  const onName = (s: Segment, value: string) => {
    if (refused(updateSegment(s.id, { name: value }))) onRefused();
  };

  const onNumber = (s: Segment, field: NumField, input: HTMLInputElement) => {
    const cell = `${s.id}\u0000${field}`;
    typing.typed(cell, input.value);
    const n = parseTyped(input.value, locale);
    const ok = n !== null && !Number.isNaN(n) && n >= 0 && (isMoney(field) || n <= 10);
    setDrafts((d) => {
      const next = { ...d };
      if (ok) delete next[cell];
      else next[cell] = input.value;
      return next;
    });
    if (ok && refused(updateSegment(s.id, { [field]: isMoney(field) ? roundMoney(n) : n }))) onRefused();
  };

  const add = () => {
    const s: Segment = {
      id: newSegmentId(),
      name: t.newSegmentName,
      revenueNow: 0,
      revenueIn3Years: 0,
      attractivenessNow: 5,
      strengthNow: 5,
      attractivenessIn3Years: 5,
      strengthIn3Years: 5,
    };
    if (refused(saveSegment(s))) return onRefused();
    setFocusId(s.id);
  };

  // Focus the new segment's name once its row is on screen.
  useEffect(() => {
    if (focusId === null) return;
    const input = editor.current?.querySelector<HTMLInputElement>(`input[data-segment="${focusId}"][data-field="name"]`);
    if (input) {
      input.focus();
      setFocusId(null);
    }
  });

  const remove = (s: Segment) => {
    const index = segments.findIndex((x) => x.id === s.id);
    if (refused(removeSegment(s.id))) return onRefused();
    setUndo({ segment: s, index });
    setDrafts((d) => Object.fromEntries(Object.entries(d).filter(([k]) => !k.startsWith(`${s.id}\u0000`))));
  };

  const restore = () => {
    if (!undo) return;
    const list = $segments.get();
    if (!list.some((x) => x.id === undo.segment.id)) {
      const next = [...list];
      next.splice(Math.min(undo.index, next.length), 0, undo.segment);
      if (refused(setSegments(next))) onRefused();
    }
    setUndo(null);
  };

  const loadSample = async () => {
    setBusy(true);
    setStatus({ kind: 'info', text: t.loadingSample });
    const r = await loadDpmSample(locale);
    setBusy(false);
    setStatus(r.ok ? { kind: 'info', text: fillCount(locale, t.sampleLoaded, { n: r.count }) } : { kind: 'error', text: fill(t.sampleFailed, { code: r.code }) });
  };

  // ----- chart

  const maxRevenue = Math.max(0, ...points.flatMap((p) => [p.now.revenue, p.future.revenue]));
  const radius = (revenue: number) => bubbleRadius(revenue, maxRevenue, 34, 4);
  const growthText = (p: DpmPoint) => (p.growthRate === null ? '–' : formatPercent(locale, p.growthRate, 1));
  const describe = (p: DpmPoint) =>
    fill(t.pointDesc, {
      segment: nameOfPoint(p),
      aNow: score(locale, p.now.attractiveness),
      sNow: score(locale, p.now.strength),
      rNow: money(p.now.revenue),
      qNow: strategyName(locale, strategyOf(p.now.quadrant)),
      a3: score(locale, p.future.attractiveness),
      s3: score(locale, p.future.strength),
      r3: money(p.future.revenue),
      q3: strategyName(locale, strategyOf(p.future.quadrant)),
      direction: directionText(p.direction),
      growth: p.growthRate === null ? '' : fill(t.growthPart, { growth: growthText(p) }),
    });

  const counts: Record<DpmDirection, number> = { improving: 0, stable: 0, declining: 0 };
  for (const p of points) counts[p.direction]++;
  const largest = [...points].sort((a, b) => b.now.revenue - a.now.revenue)[0];
  const summary =
    points.length === 0
      ? t.summaryEmpty
      : `${fillCount(locale, t.summary, {
          n: points.length,
          now: money(points.reduce((s, p) => s + p.now.revenue, 0)),
          future: money(points.reduce((s, p) => s + p.future.revenue, 0)),
          ...counts,
        })}${largest ? ` ${fill(t.summaryLargest, { name: nameOfPoint(largest), quadrant: strategyName(locale, strategyOf(largest.now.quadrant)) })}` : ''}`;

  const mid = 5;
  const chartConfig = (palette: ChartPalette): BubbleConfig => {
    const colors = points.map((p) => QUADRANT_COLOR_OF(p.now.quadrant, palette));
    return {
      type: 'bubble',
      data: {
        datasets: [
          {
            label: t.legendNow,
            data: points.map((p) => ({ x: p.now.strength, y: p.now.attractiveness, r: radius(p.now.revenue) })),
            backgroundColor: colors.map((c) => withAlpha(c, 0.55)),
            borderColor: colors,
            borderWidth: 2,
          },
          {
            label: t.legend3,
            data: points.map((p) => ({ x: p.future.strength, y: p.future.attractiveness, r: radius(p.future.revenue) })),
            backgroundColor: 'transparent',
            borderColor: colors,
            borderWidth: 2.5,
          },
        ],
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
                const p = points[ctx.dataIndex];
                return p ? describe(p) : '';
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
            label: { title: capitalise(strategyName(locale, q.strategy)), text: quadrantName(locale, q.id) },
          })),
          { midpoint: mid, line: palette.muted, text: palette.fg },
        ),
        arrowsPlugin(0, 1, palette.fg),
        {
          id: 'kamSegmentNames',
          afterDatasetsDraw(chart) {
            const { ctx } = chart;
            ctx.save();
            ctx.fillStyle = palette.fg;
            ctx.font = '600 12px system-ui, sans-serif';
            ctx.textAlign = 'center';
            ctx.textBaseline = 'middle';
            chart.getDatasetMeta(0).data.forEach((el, i) => {
              const p = points[i];
              if (p) ctx.fillText(nameOfPoint(p), el.x, el.y);
            });
            ctx.restore();
          },
        },
        capturePlugin(holder),
      ],
    };
  };

  const chartTable = {
    caption: t.tableCaption,
    headers: [t.colSegment, t.colRevenueNow, t.colRevenue3, t.colGrowth, t.colANow, t.colSNow, t.colA3, t.colS3, t.colQuadrantNow, t.colQuadrant3, t.colDirection],
    rows: points.map((p) => [
      nameOfPoint(p),
      money(p.now.revenue),
      money(p.future.revenue),
      growthText(p),
      score(locale, p.now.attractiveness),
      score(locale, p.now.strength),
      score(locale, p.future.attractiveness),
      score(locale, p.future.strength),
      `${quadrantName(locale, p.now.quadrant)}: ${strategyName(locale, strategyOf(p.now.quadrant))}`,
      `${quadrantName(locale, p.future.quadrant)}: ${strategyName(locale, strategyOf(p.future.quadrant))}`,
      directionText(p.direction),
    ]),
    numeric: [1, 2, 3, 4, 5, 6, 7],
  };

  const exportCsv = () =>
    downloadTableCsv(
      {
        headers: [t.colSegment, t.colRevenueNow, t.colRevenue3, t.colANow, t.colSNow, t.colA3, t.colS3, t.colQuadrantNow, t.colQuadrant3, t.colDirection, t.colGrowth],
        rows: points.map((p) => [
          p.name,
          p.now.revenue,
          p.future.revenue,
          p.now.attractiveness,
          p.now.strength,
          p.future.attractiveness,
          p.future.strength,
          quadrantName(locale, p.now.quadrant),
          quadrantName(locale, p.future.quadrant),
          directionText(p.direction),
          p.growthRate === null ? null : Math.round(p.growthRate * 10_000) / 10_000,
        ]),
      },
      settings.numberFormat,
      csvFileName(t.fileName),
    );

  const errors = Object.keys(drafts).slice(0, 3).map((cell) => {
    const [id, field] = cell.split('\u0000') as [string, NumField];
    const i = indexOf.get(id) ?? 0;
    const s = segments[i];
    return { cell, text: fill(isMoney(field) ? t.moneyError : t.scoreError, { segment: s ? segmentName(s, i) : id, field: label[field] }) };
  });

  return (
    <div class="mx-widget" data-widget="dpm">
      <CurrencyNote locale={locale} />
      <MatrixIntro intro={t.intro} empty={segments.length === 0 ? t.empty : null} loadSampleLabel={t.loadSample} onLoadSample={loadSample} busy={busy} status={status} />

      <h3>{t.editorTitle}</h3>
      <p class="muted">{t.editorHelp}</p>
      {segments.length > 0 && (
        <div class="table-scroll">
          <table class="mx-scores mx-segments" ref={editor}>
            <caption class="sr-only">{t.editorTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{t.colSegment}</th>
                {NUM_FIELDS.map((f) => (
                  <th scope="col" class="num" key={f}>{label[f]}</th>
                ))}
                <th scope="col" class="no-print"><span class="sr-only">{t.removeSegment.replace('“{segment}”', '')}</span></th>
              </tr>
            </thead>
            <tbody>
              {segments.map((s, i) => {
                const name = segmentName(s, i);
                return (
                  <tr key={s.id} data-segment={s.id}>
                    <td>
                      <input
                        class="mx-name"
                        type="text"
                        maxLength={500}
                        value={s.name}
                        data-segment={s.id}
                        data-field="name"
                        aria-label={fill(t.fieldLabel, { segment: fill(t.unnamed, { n: i + 1 }), field: t.nameField })}
                        onInput={(e) => onName(s, e.currentTarget.value)}
                      />
                    </td>
                    {NUM_FIELDS.map((f) => {
                      const cell = `${s.id}\u0000${f}`;
                      const draft = drafts[cell];
                      return (
                        <td class="num" key={f}>
                          <input
                            class={isMoney(f) ? 'mx-money' : 'mx-score'}
                            type="text"
                            inputMode="decimal"
                            value={draft ?? typing.text(cell, formatTyped(locale, s[f]))}
                            onBlur={() => typing.done(cell)}
                            onKeyDown={(e) => stepOnArrow(e, isMoney(f) ? { locale, min: 0, step: 1000 } : { locale, min: 0, max: 10, step: 0.5 })}
                            data-segment={s.id}
                            data-field={f}
                            aria-invalid={draft !== undefined ? 'true' : undefined}
                            aria-label={fill(t.fieldLabel, { segment: name, field: label[f] })}
                            onInput={(e) => onNumber(s, f, e.currentTarget)}
                          />
                        </td>
                      );
                    })}
                    <td class="no-print">
                      <button type="button" class="button secondary mx-small" onClick={() => remove(s)}>
                        <span aria-hidden="true">✕</span>
                        <span class="sr-only">{fill(t.removeSegment, { segment: name })}</span>
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div aria-live="polite">
        {errors.map((e) => (
          <p class="mx-error" role="alert" key={e.cell}>{e.text}</p>
        ))}
        {undo && (
          <p class="mx-undo no-print">
            {fill(t.removed, { segment: segmentName(undo.segment, undo.index) })}{' '}
            <button type="button" class="button secondary mx-small" onClick={restore}>
              {t.undo}
            </button>
          </p>
        )}
      </div>
      <p class="no-print">
        <button type="button" class="button secondary" onClick={add}>
          {t.addSegment}
        </button>
      </p>

      <h3>{t.chartTitle}</h3>
      <p class="muted">{t.orientationNote}</p>
      <ChartFigure
        locale={locale}
        config={chartConfig}
        summary={summary}
        table={chartTable}
        dataKey={`${locale}|${JSON.stringify(points.map((p) => [nameOfPoint(p), p.now, p.future]))}`}
        height="square"
      >
        {points.length > 0 && (
          <>
            <p class="mx-points-title">{t.pointsTitle}</p>
            <ul class="mx-points">
              {points.map((p, i) => (
                <li
                  key={p.id}
                  tabIndex={0}
                  class={`mx-point q-${p.now.quadrant}`}
                  onFocus={() => showPoint(holder, { datasetIndex: 0, index: i })}
                  onBlur={() => showPoint(holder, null)}
                >
                  {describe(p)}
                </li>
              ))}
            </ul>
          </>
        )}
      </ChartFigure>

      <h3>{t.meaningsTitle}</h3>
      <ul class="mx-cards">
        {QUADRANTS.map((q) => (
          <li class={`card mx-card q-${q.id}`} key={q.id}>
            <h4>{capitalise(strategyName(locale, q.strategy))}</h4>
            <p>{{ strategic: t.meaningStrategic, star: t.meaningStar, status: t.meaningStatus, streamline: t.meaningStreamline }[q.id]}</p>
          </li>
        ))}
      </ul>

      <h3 class="no-print">{t.exportTitle}</h3>
      <p class="mx-actions no-print">
        <button type="button" class="button secondary" data-action="export-dpm" disabled={points.length === 0} onClick={() => exportCsv().catch(() => setStatus({ kind: 'error', text: t.exportFailed }))}>
          {t.exportTable}
        </button>
      </p>
    </div>
  );
}
