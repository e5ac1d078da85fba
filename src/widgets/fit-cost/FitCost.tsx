/**
 * Business fit vs implementation cost island: every client of the portfolio can be scored (key
 * accounts first, then the candidates marked from Pareto class A, badged so), scored 0–10 on fit and cost; the scatter shades the "select" zone; the domain's
 * `assessFitCost` gives the zones, the recommended list and whether it exceeds the team's capacity
 * (`$settings.keyAccountCapacity`, editable here).
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { FIT_COST_ZONES, assessFitCost } from '../../domain/index.ts';
import type { FitCostPoint, FitCostZone } from '../../domain/index.ts';
import { ChartFigure } from '../../charts/ChartFigure';
import { withAlpha } from '../../charts/colors';
import type { ChartPalette } from '../../charts/colors';
import type { Locale } from '../../i18n/locales';
import { formatMoney, formatNumber } from '../../i18n/format';
import { $assessments, $settings, getAssessment, setFitCost, updateSettings } from '../../state/index.ts';
import type { Client, WriteResult } from '../../state/index.ts';
import { useStored } from '../shared/useStored';
import { usePortfolioView } from '../shared/usePortfolioView.ts';
import { csvFileName, downloadTableCsv } from '../shared/tableCsv';
import { areasPlugin, capturePlugin, scoreAxis, showPoint } from '../classification-matrix/matrixChart';
import type { ChartHolder, ScatterConfig } from '../classification-matrix/matrixChart';
import { zoneDescription, zoneName } from '../classification-matrix/names';
import { formatTyped, parseTyped, score } from '../classification-matrix/util';
import { useTyping } from '../shared/useTyping.ts';
import { stepOnArrow } from '../shared/stepInput.ts';
import { fill } from '../../i18n/fill';
import { fillCount } from '../../i18n/plural';
import { loadFitCostSample } from '../classification-matrix/lazySamples';
import { STRINGS } from './strings';
import '../classification-matrix/matrix.css';
import { MatrixIntro } from '../classification-matrix/MatrixIntro';
import type { MatrixStatus } from '../classification-matrix/MatrixIntro';
import { CurrencyNote } from '../shared/CurrencyNote.tsx';

/** The fit/cost midpoint: "high" means 5 or more, as in the classification matrix. */
const MID = 5;

const ZONE_COLOR: Record<FitCostZone, (p: ChartPalette) => string> = {
  select: (p) => p.ok,
  consider: (p) => p.accent,
  later: (p) => p.c,
  avoid: (p) => p.danger,
};

const refused = (r: WriteResult): boolean => !r.ok && r.reason !== 'not-saved';
const valid = (n: number | null): n is number => n !== null && !Number.isNaN(n) && n >= 0 && n <= 10;

type RowDraft = { fit: string; cost: string };

