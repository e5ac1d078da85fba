/**
 * The account's reviews over the quarters: stage and uncoupling risk as a chart (chart.js and its
 * configuration, reviewChartConfig.ts, fetched when it scrolls into view) with the table behind it,
 * the trend in words and the rules' verdict with its reasons (domain: reviewTrend, reviewVerdict).
 */
import { ChartFigure } from '../../charts/ChartFigure';
import type { ChartPalette } from '../../charts/colors';
import { REVENUE_WELL_BELOW } from '../../domain/index.ts';
import type { AccountReview, ReviewTrend, ReviewVerdict } from '../../domain/index.ts';
import { fill } from '../../i18n/fill';
import { formatNumber, formatPercent } from '../../i18n/format';
import { lazyImport } from '../../scripts/lazyImport';
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
  const stageCell = (p: (typeof trend.points)[number]) => (p.stage === null ? t.notDiagnosed : stageName(p.stage));
  const riskCell = (p: (typeof trend.points)[number]) => (p.riskScore === null ? t.notAssessed : formatNumber(locale, p.riskScore, 1));
  // The chart's configuration comes with chart.js, when the figure scrolls into view.
  const config = (palette: ChartPalette) =>
    lazyImport(() => import('./reviewChartConfig')).then((m) => m.reviewChartConfig(t, trend, stageName, palette));
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
