/** The review history chart's configuration, fetched with chart.js: what each series and axis shows. */
import { describe, expect, it } from 'vitest';
import { reviewChartConfig } from '../../src/widgets/account-review/reviewChartConfig.ts';
import en from '../../src/widgets/account-review/viewStrings.en.ts';
import STAGE_NAMES from '../../src/i18n/domain-texts/stageNames.en.ts';
import type { ReviewTrend } from '../../src/domain/index.ts';

const palette = {
  fg: '#111',
  muted: '#666',
  grid: '#ddd',
  accent: '#07c',
  a: '#a',
  b: '#b',
  c: '#c',
  ok: '#0a0',
  warn: '#fa0',
  danger: '#c00',
  bg: '#fff',
};

describe('reviewChartConfig', () => {
  const trend: ReviewTrend = {
    points: [
      { quarter: '2025-Q1', stage: 'mid', stageRank: 2, riskScore: 40, revenueVsGoal: null },
      { quarter: '2025-Q2', stage: null, stageRank: null, riskScore: null, revenueVsGoal: null },
      { quarter: '2025-Q3', stage: 'uncoupling', stageRank: -1, riskScore: 80, revenueVsGoal: null },
    ],
    direction: 'worsening',
    riskUpTwoQuarters: false,
    revenueBelowPlanTwoQuarters: false,
  };
  const config = reviewChartConfig(en, trend, (id) => STAGE_NAMES[id], palette);

  it('plots the risk score (nothing ticked as 0) and the stage one above its rank (not diagnosed as a gap)', () => {
    expect(config.data.labels).toEqual(['2025-Q1', '2025-Q2', '2025-Q3']);
    const [risk, stage] = config.data.datasets;
    expect(risk?.label).toBe(en.seriesRisk);
    expect(risk?.data).toEqual([40, 0, 80]);
    expect(stage?.label).toBe(en.seriesStage);
    expect(stage?.data).toEqual([3, null, 0]);
  });

  it('names the stage axis’s ticks: Uncoupling at 0, then the ladder’s rungs', () => {
    const ticks = (config.options?.scales?.['y1'] as { ticks: { callback: (v: number) => string } }).ticks;
    expect(ticks.callback(0)).toBe(STAGE_NAMES.uncoupling);
    expect(ticks.callback(1)).toBe(STAGE_NAMES.pre);
    expect(ticks.callback(5)).toBe(STAGE_NAMES.synergistic);
  });
});
