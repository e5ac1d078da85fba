/**
 * The checklist's chart: one bar per cause of uncoupling, its share of the cause's weight, red from
 * 75 %, grey for causes outside the relationship. Fetched with chart.js when the figure scrolls into
 * view (see UncouplingResult.tsx, which draws the table and the words at once).
 */
import type { ChartConfiguration } from 'chart.js';
import type { ChartPalette } from '../../charts/colors';
import { withAlpha } from '../../charts/colors';
import { formatPercent } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';

export type UncouplingBars = {
  locale: Locale;
  label: string;
  bars: readonly { name: string; value: number; external: boolean }[];
};

export function uncouplingChartConfig({ locale, label, bars }: UncouplingBars, p: ChartPalette): ChartConfiguration {
  const colour = (bar: UncouplingBars['bars'][number]) => (bar.value >= 75 ? p.danger : bar.external ? p.c : p.warn);
  return {
    type: 'bar',
    data: {
      labels: bars.map((b) => b.name),
      datasets: [
        {
          label,
          data: bars.map((b) => Math.round(b.value)),
          backgroundColor: bars.map((b) => withAlpha(colour(b), 0.85)),
          borderColor: bars.map(colour),
          borderWidth: 1,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      plugins: { legend: { display: false } },
      scales: {
        x: {
          min: 0,
          max: 100,
          ticks: { color: p.muted, callback: (v) => formatPercent(locale, Number(v) / 100) },
          grid: { color: p.grid },
        },
        y: { ticks: { color: p.fg }, grid: { display: false } },
      },
    },
  };
}
