/**
 * The Pareto chart's configurations: one bar per client with the cumulative line and the class
 * limits, or, for many clients, the cumulative curve with the 20 % / 80 % guide lines. Fetched with
 * chart.js when the figure scrolls into view (see ParetoFigures.tsx).
 */
import type { ChartConfiguration, Plugin } from 'chart.js';
import type { Locale } from '../../i18n/locales';
import { formatMoney, formatPercent } from '../../i18n/format';
import type { ParetoResult } from '../../domain/index.ts';
import type { ChartPalette } from '../../charts/colors';
import { cumulativeCurve } from '../../charts/cumulativeCurve';
import type { ParetoStrings } from './strings.ts';

/** Draws horizontal lines (and optional vertical ones) with labels on top of the chart. */
function guideLines(lines: { axis: 'x' | 'y'; scale: string; value: number; label: string }[], color: string): Plugin {
  return {
    id: 'guideLines',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea } = chart;
      ctx.save();
      ctx.strokeStyle = color;
      ctx.fillStyle = color;
      ctx.setLineDash([6, 4]);
      ctx.lineWidth = 1.5;
      ctx.font = '12px system-ui, sans-serif';
      for (const line of lines) {
        const scale = chart.scales[line.scale];
        if (!scale) continue;
        const at = scale.getPixelForValue(line.value);
        ctx.beginPath();
        if (line.axis === 'y') {
          ctx.moveTo(chartArea.left, at);
          ctx.lineTo(chartArea.right, at);
          ctx.stroke();
          ctx.fillText(line.label, chartArea.left + 4, at - 4);
        } else {
          ctx.moveTo(at, chartArea.top);
          ctx.lineTo(at, chartArea.bottom);
          ctx.stroke();
          ctx.fillText(line.label, at + 4, chartArea.top + 12);
        }
      }
      ctx.restore();
    },
  };
}

export function barConfig(result: ParetoResult, thresholds: { a: number; b: number }, t: ParetoStrings, locale: Locale, currency: string) {
  return (palette: ChartPalette): ChartConfiguration => {
    const colour = { A: palette.a, B: palette.b, C: palette.c };
    const config = {
      type: 'bar',
      data: {
        labels: result.ranked.map((r) => r.name),
        datasets: [
          {
            type: 'line',
            label: t.cumulative,
            data: result.ranked.map((r) => r.cumulativeShare * 100),
            yAxisID: 'y1',
            borderColor: palette.fg,
            backgroundColor: palette.fg,
            pointRadius: 2,
            order: 1,
          },
          {
            type: 'bar',
            label: t.revenue,
            data: result.ranked.map((r) => r.revenue),
            backgroundColor: result.ranked.map((r) => colour[r.class]),
            yAxisID: 'y',
            order: 2,
          },
        ],
      },
      options: {
        scales: {
          x: { ticks: { color: palette.muted, display: result.ranked.length <= 30 }, grid: { display: false } },
          y: {
            beginAtZero: true,
            ticks: { color: palette.muted, callback: (v: number | string) => formatMoney(locale, Number(v), currency) },
            grid: { color: palette.grid },
          },
          y1: {
            position: 'right',
            min: 0,
            max: 100,
            ticks: { color: palette.muted, callback: (v: number | string) => formatPercent(locale, Number(v) / 100) },
            grid: { drawOnChartArea: false },
          },
        },
        plugins: { legend: { labels: { color: palette.fg } } },
      },
      plugins: [
        guideLines(
          [
            { axis: 'y', scale: 'y1', value: thresholds.a * 100, label: `${t.limitA} ${formatPercent(locale, thresholds.a)}` },
            { axis: 'y', scale: 'y1', value: thresholds.b * 100, label: `${t.limitB} ${formatPercent(locale, thresholds.b)}` },
          ],
          palette.danger,
        ),
      ],
    };
    return config as unknown as ChartConfiguration;
  };
}

export function curveConfig(result: ParetoResult, t: ParetoStrings, locale: Locale) {
  return (palette: ChartPalette): ChartConfiguration => {
    const n = result.ranked.length;
    const curve = { label: t.cumulative, shares: result.ranked.map((r) => r.cumulativeShare), xStep: 100 / n, pointRadius: 0 };
    const guides = guideLines(
      [
        { axis: 'x', scale: 'x', value: 20, label: t.marker20 },
        { axis: 'y', scale: 'y', value: 80, label: t.marker80 },
      ],
      palette.danger,
    );
    const config = cumulativeCurve(locale, palette, curve, { title: t.clientsAxis, max: 100 }, { title: t.cumulative, min: 0, max: 100 });
    return { ...config, plugins: [guides] } as ChartConfiguration;
  };
}
