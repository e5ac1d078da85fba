/**
 * A chart.js plugin that writes a label in the middle of each point of one dataset (the DPM's
 * segment names on their bubbles).
 * Only `import type` from chart.js here: the library itself arrives with ChartFigure's lazy chunk.
 */
import type { Plugin } from 'chart.js';

/** `labels[i]` is written on point i of `dataset`; a missing label writes nothing. */
export function pointLabelsPlugin(dataset: number, labels: readonly string[], color: string): Plugin {
  return {
    id: 'kamPointLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = color;
      ctx.font = '600 12px system-ui, sans-serif';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      chart.getDatasetMeta(dataset).data.forEach((el, i) => {
        const label = labels[i];
        if (label !== undefined) ctx.fillText(label, el.x, el.y);
      });
      ctx.restore();
    },
  };
}
