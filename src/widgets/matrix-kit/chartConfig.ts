/**
 * The chart configuration the three matrix charts share: their types, and 0..10 axes with a title
 * that says which side is high.
 * Only `import type` from chart.js here: the library itself arrives with ChartFigure's lazy chunk.
 */
import type { ChartConfiguration } from 'chart.js';
import type { ChartPalette } from '../../charts/colors';

export type BubbleConfig = ChartConfiguration<'bubble'>;
export type ScatterConfig = ChartConfiguration<'scatter'>;

/** Linear 0..10 axis with an explicit title (which side is high is part of the title). */
export function scoreAxis(title: string, palette: ChartPalette, reverse = false) {
  return {
    type: 'linear' as const,
    min: 0,
    max: 10,
    reverse,
    ticks: { stepSize: 1, color: palette.fg },
    grid: { color: palette.grid },
    title: { display: true, text: title, color: palette.fg, font: { weight: 'bold' as const } },
  };
}
