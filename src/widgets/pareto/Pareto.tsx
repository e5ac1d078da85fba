/**
 * Pareto calculator: ABC classes of the portfolio (or of a file read without saving), the Pareto
 * chart, the 80/20 sentences, dependence on the largest client, excluded clients, and "mark class A
 * as key-account candidates" with a preview and undo (candidates, because size alone does not make a
 * key account: the portfolio and the fit/cost tool decide). Every figure comes from the domain.
 */
import { useMemo, useState } from 'preact/hooks';
import type { ChartConfiguration, Plugin } from 'chart.js';
import type { Locale } from '../../i18n/locales';
import { formatMoney, formatNumber, formatPercent } from '../../i18n/format';
import { DEPENDENCE_NOTICE_SHARE, paretoAnalysis, paretoConcentration } from '../../domain/index.ts';
import type { ParetoInput, ParetoResult } from '../../domain/index.ts';
import { classAKeyChange, paretoClassTotals } from '../../domain/paretoExtras.ts';
import { setCandidates } from '../../state/index.ts';
import type { WriteResult } from '../../state/index.ts';
import { ChartFigure } from '../../charts/ChartFigure';
import type { ChartPalette } from '../../charts/colors';
import { monthsLabel, usePortfolioView } from '../shared/usePortfolioView.ts';
import { LazyPeriodBar } from '../shared/LazyPeriodBar.tsx';
import { LazyImportPanel } from '../portfolio/LazyImportPanel.tsx';
import type { ImportApplied, ImportedData } from '../portfolio/ImportPanel.tsx';
import { UndoToast } from '../portfolio/UndoToast.tsx';
import type { ToastState } from '../portfolio/UndoToast.tsx';
import { fill } from '../../i18n/fill';
import { STRINGS } from './strings.ts';
import type { ParetoStrings } from './strings.ts';
import '../portfolio/portfolio.css';
import './pareto.css';
import { loadSampleCompany } from '../shared/samples';

/** Above this many clients the chart is a cumulative curve instead of one bar per client. */
export const CURVE_ABOVE = 100;
const TABLE_ROWS = 200;

type Source = 'portfolio' | 'file';

/** Draws horizontal lines (and optional vertical ones) with labels on top of the chart. */
function guideLines(lines: { axis: 'x' | 'y'; scale: string; value: number; label: string }[], color: string): Plugin {
  return {
    id: 'guideLines',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea } = chart;
      ctx.save();
      ctx.strokeStyle = color;
      ctx.fillStyle = color;
      ctx.setLineDash([6, 4]);
      ctx.lineWidth = 1.5;
      ctx.font = '12px system-ui, sans-serif';
      for (const line of lines) {
        const scale = chart.scales[line.scale];
        if (!scale) continue;
        const at = scale.getPixelForValue(line.value);
        ctx.beginPath();
        if (line.axis === 'y') {
          ctx.moveTo(chartArea.left, at);
          ctx.lineTo(chartArea.right, at);
          ctx.stroke();
          ctx.fillText(line.label, chartArea.left + 4, at - 4);
        } else {
          ctx.moveTo(at, chartArea.top);
          ctx.lineTo(at, chartArea.bottom);
          ctx.stroke();
          ctx.fillText(line.label, at + 4, chartArea.top + 12);
        }
      }
      ctx.restore();
    },
  };
}

