/**
 * Drawing a configured chart on a figure's canvas, with the legend ChartFigure shows as HTML. Fetched
 * with chart.js (./registry) when a figure scrolls into view, so none of it is in a page's first download.
 */
import type { ChartConfiguration } from 'chart.js';
import { Chart } from './registry';

export interface LegendItem {
  label: string;
  fill: string;
  stroke: string;
}

/**
 * The legend, drawn as HTML from the datasets (chart.js's Legend plugin is not registered, to
 * keep the chart chunk within budget). A config that hides its legend gets none. It is hidden
 * from screen readers: the summary and the table already say what each series is.
 */
function legendItems(cfg: ChartConfiguration): LegendItem[] {
  const plugins = cfg.options?.plugins as { legend?: { display?: boolean } } | undefined;
  if (plugins?.legend?.display === false) return [];
  const colour = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
  return cfg.data.datasets
    .filter((d) => typeof d.label === 'string' && d.label !== '')
    .map((d) => {
      const dataset = d as { label?: string; backgroundColor?: unknown; borderColor?: unknown };
      const stroke = colour(dataset.borderColor) ?? colour(dataset.backgroundColor) ?? 'currentColor';
      return { label: dataset.label ?? '', fill: colour(dataset.backgroundColor) ?? 'transparent', stroke };
    });
}

/** Draws `cfg` on `canvas`, sized by its container, without animation when the visitor prefers reduced motion. */
export function drawChart(canvas: HTMLCanvasElement, cfg: ChartConfiguration, reducedMotion: boolean) {
  cfg.options = { ...cfg.options, responsive: true, maintainAspectRatio: false, ...(reducedMotion ? { animation: false } : {}) };
  return { chart: new Chart(canvas, cfg), legend: legendItems(cfg) };
}
