/**
 * The review history chart's chart.js configuration: the uncoupling risk score (0–100, left axis)
 * and the stage (Uncoupling below the ladder, then its rungs, right axis) quarter by quarter.
 * Fetched with chart.js when the figure scrolls into view (ReviewHistory.tsx says what it shows).
 */
import type { ChartConfiguration } from 'chart.js';
import type { ChartPalette } from '../../charts/colors';
import { LADDER_STAGES } from '../../domain/index.ts';
import type { ReviewTrend, StageId } from '../../domain/index.ts';
import type { Figures } from './ReviewEditor';

export function reviewChartConfig(
  t: Figures['t'],
  trend: ReviewTrend,
  stageName: (id: StageId) => string,
  palette: ChartPalette,
): ChartConfiguration {
  return {
    type: 'line',
    data: {
      labels: trend.points.map((p) => p.quarter),
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
  };
}
