/**
 * chart.js pieces shared by the three matrix charts: quadrant shading with names, the capture of
 * the chart instance (so a focused row can show its point's tooltip), and arrows (DPM).
 * Only `import type` from chart.js here: the library itself arrives with ChartFigure's lazy chunk.
 */
import type { Chart, ChartConfiguration, Plugin } from 'chart.js';

export type AreaLabel = { title: string; text: string };

/** One shaded rectangle of the plot, in data units (x and y ranges), with an optional label. */
export type ShadedArea = {
  x: [number, number];
  y: [number, number];
  fill: string;
  label?: AreaLabel;
};

function px(chart: Chart, axis: 'x' | 'y', value: number): number {
  const scale = chart.scales[axis];
  return scale ? scale.getPixelForValue(value) : 0;
}

/**
 * Shades areas behind the points, draws the midpoint lines and writes each area's name in its
 * outer corner (the corner away from the plot's centre), whatever way the axes run.
 */
export function areasPlugin(areas: readonly ShadedArea[], options: { midpoint: number; line: string; text: string }): Plugin {
  return {
    id: 'kamAreas',
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea } = chart;
      const cx = px(chart, 'x', options.midpoint);
      const cy = px(chart, 'y', options.midpoint);
      ctx.save();
      for (const area of areas) {
        const x0 = px(chart, 'x', area.x[0]);
        const x1 = px(chart, 'x', area.x[1]);
        const y0 = px(chart, 'y', area.y[0]);
        const y1 = px(chart, 'y', area.y[1]);
        const left = Math.max(chartArea.left, Math.min(x0, x1));
        const right = Math.min(chartArea.right, Math.max(x0, x1));
        const top = Math.max(chartArea.top, Math.min(y0, y1));
        const bottom = Math.min(chartArea.bottom, Math.max(y0, y1));
        ctx.fillStyle = area.fill;
        ctx.fillRect(left, top, right - left, bottom - top);
        if (!area.label) continue;
        const atLeft = (left + right) / 2 < cx;
        const atTop = (top + bottom) / 2 < cy;
        ctx.fillStyle = options.text;
        ctx.textAlign = atLeft ? 'left' : 'right';
        ctx.textBaseline = atTop ? 'top' : 'bottom';
        const tx = atLeft ? left + 6 : right - 6;
        const lines = atTop ? [area.label.title, area.label.text] : [area.label.text, area.label.title];
        const step = 15;
        lines.forEach((line, i) => {
          ctx.font = (atTop ? i === 0 : i === 1) ? '600 13px system-ui, sans-serif' : '12px system-ui, sans-serif';
          const ty = atTop ? top + 6 + i * step : bottom - 6 - (lines.length - 1 - i) * step;
          ctx.fillText(line, tx, ty);
        });
      }
      ctx.strokeStyle = options.line;
      ctx.setLineDash([6, 4]);
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      ctx.moveTo(cx, chartArea.top);
      ctx.lineTo(cx, chartArea.bottom);
      ctx.moveTo(chartArea.left, cy);
      ctx.lineTo(chartArea.right, cy);
      ctx.stroke();
      ctx.restore();
    },
  };
}

/** Keeps the live chart in `holder.chart` while it exists. */
export type ChartHolder = { chart: Chart | null };

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

/** Shows the tooltip of one point (when its row in the list gets keyboard focus); null hides it. */
export function showPoint(holder: ChartHolder, point: { datasetIndex: number; index: number } | null): void {
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

/**
 * Arrows from each point of one dataset to the point with the same index in another (DPM: now →
 * in three years). The arrow stops at the edge of the target bubble so its head stays visible.
 */
export function arrowsPlugin(fromDataset: number, toDataset: number, color: string): Plugin {
  return {
    id: 'kamArrows',
    afterDatasetsDraw(chart) {
      const from = chart.getDatasetMeta(fromDataset).data;
      const to = chart.getDatasetMeta(toDataset).data;
      const { ctx } = chart;
      ctx.save();
      ctx.strokeStyle = color;
      ctx.fillStyle = color;
      ctx.lineWidth = 2;
      from.forEach((a, i) => {
        const b = to[i];
        if (!b) return;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const length = Math.hypot(dx, dy);
        const radius = (b as unknown as { options?: { radius?: number } }).options?.radius ?? 0;
        if (length <= radius + 4) return;
        const ux = dx / length;
        const uy = dy / length;
        const ex = b.x - ux * radius;
        const ey = b.y - uy * radius;
        ctx.beginPath();
        ctx.moveTo(a.x, a.y);
        ctx.lineTo(ex, ey);
        ctx.stroke();
        const head = 9;
        ctx.beginPath();
        ctx.moveTo(ex, ey);
        ctx.lineTo(ex - ux * head - uy * head * 0.6, ey - uy * head + ux * head * 0.6);
        ctx.lineTo(ex - ux * head + uy * head * 0.6, ey - uy * head - ux * head * 0.6);
        ctx.closePath();
        ctx.fill();
      });
      ctx.restore();
    },
  };
}

/** Linear 0..10 axis with an explicit title (which side is high is part of the title). */
export function scoreAxis(title: string, color: { fg: string; grid: string }, reverse = false) {
  return {
    type: 'linear' as const,
    min: 0,
    max: 10,
    reverse,
    ticks: { stepSize: 1, color: color.fg },
    grid: { color: color.grid },
    title: { display: true, text: title, color: color.fg, font: { weight: 'bold' as const } },
  };
}

export type BubbleConfig = ChartConfiguration<'bubble'>;
export type ScatterConfig = ChartConfiguration<'scatter'>;
