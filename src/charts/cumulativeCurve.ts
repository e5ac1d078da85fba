/**
 * A cumulative-share curve (the Pareto curve, the whale curve): one line from (0, 0) through each
 * client's cumulative share, in percent up the y axis, without a legend (the summary names it).
 * Only `import type` from chart.js here: the library itself arrives with ChartFigure's lazy chunk.
 */
import type { ChartConfiguration } from 'chart.js';
import { formatPercent } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import type { ChartPalette } from './colors';

/** An axis of the curve; its ticks are percentages unless `ticks` says otherwise. */
type CurveAxis = { title: string; min?: number; max?: number; ticks?: Record<string, unknown> };

/** `xStep` is how far along the x axis each client moves the curve (1 a client, or 100 / n in percent). */
export function cumulativeCurve(
  locale: Locale,
  palette: ChartPalette,
  curve: { label: string; shares: readonly number[]; xStep: number; pointRadius: number },
  x: CurveAxis,
  y: CurveAxis,
) {
  const axis = ({ title, ticks = { callback: (v: number | string) => formatPercent(locale, Number(v) / 100) }, ...range }: CurveAxis) => ({
    ...range,
    title: { display: true, text: title, color: palette.fg },
    ticks: { color: palette.muted, ...ticks },
    grid: { color: palette.grid },
  });
  return {
    type: 'scatter',
    data: {
      datasets: [
        {
          label: curve.label,
          data: [{ x: 0, y: 0 }, ...curve.shares.map((share, i) => ({ x: (i + 1) * curve.xStep, y: share * 100 }))],
          showLine: true,
          pointRadius: curve.pointRadius,
          borderColor: palette.accent,
          backgroundColor: palette.accent,
          borderWidth: 2,
        },
      ],
    },
    options: { scales: { x: { type: 'linear', ...axis(x) }, y: axis(y) }, plugins: { legend: { display: false } } },
  } satisfies ChartConfiguration<'scatter'>;
}
