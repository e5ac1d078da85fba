/**
 * Keyboard access to a chart's points: a plugin (capturePlugin.ts) keeps the live chart in a holder,
 * and a list row that gets focus shows its point's tooltip through it.
 * Only `import type` from chart.js here: the library itself arrives with ChartFigure's lazy chunk.
 */
import type { Chart } from 'chart.js';

/** Keeps the live chart in `holder.chart` while it exists. */
export type ChartHolder = { chart: Chart | null };

/** Where a point is in the chart's data. */
export type PointRef = { datasetIndex: number; index: number };

/** Shows the tooltip of one point (when its row in the list gets keyboard focus); null hides it. */
export function showPoint(holder: ChartHolder, point: PointRef | null): void {
  const chart = holder.chart;
  if (!chart) return;
  try {
    if (point === null) {
      chart.setActiveElements([]);
      chart.tooltip?.setActiveElements([], { x: 0, y: 0 });
    } else {
      const element = chart.getDatasetMeta(point.datasetIndex).data[point.index];
      if (!element) return;
      chart.setActiveElements([point]);
      chart.tooltip?.setActiveElements([point], { x: element.x, y: element.y });
    }
    chart.update();
  } catch {
    // A chart being destroyed while focus moves: nothing to show.
  }
}
