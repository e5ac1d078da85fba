/**
 * The fit vs cost chart's chart.js configuration: one scatter dataset per zone (each its own point
 * shape), the "select" zone shaded. Fetched with chart.js when the chart scrolls into view
 * (fitCostChart.ts), so none of it is in the tool's first download.
 */
import { FIT_COST_ZONES, fitCostZoneBounds } from '../../domain/index.ts';
import type { FitCostPoint } from '../../domain/index.ts';
import { areasPlugin } from '../../charts/areasPlugin';
import { capturePlugin } from '../../charts/capturePlugin';
import type { ChartHolder } from '../../charts/pointFocus';
import { withAlpha } from '../../charts/colors';
import type { ChartPalette } from '../../charts/colors';
import type { Locale } from '../../i18n/locales';
import { CHART_STRINGS } from './chartStrings';
import { zoneColor } from '../matrix-kit/colors';
import { pointPlugins, scoreAxis } from '../matrix-kit/chartConfig';
import type { ScatterConfig } from '../matrix-kit/chartConfig';
import { zoneName } from '../matrix-kit/names';

export type FitCostConfigInput = {
  locale: Locale;
  /** The points of each zone, in the order of FIT_COST_ZONES. */
  groups: readonly (readonly FitCostPoint[])[];
  midpoint: number;
  describe: (p: FitCostPoint) => string;
  holder: ChartHolder;
};

export function fitCostConfig(input: FitCostConfigInput, palette: ChartPalette): ScatterConfig {
  const { locale, groups, midpoint, describe, holder } = input;
  return {
    type: 'scatter',
    data: {
      datasets: FIT_COST_ZONES.map((z, i) => ({
        label: zoneName(locale, z),
        data: groups[i]!.map((p) => ({ x: p.cost, y: p.fit })),
        backgroundColor: withAlpha(zoneColor(z, palette), 0.75),
        borderColor: zoneColor(z, palette),
        pointRadius: 6,
        pointHoverRadius: 8,
        pointStyle: (['circle', 'rect', 'triangle', 'crossRot'] as const)[i],
      })),
    },
    options: {
      scales: { x: scoreAxis(CHART_STRINGS[locale].axisX, palette), y: scoreAxis(CHART_STRINGS[locale].axisY, palette) },
      plugins: pointPlugins(palette, groups, describe, true),
    },
    plugins: [
      areasPlugin(
        FIT_COST_ZONES.map((z) => ({
          ...fitCostZoneBounds(z, midpoint),
          fill: z === 'select' ? withAlpha(palette.ok, 0.16) : withAlpha(palette.grid, 0.08),
          label: { title: zoneName(locale, z), text: '' },
        })),
        { midpoint, line: palette.muted, text: palette.fg },
      ),
      capturePlugin(holder),
    ],
  };
}
