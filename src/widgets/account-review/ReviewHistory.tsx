/**
 * The account's reviews over the quarters: stage and uncoupling risk as a chart (chart.js, fetched
 * when it scrolls into view) with the table behind it, the trend in words and the rules' verdict
 * with its reasons (domain: reviewTrend, reviewVerdict).
 */
import type { ChartConfiguration } from 'chart.js';
import { ChartFigure } from '../../charts/ChartFigure';
import type { ChartPalette } from '../../charts/colors';
import { LADDER_STAGES, REVENUE_WELL_BELOW } from '../../domain/index.ts';
import type { AccountReview, ReviewTrend, ReviewVerdict } from '../../domain/index.ts';
import { fill } from '../../i18n/fill';
import { formatNumber, formatPercent } from '../../i18n/format';
import type { Figures } from './ReviewEditor';

interface Props {
  uid: string;
  name: string;
  reviews: readonly AccountReview[];
  trend: ReviewTrend;
  verdict: ReviewVerdict;
  figures: Figures;
}

/** The verdict in words: the outcome, then its reasons. */
export function verdictText(verdict: ReviewVerdict, figures: Figures): string {
  const { locale, t } = figures;
  if (verdict.outcome === 'keep') return t['verdict.keep'];
  const reasons = verdict.reasons.map((r) => fill(t[`reason.${r}`], { threshold: formatPercent(locale, REVENUE_WELL_BELOW) }));
  return `${t[`verdict.${verdict.outcome}`]} ${reasons.join('; ')}.`;
}

export function ReviewHistory({ uid, name, reviews, trend, verdict, figures }: Props) {
  const { locale, t, stageName, money } = figures;
  const byQuarter = new Map(reviews.map((r) => [r.quarter, r]));
  const labels = trend.points.map((p) => p.quarter);
  const stageCell = (p: (typeof trend.points)[number]) => (p.stage === null ? t.notDiagnosed : stageName(p.stage));
  const riskCell = (p: (typeof trend.points)[number]) => (p.riskScore === null ? t.notAssessed : formatNumber(locale, p.riskScore, 1));
  const config = (palette: ChartPalette): ChartConfiguration => ({
    type: 'line',
    data: {
      labels,
      datasets: [
        {
          label: t.seriesRisk,
          data: trend.points.map((p) => p.riskScore ?? 0),
          borderColor: palette.accent,
          backgroundColor: palette.accent,
          yAxisID: 'y',
        },
        {
          label: t.seriesStage,
          // Uncoupling below the ladder (0), the rungs 1..5, as in the stage diagnosis.
          data: trend.points.map((p) => (p.stageRank === null ? null : p.stageRank + 1)),
          borderColor: palette.fg,
          backgroundColor: palette.fg,
          borderDash: [6, 4],
          yAxisID: 'y1',
        },
      ],
    },
    options: {
      scales: {
        x: { ticks: { color: palette.muted }, grid: { color: palette.grid } },
        y: {
          min: 0,
          max: 100,
          position: 'left',
          title: { display: true, text: t.seriesRisk, color: palette.fg },
          ticks: { color: palette.muted },
        },
        y1: {
          min: 0,
          max: 5,
          position: 'right',
          grid: { display: false },
          ticks: {
            stepSize: 1,
            color: palette.muted,
            callback: (v) => {
              const n = Number(v);
              return n === 0 ? stageName('uncoupling') : stageName(LADDER_STAGES[n - 1] ?? 'pre');
            },
          },
        },
      },
    },
  });
  const points = trend.points.map((p) => `${p.quarter} ${stageCell(p)}, ${riskCell(p)}`).join('; ');
  return (
    <section class="ar-history" aria-labelledby={`${uid}-history`}>
      <h4 id={`${uid}-history`}>{t.historyTitle}</h4>
      <p data-trend={trend.direction}>
        <strong>{fill(t.trendLine, { direction: t[`trend.${trend.direction}`] })}</strong>
      </p>
      <ChartFigure
        locale={locale}
        config={config}
        summary={fill(t.chartSummary, { account: name, points })}
        table={{
          caption: fill(t.chartCaption, { account: name }),
          headers: [t.colQuarter, t.colStage, t.colRisk, t.colRevenue, t.colDecision],
          rows: trend.points.map((p) => {
            const r = byQuarter.get(p.quarter);
            const revenue =
              r?.revenueActual == null
                ? '—'
                : p.revenueVsGoal === null
                  ? money(r.revenueActual)
                  : `${money(r.revenueActual)} (${formatPercent(locale, p.revenueVsGoal)})`;
            return [p.quarter, stageCell(p), riskCell(p), revenue, r?.decision ? t[`decision.${r.decision}`] : t['decision.none']];
          }),
          numeric: [2],
        }}
        dataKey={`${locale}|${trend.points.map((p) => `${p.quarter}:${p.stage}:${p.riskScore}`).join('|')}`}
        height="short"
      />
      <section class="ar-verdict" aria-labelledby={`${uid}-verdict`} data-verdict={verdict.outcome}>
        <h5 id={`${uid}-verdict`}>{t.verdictTitle}</h5>
        <p>{verdictText(verdict, figures)}</p>
        <p class="muted">{t.verdictNote}</p>
      </section>
    </section>
  );
}
