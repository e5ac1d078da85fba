/**
 * Value created against the price premium: one bar per category of value in use, then the value
 * created beyond price, the premium asked and the net value left to the customer. chart.js loads
 * only when the figure scrolls into view (ChartFigure); the table behind it lists the same figures.
 * Shown only once the worksheet has lines, which the server-rendered page never has (stored data
 * arrives after hydration), so the tool fetches this figure, with its words, when it first appears.
 */
import type { ChartConfiguration } from 'chart.js';
import { ChartFigure } from '../../charts/ChartFigure';
import type { ChartPalette } from '../../charts/colors';
import type { Worksheet } from '../../domain/index.ts';
import { fill } from '../../i18n/fill';
import type { Locale } from '../../i18n/locales';
import { PROPOSITION_STRINGS } from '../shared/propositionStrings';
import { CHART_STRINGS } from './chartStrings';

export type ValueChartProps = { locale: Locale; uid: string; sheet: Worksheet; money: (value: number) => string };

export function ValueChart({ locale, uid, sheet, money }: ValueChartProps) {
  const t = CHART_STRINGS[locale];
  const p = PROPOSITION_STRINGS[locale];
  const rows: { label: string; value: number; kind: 'part' | 'total' | 'premium' | 'net' }[] = [
    ...(['acquisition', 'usage', 'risk', 'revenue'] as const)
      .filter((c) => sheet.byCategory[c] !== 0)
      .map((c) => ({ label: p[`category.${c}`], value: sheet.byCategory[c], kind: 'part' as const })),
    { label: p.valueCreated, value: sheet.valueCreated, kind: 'total' },
    { label: p.premium, value: sheet.premium, kind: 'premium' },
    { label: p.net, value: sheet.netToCustomer, kind: 'net' },
  ];
  const config = (palette: ChartPalette): ChartConfiguration => {
    const colour = { part: palette.b, total: palette.accent, premium: palette.warn, net: palette.ok };
    const spec = {
      type: 'bar',
      data: {
        labels: rows.map((r) => r.label),
        datasets: [
          {
            label: t.series,
            data: rows.map((r) => r.value),
            backgroundColor: rows.map((r) => colour[r.kind]),
            borderColor: rows.map((r) => colour[r.kind]),
          },
        ],
      },
      options: {
        indexAxis: 'y',
        scales: {
          x: { ticks: { color: palette.muted, callback: (v: number | string) => money(Number(v)) }, grid: { color: palette.grid } },
          y: { ticks: { color: palette.fg }, grid: { display: false } },
        },
        plugins: { legend: { display: false } },
      },
    };
    return spec as unknown as ChartConfiguration;
  };
  return (
    <section class="vp-chart" aria-labelledby={`${uid}-chart`}>
      <h4 id={`${uid}-chart`}>{t.chartTitle}</h4>
      <ChartFigure
        locale={locale}
        height="normal"
        dataKey={`${locale}|${rows.map((r) => `${r.label}:${r.value}`).join('|')}`}
        config={config}
        summary={fill(t.chartSummary, {
          created: money(sheet.valueCreated),
          premium: money(sheet.premium),
          net: money(sheet.netToCustomer),
        })}
        table={{
          caption: t.chartCaption,
          headers: [t.colItem, t.colAmount],
          rows: rows.map((r) => [r.label, money(r.value)]),
          numeric: [1],
        }}
      />
    </section>
  );
}
