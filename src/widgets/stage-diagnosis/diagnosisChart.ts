/**
 * The diagnosis history's chart: the account's stage at each diagnosis, the ladder's rungs as 1–5 and
 * uncoupling below them (0), as in the lesson's picture. Fetched with chart.js when the figure scrolls
 * into view (DiagnosisHistory.tsx draws the table and the words at once).
 */
import type { ChartConfiguration } from 'chart.js';
import { LADDER_STAGES, ladderIndex } from '../../domain/index.ts';
import type { StageId } from '../../domain/index.ts';
import type { ChartPalette } from '../../charts/colors';

export type DiagnosisPoints = {
  /** The diagnoses' dates as the page writes them, oldest first. */
  labels: readonly string[];
  stages: readonly StageId[];
  axis: string;
  stageNames: Record<StageId, string>;
};

const level = (s: StageId): number => (s === 'uncoupling' ? 0 : ladderIndex(s) + 1);

export function diagnosisChartConfig({ labels, stages, axis, stageNames }: DiagnosisPoints, p: ChartPalette): ChartConfiguration {
  return {
    type: 'line',
    data: {
      labels: [...labels],
      datasets: [
        {
          label: axis,
          data: stages.map(level),
          borderColor: p.accent,
          backgroundColor: p.accent,
          pointRadius: 5,
          stepped: false,
        },
      ],
    },
    options: {
      plugins: { legend: { display: false }, tooltip: { callbacks: { label: (ctx) => stageNames[stages[ctx.dataIndex]!] } } },
      scales: {
        x: { ticks: { color: p.muted }, grid: { color: p.grid } },
        y: {
          min: 0,
          max: 5,
          ticks: {
            stepSize: 1,
            color: p.muted,
            callback: (v) => {
              const n = Number(v);
              return n === 0 ? stageNames.uncoupling : stageNames[LADDER_STAGES[n - 1] ?? 'pre'];
            },
          },
          grid: { color: p.grid },
        },
      },
    },
  };
}
