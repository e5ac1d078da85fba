/**
 * The chart configuration the three matrix charts share: 0..10 axes with a title that says which
 * side is high, and the quadrant shading of the classification matrix and the DPM.
 * Only `import type` from chart.js here: the library itself arrives with ChartFigure's lazy chunk.
 */
import type { ChartConfiguration, Plugin } from 'chart.js';
import { QUADRANTS, quadrantBounds } from '../../domain/index.ts';
import { areasPlugin } from '../../charts/areasPlugin';
import { withAlpha } from '../../charts/colors';
import type { ChartPalette } from '../../charts/colors';
import type { Locale } from '../../i18n/locales';
import { quadrantColor } from './colors';
import { capitalise, quadrantName, strategyName } from './names';

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

/**
 * The four quadrants shaded in their colours, each named in its corner: the classification matrix
 * leads with the quadrant's name, the DPM with its strategy.
 */
export function quadrantShading(locale: Locale, palette: ChartPalette, midpoint: number, lead: 'quadrant' | 'strategy'): Plugin {
  return areasPlugin(
    QUADRANTS.map((q) => {
      const quadrant = quadrantName(locale, q.id);
      const strategy = capitalise(strategyName(locale, q.strategy));
      return {
        ...quadrantBounds(q.id, midpoint),
        fill: withAlpha(quadrantColor(q.id, palette), 0.1),
        label: lead === 'quadrant' ? { title: quadrant, text: strategy } : { title: strategy, text: quadrant },
      };
    }),
    { midpoint, line: palette.muted, text: palette.fg },
  );
}
