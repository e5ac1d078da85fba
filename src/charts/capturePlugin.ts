/**
 * The chart.js plugin that keeps the live chart in a holder, for pointFocus.ts's `showPoint`. Its own
 * module: it is part of a chart's configuration, which may be fetched with chart.js, while
 * `showPoint` is in the first download with the list of points (a lazy chunk importing a module of
 * the first download would split that module out into a chunk of its own).
 * Only `import type` from chart.js here: the library itself arrives with ChartFigure's lazy chunk.
 */
import type { Plugin } from 'chart.js';
import type { ChartHolder } from './pointFocus';

export function capturePlugin(holder: ChartHolder): Plugin {
  return {
    id: 'kamCapture',
    afterInit(chart) {
      holder.chart = chart;
    },
    afterDestroy(chart) {
      if (holder.chart === chart) holder.chart = null;
    },
  };
}