function barConfig(result: ParetoResult, thresholds: { a: number; b: number }, t: ParetoStrings, locale: Locale, currency: string) {
  return (palette: ChartPalette): ChartConfiguration => {
    const colour = { A: palette.a, B: palette.b, C: palette.c };
    const config = {
      type: 'bar',
      data: {
        labels: result.ranked.map((r) => r.name),
        datasets: [
          {
            type: 'line',
            label: t.cumulative,
            data: result.ranked.map((r) => r.cumulativeShare * 100),
            yAxisID: 'y1',
            borderColor: palette.fg,
            backgroundColor: palette.fg,
            pointRadius: 2,
            order: 1,
          },
          {
            type: 'bar',
            label: t.revenue,
            data: result.ranked.map((r) => r.revenue),
            backgroundColor: result.ranked.map((r) => colour[r.class]),
            yAxisID: 'y',
            order: 2,
          },
        ],
      },
      options: {
        scales: {
          x: { ticks: { color: palette.muted, display: result.ranked.length <= 30 }, grid: { display: false } },
          y: { beginAtZero: true, ticks: { color: palette.muted, callback: (v: number | string) => formatMoney(locale, Number(v), currency) }, grid: { color: palette.grid } },
          y1: { position: 'right', min: 0, max: 100, ticks: { color: palette.muted, callback: (v: number | string) => formatPercent(locale, Number(v) / 100) }, grid: { drawOnChartArea: false } },
        },
        plugins: { legend: { labels: { color: palette.fg } } },
      },
      plugins: [
        guideLines(
          [
            { axis: 'y', scale: 'y1', value: thresholds.a * 100, label: `${t.limitA} ${formatPercent(locale, thresholds.a)}` },
            { axis: 'y', scale: 'y1', value: thresholds.b * 100, label: `${t.limitB} ${formatPercent(locale, thresholds.b)}` },
          ],
          palette.danger,
        ),
      ],
    };
    return config as unknown as ChartConfiguration;
  };
}

function curveConfig(result: ParetoResult, t: ParetoStrings, locale: Locale) {
  return (palette: ChartPalette): ChartConfiguration => {
    const n = result.ranked.length;
    const points = [{ x: 0, y: 0 }, ...result.ranked.map((r, i) => ({ x: ((i + 1) / n) * 100, y: r.cumulativeShare * 100 }))];
    const config = {
      type: 'scatter',
      data: {
        datasets: [{ label: t.cumulative, data: points, showLine: true, pointRadius: 0, borderColor: palette.accent, backgroundColor: palette.accent, borderWidth: 2 }],
      },
      options: {
        scales: {
          x: { type: 'linear', min: 0, max: 100, title: { display: true, text: t.clientsAxis, color: palette.fg }, ticks: { color: palette.muted, callback: (v: number | string) => formatPercent(locale, Number(v) / 100) }, grid: { color: palette.grid } },
          y: { min: 0, max: 100, title: { display: true, text: t.cumulative, color: palette.fg }, ticks: { color: palette.muted, callback: (v: number | string) => formatPercent(locale, Number(v) / 100) }, grid: { color: palette.grid } },
        },
        plugins: { legend: { display: false } },
      },
      plugins: [
        guideLines(
          [
            { axis: 'x', scale: 'x', value: 20, label: t.marker20 },
            { axis: 'y', scale: 'y', value: 80, label: t.marker80 },
          ],
          palette.danger,
        ),
      ],
    };
    return config as unknown as ChartConfiguration;
  };
}

