/**
 * A chart.js plugin that shades rectangles of the plot (the quadrants or zones of the matrix charts),
 * draws the midpoint lines and names each area in its outer corner.
 * Only `import type` from chart.js here: the library itself arrives with ChartFigure's lazy chunk.
 */
import type { Chart, Plugin } from 'chart.js';

export type AreaLabel = { title: string; text: string };

/** One shaded rectangle of the plot, in data units (x and y ranges), with an optional label. */
export type ShadedArea = {
  x: readonly [number, number];
  y: readonly [number, number];
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
