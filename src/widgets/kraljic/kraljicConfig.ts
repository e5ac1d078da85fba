/**
 * The buyer's-view chart's chart.js configuration: Kraljic's matrix (supply risk across, profit impact
 * up, both 1–5), the quadrants shaded and named, the open account apart from the others. Fetched with
 * chart.js when the figure scrolls into view (kraljicChart.ts says what the chart shows).
 */
import type { ChartConfiguration } from 'chart.js';
import { KRALJIC_MIDPOINT } from '../../domain/index.ts';
import type { KraljicQuadrant } from '../../domain/index.ts';
import { areasPlugin } from '../../charts/areasPlugin';
import { withAlpha } from '../../charts/colors';
import type { ChartPalette } from '../../charts/colors';
import { pointPlugins, scoreAxis } from '../matrix-kit/chartConfig';
import type { PlacedAccount } from './kraljicChart';
import type { STRINGS } from './strings';

export type KraljicChartParts = {
  t: (typeof STRINGS)['en'];
  mine: readonly PlacedAccount[];
  others: readonly PlacedAccount[];
  describe: (p: PlacedAccount) => string;
  quadrantName: (q: KraljicQuadrant) => string;
};

const BOUNDS: Record<KraljicQuadrant, { x: [number, number]; y: [number, number] }> = {
  'non-critical': { x: [1, KRALJIC_MIDPOINT], y: [1, KRALJIC_MIDPOINT] },
  leverage: { x: [1, KRALJIC_MIDPOINT], y: [KRALJIC_MIDPOINT, 5] },
  bottleneck: { x: [KRALJIC_MIDPOINT, 5], y: [1, KRALJIC_MIDPOINT] },
  strategic: { x: [KRALJIC_MIDPOINT, 5], y: [KRALJIC_MIDPOINT, 5] },
};

export function kraljicConfig(
  { t, mine, others, describe, quadrantName }: KraljicChartParts,
  palette: ChartPalette,
): ChartConfiguration<'scatter'> {
  const groups = [mine, others];
  return {
    type: 'scatter',
    data: {
      datasets: [
        {
          label: t.datasetOpen,
          data: mine.map((p) => ({ x: p.supplyRisk, y: p.profitImpact })),
          backgroundColor: palette.accent,
          borderColor: palette.fg,
          pointRadius: 9,
          pointHoverRadius: 11,
          pointStyle: 'rectRot',
        },
        {
          label: t.datasetOthers,
          data: others.map((p) => ({ x: p.supplyRisk, y: p.profitImpact })),
          backgroundColor: withAlpha(palette.muted, 0.6),
          borderColor: palette.muted,
          pointRadius: 6,
          pointHoverRadius: 8,
          pointStyle: 'circle',
        },
      ],
    },
    options: {
      scales: { x: scoreAxis(t.axisX, palette, false, [1, 5]), y: scoreAxis(t.axisY, palette, false, [1, 5]) },
      plugins: pointPlugins(palette, groups, describe, true),
    },
    plugins: [
      areasPlugin(
        (Object.keys(BOUNDS) as KraljicQuadrant[]).map((q) => ({
          ...BOUNDS[q],
          fill: q === 'strategic' ? withAlpha(palette.ok, 0.14) : withAlpha(palette.grid, 0.1),
          label: { title: quadrantName(q), text: '' },
        })),
        { midpoint: KRALJIC_MIDPOINT, line: palette.muted, text: palette.fg },
      ),
    ],
  };
}