export default function Pareto({ locale }: { locale: Locale }) {
  const t = STRINGS[locale];
  const [source, setSource] = useState<Source>('portfolio');
  const data = usePortfolioView(locale);
  const { portfolio } = data;
  const [fileCurrency, setFileCurrency] = useState<string | null>(null);
  const currency = source === 'file' && fileCurrency ? fileCurrency : data.currency;
  const money = (n: number) => formatMoney(locale, n, currency);
  const pct = (share: number, digits = 0) => formatPercent(locale, share, digits);

  const [fileClients, setFileClients] = useState<ParetoInput[] | null>(null);
  const [aText, setAText] = useState('80');
  const [bText, setBText] = useState('95');
  const [toast, setToast] = useState<ToastState>(null);
  const [previewing, setPreviewing] = useState(false);
  const [sampleBusy, setSampleBusy] = useState(false);

  const aNum = Number(aText.replace(',', '.'));
  const bNum = Number(bText.replace(',', '.'));
  const thresholdsValid = Number.isFinite(aNum) && Number.isFinite(bNum) && aNum >= 1 && aNum <= 100 && bNum >= aNum && bNum <= 100;
  const thresholds = thresholdsValid ? { a: aNum / 100, b: bNum / 100 } : { a: 0.8, b: 0.95 };

  // The portfolio's clients with sales in the chosen period (whole file unless the user chose one).
  const inputs: ParetoInput[] | null = source === 'portfolio' ? data.clientsWithSales : fileClients;
  const result = useMemo(() => (inputs && inputs.length > 0 ? paretoAnalysis(inputs.map((c) => ({ key: c.key, name: c.name, revenue: c.revenue })), thresholds) : null), [inputs, thresholds.a, thresholds.b]);
  const concentration = useMemo(() => (result ? paretoConcentration(result) : null), [result]);
  const totals = useMemo(() => (result ? paretoClassTotals(result) : null), [result]);
  const dependence = concentration?.largestDependence ?? 'none';
  // Key accounts and candidates are both "already marked": the action only adds candidates.
  const marked = useMemo(() => new Set(portfolio.clients.filter((c) => c.keyAccount || c.candidate === true).map((c) => c.key)), [portfolio.clients]);
  const change = useMemo(() => (result && source === 'portfolio' ? classAKeyChange(result, marked) : null), [result, marked, source]);
  const nameOf = useMemo(() => new Map((inputs ?? []).map((c) => [c.key, c.name])), [inputs]);

  const onAnalysed = (file: ImportedData): ImportApplied => {
    setFileClients(file.clients.map((c) => ({ key: c.key, name: c.name, revenue: c.revenue })));
    setFileCurrency(file.currency);
    return { ok: true };
  };

  const loadSample = async () => {
    setSampleBusy(true);
    const r = await loadSampleCompany(locale);
    setSampleBusy(false);
    if (!r.ok) setToast({ text: fill(t.sampleFailed, { code: r.code }), tone: 'error' });
  };

  const report = (result: WriteResult, ok: ToastState) => {
    if (result.ok) setToast(ok);
    else if (result.reason === 'not-saved') setToast({ text: `${ok?.text ?? ''} ${t.notSaved}`, tone: 'error', ...(ok?.undo ? { undo: ok.undo } : {}) });
    else setToast({ text: fill(t.refused, { reason: result.reason }), tone: 'error' });
  };

  const confirmMark = () => {
    if (!change) return;
    const keys = change.toMark;
    const written = setCandidates(keys, true);
    setPreviewing(false);
    report(written, {
      text: fill(t.marked, { n: formatNumber(locale, keys.length) }),
      ...(written.ok || written.reason === 'not-saved' ? { undo: () => report(setCandidates(keys, false), { text: t.undone }) } : {}),
    });
  };

  const ranked = result?.ranked ?? [];
  const n = ranked.length;
  const topN = Math.ceil(n * 0.2);
  const diff = result ? result.top20Share - 0.8 : 0;

  return (
    <div data-widget="pareto" class="widget pareto">
      <p>{t.intro}</p>
      <fieldset class="pareto-source no-print">
        <legend>{t.sourceLegend}</legend>
        <label class="check">
          <input type="radio" name={`pareto-source-${locale}`} value="portfolio" checked={source === 'portfolio'} onChange={() => setSource('portfolio')} /> {t.sourcePortfolio}
        </label>
        <label class="check">
          <input type="radio" name={`pareto-source-${locale}`} value="file" checked={source === 'file'} onChange={() => setSource('file')} /> {t.sourceFile}
        </label>
      </fieldset>

      {source === 'portfolio' && portfolio.clients.length > 0 && <LazyPeriodBar locale={locale} data={data} onWrite={(r) => { if (!r.ok) report(r, null); }} />}

      {source === 'portfolio' && portfolio.clients.length === 0 && (
        <div class="card">
          <h3>{t.emptyTitle}</h3>
          <p>{t.emptyText}</p>
          <button type="button" class="button" data-action="load-sample" onClick={loadSample} disabled={sampleBusy}>{t.loadSample}</button>
        </div>
      )}

      {source === 'file' && (
        <div class="no-print">
          <p class="note">{t.fileNote}</p>
          <LazyImportPanel locale={locale} purpose="analyse" onImported={onAnalysed} knownCurrency={data.currencyKnown ? data.currency : null} fallbackCurrency={data.currency} />
          {!fileClients && <p class="muted">{t.noFileYet}</p>}
        </div>
      )}

      <UndoToast toast={toast} undoLabel={t.undo} dismissLabel={t.dismiss} onClose={() => setToast(null)} />

      <fieldset class="pareto-thresholds">
        <legend>{t.thresholdsLegend}</legend>
        <div class="portfolio-filter-row">
          <div class="field">
            <label for={`pareto-a-${locale}`}>{t.thresholdA}</label>
            <input id={`pareto-a-${locale}`} type="number" min={1} max={100} step={1} value={aText} onInput={(e) => setAText((e.currentTarget as HTMLInputElement).value)} aria-invalid={!thresholdsValid} />
          </div>
          <div class="field">
            <label for={`pareto-b-${locale}`}>{t.thresholdB}</label>
            <input id={`pareto-b-${locale}`} type="number" min={1} max={100} step={1} value={bText} onInput={(e) => setBText((e.currentTarget as HTMLInputElement).value)} aria-invalid={!thresholdsValid} />
          </div>
        </div>
        {!thresholdsValid && <p class="import-error" role="alert">{t.thresholdError}</p>}
        <p data-rule>{fill(t.rule, { a: pct(thresholds.a), b: pct(thresholds.b) })}</p>
      </fieldset>

      {result && n === 0 && <p class="note">{t.noPositive}</p>}

      {result && concentration && totals && n > 0 && (
        <section class="pareto-results" aria-labelledby={`pareto-h-${locale}`}>
          <h3 id={`pareto-h-${locale}`}>{t.resultsHeading}</h3>
          <p data-pareto-basis>
            {fill(source === 'file' ? t.basisFile : monthsLabel(locale, data.view) === null ? t.basisUndated : t.basisPortfolio, {
              period: monthsLabel(locale, data.view) ?? '',
              n: formatNumber(locale, n),
              total: formatMoney(locale, result.total, currency, 2),
              currency,
            })}
          </p>
          <ul class="pareto-sentences">
            <li data-sentence="top20">{fill(t.top20, { n: formatNumber(locale, topN), total: formatNumber(locale, n), x: pct(result.top20Share) })}</li>
            <li data-sentence="for80">{fill(t.for80, { n: formatNumber(locale, concentration.clientsFor80), y: pct(concentration.shareOfClientsFor80) })}</li>
            <li data-sentence="for50">{fill(t.for50, { n: formatNumber(locale, concentration.clientsFor50) })}</li>
            <li data-sentence="distance">
              {Math.abs(diff) < 0.05
                ? t.closeTo
                : fill(diff > 0 ? t.moreConcentrated : t.lessConcentrated, { pp: formatNumber(locale, Math.abs(diff) * 100) })}
            </li>
            <li data-sentence="largest">{fill(t.largest, { name: nameOf.get(concentration.largestKey ?? '') ?? '', x: pct(concentration.largestShare) })}</li>
          </ul>
          {dependence !== 'none' && (
            <p class="pareto-warning" role="note" data-warning="dependence" data-level={dependence}>
              {fill(dependence === 'strong' ? t.dependence : t.dependenceNotice, { x: pct(concentration.largestShare), notice: pct(DEPENDENCE_NOTICE_SHARE) })}
            </p>
          )}

          <ChartFigure
            locale={locale}
            height="tall"
            dataKey={`${locale}|${thresholds.a}|${thresholds.b}|${n}|${result.total}|${ranked[0]?.key ?? ''}`}
            config={n > CURVE_ABOVE ? curveConfig(result, t, locale) : barConfig(result, thresholds, t, locale, currency)}
            summary={
              n > CURVE_ABOVE
                ? fill(t.chartSummaryCurve, { x: pct(result.top20Share), y: pct(concentration.shareOfClientsFor80) })
                : fill(t.chartSummaryBars, { n: formatNumber(locale, n), a: pct(thresholds.a), b: pct(thresholds.b) })
            }
            table={{
              caption: t.tableCaption,
              headers: [t.colRank, t.colClient, t.colRevenue, t.colShare, t.colCumulative, t.colClass],
              rows: ranked.slice(0, TABLE_ROWS).map((r, i) => [formatNumber(locale, i + 1), r.name, money(r.revenue), pct(r.share, 1), pct(r.cumulativeShare, 1), r.class]),
              numeric: [2, 3, 4],
            }}
          >
            {n > TABLE_ROWS && <p class="muted">{fill(t.tableLimited, { n: TABLE_ROWS })}</p>}
          </ChartFigure>

          <h4>{t.abcHeading}</h4>
          <div class="table-scroll">
            <table class="pareto-abc">
              <caption>{t.abcCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.colClass}</th>
                  <th scope="col" class="num">{t.colClients}</th>
                  <th scope="col" class="num">{t.colClientShare}</th>
                  <th scope="col" class="num">{t.colRevenue}</th>
                  <th scope="col" class="num">{t.colRevenueShare}</th>
                </tr>
              </thead>
              <tbody>
                {(['A', 'B', 'C'] as const).map((c) => (
                  <tr key={c} data-class={c}>
                    <th scope="row">{c}</th>
                    <td class="num">{formatNumber(locale, totals[c].clients)}</td>
                    <td class="num">{pct(totals[c].clientShare)}</td>
                    <td class="num">{money(totals[c].revenue)}</td>
                    <td class="num">{pct(totals[c].revenueShare)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          {result.excluded.length > 0 && (
            <section class="pareto-excluded">
              <h4>{t.excludedHeading}</h4>
              <p>{fill(t.excludedText, { n: formatNumber(locale, result.excluded.length) })}</p>
              <ul>
                {result.excluded.map((e) => (
                  <li key={e.key}>
                    {e.name}: {Number.isFinite(e.revenue) ? formatMoney(locale, e.revenue, currency, 2) : '—'} ({e.revenue < 0 ? t.excludedNegative : t.excludedZero})
                  </li>
                ))}
              </ul>
            </section>
          )}

          {source === 'portfolio' && change && (
            <section class="pareto-mark no-print">
              <h4>{t.markHeading}</h4>
              {!previewing ? (
                <button type="button" class="button" data-action="mark-class-a" onClick={() => setPreviewing(true)}>{t.markButton}</button>
              ) : (
                <div class="card" data-mark-preview>
                  {change.toMark.length === 0 ? (
                    <p>{t.markPreviewNone}</p>
                  ) : (
                    <>
                      <p>{fill(t.markPreview, { n: formatNumber(locale, change.toMark.length) })}</p>
                      <ul class="pareto-mark-list">
                        {change.toMark.map((k) => (
                          <li key={k}>{nameOf.get(k) ?? k}</li>
                        ))}
                      </ul>
                    </>
                  )}
                  {change.alreadyKey.length > 0 && <p>{fill(t.markAlready, { n: formatNumber(locale, change.alreadyKey.length) })}</p>}
                  {change.keyOutsideA.length > 0 && <p>{fill(t.markOutside, { n: formatNumber(locale, change.keyOutsideA.length) })}</p>}
                  <div class="import-actions">
                    {change.toMark.length > 0 && <button type="button" class="button" onClick={confirmMark}>{t.markConfirm}</button>}
                    <button type="button" class="button secondary" onClick={() => setPreviewing(false)}>{t.cancel}</button>
                  </div>
                </div>
              )}
            </section>
          )}
        </section>
      )}
    </div>
  );
}
