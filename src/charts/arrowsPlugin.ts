/**
 * A chart.js plugin that draws arrows from each point of one dataset to the point with the same
 * index in another (the DPM: now → in three years).
 * Only `import type` from chart.js here: the library itself arrives with ChartFigure's lazy chunk.
 */
import type { Plugin } from 'chart.js';

/** The arrow stops at the edge of the target bubble so its head stays visible. */
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