export default function FitCost({ locale }: { locale: Locale }) {
  const t = STRINGS[locale];
  // Revenue in the period chosen with the portfolio (whole file by default), in the data's currency.
  const portfolioView = usePortfolioView(locale);
  const portfolio = portfolioView.periodPortfolio;
  const assessments = useStored($assessments);
  const settings = useStored($settings);
  // A Map: client keys are user data ("constructor" is a fine client name, not Object's constructor).
  const [drafts, setDrafts] = useState<ReadonlyMap<string, RowDraft>>(() => new Map());
  const typing = useTyping();
  const [capacityText, setCapacityText] = useState<string | null>(null);
  const [status, setStatus] = useState<MatrixStatus>(null);
  const [busy, setBusy] = useState(false);
  const holder = useRef<ChartHolder>({ chart: null }).current;
  const table = useRef<HTMLTableElement>(null);

  const currency = portfolioView.currency;
  const money = (n: number) => formatMoney(locale, n, currency);
  const capacity = settings.keyAccountCapacity;

  const candidates = useMemo(
    () =>
      [...portfolio.clients].sort(
        (a, b) => Number(b.keyAccount) - Number(a.keyAccount) || Number(b.candidate === true) - Number(a.candidate === true) || b.revenue - a.revenue || a.name.localeCompare(b.name),
      ),
    [portfolio],
  );
  const nameOf = new Map(candidates.map((c) => [c.key, c.name]));
  const scored = candidates.flatMap((c) => {
    const fc = getAssessment(c.key, assessments).fitCost;
    return fc ? [{ key: c.key, fit: fc.fit, cost: fc.cost }] : [];
  });
  const result = assessFitCost({ candidates: scored, capacity, midpoint: MID });
  const pointOf = new Map(result.points.map((p) => [p.key, p]));
  const rankOf = new Map(result.recommended.map((k, i) => [k, i + 1]));
  const counts: Record<FitCostZone, number> = { select: 0, consider: 0, later: 0, avoid: 0 };
  for (const p of result.points) counts[p.zone]++;

  const onRefused = () => setStatus({ kind: 'error', text: t.refused });

  const onScore = (client: Client, field: 'fit' | 'cost', input: HTMLInputElement) => {
    typing.typed(`${client.key}\u0000${field}`, input.value);
    const stored = getAssessment(client.key).fitCost;
    const current = drafts.get(client.key) ?? { fit: stored ? String(stored.fit) : '', cost: stored ? String(stored.cost) : '' };
    const next = { ...current, [field]: input.value };
    const fit = parseTyped(next.fit, locale);
    const cost = parseTyped(next.cost, locale);
    let keepDraft = true;
    if (valid(fit) && valid(cost)) {
      // With no half-typed row here, only this score is new: the other one is taken as stored now.
      if (refused(setFitCost(client.key, { fit, cost }, drafts.has(client.key) ? undefined : field))) onRefused();
      keepDraft = false;
    } else if (fit === null && cost === null) {
      if (refused(setFitCost(client.key, null))) onRefused();
      keepDraft = false;
    }
    setDrafts((d) => {
      const copy = new Map(d);
      if (keepDraft) copy.set(client.key, next);
      else copy.delete(client.key);
      return copy;
    });
  };

  const onKeyDown = (e: KeyboardEvent, row: number, col: number) => {
    if (stepOnArrow(e, { locale, min: 0, max: 10 })) return;
    if (e.key !== 'Enter') return;
    e.preventDefault();
    const next = table.current?.querySelector<HTMLInputElement>(`input[data-row="${row + (e.shiftKey ? -1 : 1)}"][data-col="${col}"]`);
    next?.focus();
    next?.select();
  };

  const onCapacity = (input: HTMLInputElement) => {
    const n = parseTyped(input.value, locale);
    if (n !== null && Number.isInteger(n) && n >= 0 && n <= 10_000) {
      setCapacityText(null);
      if (refused(updateSettings({ keyAccountCapacity: n }))) onRefused();
    } else {
      setCapacityText(input.value);
    }
  };

  const loadSample = async () => {
    setBusy(true);
    setStatus({ kind: 'info', text: t.loadingSample });
    const r = await loadFitCostSample(locale);
    setBusy(false);
    setStatus(r.ok ? { kind: 'info', text: fillCount(locale, t.sampleLoaded, { n: r.count }) } : { kind: 'error', text: fill(t.sampleFailed, { code: r.code }) });
  };

  const empty = portfolio.clients.length === 0 ? t.emptyNoClients : result.points.length === 0 ? t.emptyNoScores : null;

  const describe = (p: FitCostPoint) =>
    fill(t.pointDesc, { client: nameOf.get(p.key) ?? p.key, fit: score(locale, p.fit), cost: score(locale, p.cost), zone: zoneName(locale, p.zone) });
  const groups = FIT_COST_ZONES.map((z) => result.points.filter((p) => p.zone === z));
  const pointIndex = new Map<string, { datasetIndex: number; index: number }>();
  groups.forEach((g, datasetIndex) => g.forEach((p, index) => pointIndex.set(p.key, { datasetIndex, index })));

  const summary =
    result.points.length === 0
      ? t.summaryEmpty
      : `${fillCount(locale, t.summary, { n: result.points.length, ...counts })} ${fill(t.summaryCapacity, { recommended: result.recommended.length, capacity })}`;

  const zoneArea: Record<FitCostZone, { x: [number, number]; y: [number, number] }> = {
    select: { x: [0, MID], y: [MID, 10] },
    consider: { x: [MID, 10], y: [MID, 10] },
    later: { x: [0, MID], y: [0, MID] },
    avoid: { x: [MID, 10], y: [0, MID] },
  };

  const chartConfig = (palette: ChartPalette): ScatterConfig => ({
    type: 'scatter',
    data: {
      datasets: FIT_COST_ZONES.map((z, i) => ({
        label: zoneName(locale, z),
        data: groups[i]!.map((p) => ({ x: p.cost, y: p.fit })),
        backgroundColor: withAlpha(ZONE_COLOR[z](palette), 0.75),
        borderColor: ZONE_COLOR[z](palette),
        pointRadius: 6,
        pointHoverRadius: 8,
        pointStyle: (['circle', 'rect', 'triangle', 'crossRot'] as const)[i],
      })),
    },
    options: {
      scales: {
        x: scoreAxis(t.axisX, { fg: palette.fg, grid: palette.grid }),
        y: scoreAxis(t.axisY, { fg: palette.fg, grid: palette.grid }),
      },
      plugins: {
        legend: { position: 'bottom', labels: { color: palette.fg, usePointStyle: true } },
        tooltip: {
          callbacks: {
            label: (ctx) => {
              const p = groups[ctx.datasetIndex]?.[ctx.dataIndex];
              return p ? describe(p) : '';
            },
          },
        },
      },
    },
    plugins: [
      areasPlugin(
        FIT_COST_ZONES.map((z) => ({
          ...zoneArea[z],
          fill: z === 'select' ? withAlpha(palette.ok, 0.16) : withAlpha(palette.grid, 0.08),
          label: { title: zoneName(locale, z), text: '' },
        })),
        { midpoint: MID, line: palette.muted, text: palette.fg },
      ),
      capturePlugin(holder),
    ],
  });

  // Recommended first (in their order), then the others by margin of fit over cost.
  const sortedPoints = [...result.points].sort(
    (a, b) => (rankOf.get(a.key) ?? 1e9) - (rankOf.get(b.key) ?? 1e9) || b.fit - b.cost - (a.fit - a.cost) || a.key.localeCompare(b.key),
  );
  const chartTable = {
    caption: t.tableCaption,
    headers: [t.colClient, t.colFit, t.colCost, t.colZone, t.colRank],
    rows: sortedPoints.map((p) => [nameOf.get(p.key) ?? p.key, score(locale, p.fit), score(locale, p.cost), zoneName(locale, p.zone), rankOf.get(p.key) ?? '–']),
    numeric: [1, 2, 4],
  };

  const exportCsv = () =>
    downloadTableCsv(
      {
        headers: [t.colClient, t.colKeyAccount, t.colRevenue, t.colFit, t.colCost, t.colZone, t.colRank],
        rows: candidates.map((c) => {
          const p = pointOf.get(c.key);
          return [c.name, c.keyAccount ? t.yes : t.no, c.revenue, p ? p.fit : null, p ? p.cost : null, p ? zoneName(locale, p.zone) : null, rankOf.get(c.key) ?? null];
        }),
      },
      settings.numberFormat,
      csvFileName(t.fileName),
    );

  return (
    <div class="mx-widget" data-widget="fit-cost">
      <CurrencyNote locale={locale} />
      <MatrixIntro intro={t.intro} empty={empty} loadSampleLabel={t.loadSample} onLoadSample={loadSample} busy={busy} status={status} />

      <div class="mx-inline">
        <label for="fc-capacity">
          {t.capacityLabel}
          <input
            id="fc-capacity"
            class="mx-num"
            type="number"
            min={0}
            max={10000}
            step={1}
            value={capacityText ?? String(capacity)}
            aria-describedby="fc-capacity-help"
            aria-invalid={capacityText !== null ? 'true' : undefined}
            onInput={(e) => onCapacity(e.currentTarget)}
          />
        </label>
      </div>
      <p id="fc-capacity-help" class="muted mx-help">{t.capacityHelp}</p>
      {capacityText !== null && <p class="mx-error" role="alert">{t.capacityError}</p>}

      {candidates.length > 0 && (
        <>
          <h3>{t.candidatesTitle}</h3>
          <p class="muted">{t.candidatesHelp}</p>
          <div class="table-scroll">
            <table class="mx-scores" ref={table}>
              <caption class="sr-only">{t.candidatesTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.colClient}</th>
                  <th scope="col" class="num">{t.colRevenue}</th>
                  <th scope="col" class="num">{t.colFit}</th>
                  <th scope="col" class="num">{t.colCost}</th>
                  <th scope="col">{t.colZone}</th>
                </tr>
              </thead>
              <tbody>
                {candidates.map((c, row) => {
                  const stored = getAssessment(c.key, assessments).fitCost;
                  const d = drafts.get(c.key);
                  const p = pointOf.get(c.key);
                  const fitText = d ? d.fit : typing.text(`${c.key}\u0000fit`, stored ? formatTyped(locale, stored.fit) : '');
                  const costText = d ? d.cost : typing.text(`${c.key}\u0000cost`, stored ? formatTyped(locale, stored.cost) : '');
                  const bad = d !== undefined && ((parseTyped(d.fit, locale) !== null && !valid(parseTyped(d.fit, locale))) || (parseTyped(d.cost, locale) !== null && !valid(parseTyped(d.cost, locale))));
                  return (
                    <tr key={c.key} data-client={c.key}>
                      <th scope="row">
                        {c.name}
                        {c.keyAccount && <span class="mx-badge">{t.keyAccount}</span>}
                        {!c.keyAccount && c.candidate === true && <span class="mx-badge" data-candidate>{t.candidate}</span>}
                      </th>
                      <td class="num">{money(c.revenue)}</td>
                      {(['fit', 'cost'] as const).map((field, col) => (
                        <td class="num" key={field}>
                          <input
                            class="mx-score"
                            type="text"
                            inputMode="decimal"
                            onBlur={() => typing.done(`${c.key}\u0000${field}`)}
                            data-row={row}
                            data-col={col}
                            data-field={field}
                            value={field === 'fit' ? fitText : costText}
                            aria-invalid={bad ? 'true' : undefined}
                            aria-label={fill(field === 'fit' ? t.fitLabel : t.costLabel, { client: c.name })}
                            onInput={(e) => onScore(c, field, e.currentTarget)}
                            onKeyDown={(e) => onKeyDown(e, row, col)}
                          />
                        </td>
                      ))}
                      <td data-col="zone">
                        {p ? <span class="mx-zone">{zoneName(locale, p.zone)}</span> : <span class="muted">{t.notScored}</span>}
                        {bad && <span class="sr-only"> {fill(t.scoreError, { client: c.name })}</span>}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div aria-live="polite">
            {[...drafts]
              .slice(0, 3)
              .map(([key, d]) => {
                const name = nameOf.get(key) ?? key;
                const wrong = (parseTyped(d.fit, locale) !== null && !valid(parseTyped(d.fit, locale))) || (parseTyped(d.cost, locale) !== null && !valid(parseTyped(d.cost, locale)));
                return (
                  <p key={key} class={wrong ? 'mx-error' : 'muted'} role={wrong ? 'alert' : undefined}>
                    {fill(wrong ? t.scoreError : t.incomplete, { client: name })}
                  </p>
                );
              })}
          </div>
        </>
      )}

      <h3>{t.chartTitle}</h3>
      <p class="muted">{fill(t.orientationNote, { mid: formatNumber(locale, MID) })}</p>
      <ChartFigure
        locale={locale}
        config={chartConfig}
        summary={summary}
        table={chartTable}
        dataKey={`${locale}|${JSON.stringify(groups.map((g) => g.map((p) => [p.key, p.fit, p.cost])))}`}
        height="square"
      >
        {result.points.length > 0 && (
          <>
            <p class="mx-points-title">{t.pointsTitle}</p>
            <ul class="mx-points">
              {sortedPoints.map((p) => (
                  <li
                    key={p.key}
                    tabIndex={0}
                    class="mx-point"
                    onFocus={() => showPoint(holder, pointIndex.get(p.key) ?? null)}
                    onBlur={() => showPoint(holder, null)}
                  >
                    {describe(p)}
                  </li>
              ))}
            </ul>
          </>
        )}
      </ChartFigure>

      <h3>{t.recommendedTitle}</h3>
      <p class="muted">{t.recommendedHelp}</p>
      {result.overCapacity ? (
        <p class="mx-warn" role="status" data-warning="over-capacity">
          {fillCount(locale, t.overCapacity, { n: result.recommended.length, capacity })}
        </p>
      ) : (
        result.recommended.length > 0 && <p class="mx-ok">{fill(t.withinCapacity, { n: result.recommended.length, capacity })}</p>
      )}
      {result.recommended.length === 0 ? (
        <p>{t.recommendedNone}</p>
      ) : (
        <ol class="mx-recommended" data-list="recommended">
          {result.recommended.map((key, i) => (
            <li key={key} class={i >= capacity ? 'over' : undefined}>
              {nameOf.get(key) ?? key}
              {i >= capacity && <span class="mx-badge">{t.overCapacityItem}</span>}
            </li>
          ))}
        </ol>
      )}

      <h3>{t.zonesTitle}</h3>
      <dl class="mx-zones">
        {FIT_COST_ZONES.map((z) => (
          <div key={z}>
            <dt class="mx-zone">{zoneName(locale, z)}</dt>
            <dd>{zoneDescription(locale, z)}</dd>
          </div>
        ))}
      </dl>

      <h3 class="no-print">{t.exportTitle}</h3>
      <p class="mx-actions no-print">
        <button type="button" class="button secondary" data-action="export-fit-cost" disabled={candidates.length === 0} onClick={() => exportCsv().catch(() => setStatus({ kind: 'error', text: t.exportFailed }))}>
          {t.exportTable}
        </button>
      </p>
    </div>
  );
}
