/**
 * The quadrant shading of the classification matrix and the DPM charts (fit vs cost shades zones).
 * Only `import type` from chart.js here: the library itself arrives with ChartFigure's lazy chunk.
 */
import type { Plugin } from 'chart.js';
import { QUADRANTS, quadrantBounds } from '../../domain/index.ts';
import { areasPlugin } from '../../charts/areasPlugin';
import { withAlpha } from '../../charts/colors';
import type { ChartPalette } from '../../charts/colors';
import type { Locale } from '../../i18n/locales';
import { quadrantColor } from './colors';
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
