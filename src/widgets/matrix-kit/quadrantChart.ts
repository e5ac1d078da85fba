/**
 * What the classification matrix and the DPM charts share (fit vs cost has zones, not quadrants):
 * the bubble chart's options, attractiveness up and strength across with HIGH on the left as in the
 * literature, and the quadrant shading.
 * Only `import type` from chart.js here: the library itself arrives with ChartFigure's lazy chunk.
 */
import type { Plugin } from 'chart.js';
import { QUADRANTS, quadrantBounds } from '../../domain/index.ts';
import { areasPlugin } from '../../charts/areasPlugin';
import { withAlpha } from '../../charts/colors';
import type { ChartPalette } from '../../charts/colors';
import type { Locale } from '../../i18n/locales';
import { quadrantColor } from './colors';
import { pointPlugins, scoreAxis } from './chartConfig';
import type { BubbleConfig } from './chartConfig';
import { capitalise, quadrantName, strategyName } from './names';

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

/** Axes, legend and tooltips of a quadrant bubble chart; a point of `groups` (one group a dataset) is said by `describe`. */
export function quadrantChartOptions<P>(
  axes: { x: string; y: string },
  palette: ChartPalette,
  groups: readonly (readonly P[])[],
  describe: (p: P) => string,
): BubbleConfig['options'] {
  return {
    scales: { x: scoreAxis(axes.x, palette, true), y: scoreAxis(axes.y, palette) },
    plugins: pointPlugins(palette, groups, describe),
  };
}
