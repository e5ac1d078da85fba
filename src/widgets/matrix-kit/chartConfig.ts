/**
 * The chart configuration the matrix charts share: their types, score axes (0..10 unless told) with a
 * title that says which side is high, and the bottom legend with a tooltip that says the point's sentence.
 * Only `import type` from chart.js here: the library itself arrives with ChartFigure's lazy chunk.
 */
import type { ChartConfiguration } from 'chart.js';
import type { ChartPalette } from '../../charts/colors';

export type BubbleConfig = ChartConfiguration<'bubble'>;
export type ScatterConfig = ChartConfiguration<'scatter'>;

/** Linear 0..10 (or `range`) axis with an explicit title (which side is high is part of the title). */
export function scoreAxis(title: string, palette: ChartPalette, reverse = false, [min, max]: readonly [number, number] = [0, 10]) {
  return {
    type: 'linear' as const,
    min,
    max,
    reverse,
    ticks: { stepSize: 1, color: palette.fg },
    grid: { color: palette.grid },
    title: { display: true, text: title, color: palette.fg, font: { weight: 'bold' as const } },
  };
}

/**
 * The legend under the chart and the tooltip's sentence for a point of `groups` (one group a dataset);
 * `usePointStyle` when the datasets differ by point shape.
 */
export function pointPlugins<P>(
  palette: ChartPalette,
  groups: readonly (readonly P[])[],
  describe: (p: P) => string,
  usePointStyle = false,
) {
  return {
    legend: { position: 'bottom' as const, labels: { color: palette.fg, usePointStyle } },
    tooltip: {
      callbacks: {
        label: (ctx: { datasetIndex: number; dataIndex: number }) => {
          const p = groups[ctx.datasetIndex]?.[ctx.dataIndex];
          return p ? describe(p) : '';
        },
      },
    },
  };
}
