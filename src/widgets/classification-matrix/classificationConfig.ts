/**
 * The classification matrix's chart.js configuration: one bubble dataset per quadrant (so the legend
 * names them), bubble area ∝ revenue, the quadrants shaded. Fetched with chart.js when the chart
 * scrolls into view (classificationChart.ts), so none of it is in the tool's first download.
 */
import { QUADRANTS, bubbleRadius } from '../../domain/index.ts';
import type { ClassifiedAccount } from '../../domain/index.ts';
import { capturePlugin } from '../../charts/capturePlugin';
import type { ChartHolder } from '../../charts/pointFocus';
import { withAlpha } from '../../charts/colors';
import type { ChartPalette } from '../../charts/colors';
import type { Locale } from '../../i18n/locales';
import { quadrantColor } from '../matrix-kit/colors';
import { quadrantChartOptions, quadrantShading } from '../matrix-kit/quadrantChart';
import type { BubbleConfig } from '../matrix-kit/chartConfig';
import { quadrantName, strategyName } from '../matrix-kit/names';
import { CHART_STRINGS } from './chartStrings';

export type ClassificationConfigInput = {
  locale: Locale;
  /** The accounts of each quadrant, in the order of QUADRANTS. */
  groups: readonly (readonly ClassifiedAccount[])[];
  midpoint: number;
  describe: (r: ClassifiedAccount) => string;
  holder: ChartHolder;
};

export function classificationConfig(input: ClassificationConfigInput, palette: ChartPalette): BubbleConfig {
  const { locale, groups, midpoint, describe, holder } = input;
  const maxRevenue = Math.max(0, ...groups.flat().map((r) => r.revenue ?? 0));
  return {
    type: 'bubble',
    data: {
      datasets: QUADRANTS.map((q, i) => ({
        label: `${quadrantName(locale, q.id)}: ${strategyName(locale, q.strategy)}`,
        data: groups[i]!.map((r) => ({ x: r.strength, y: r.attractiveness, r: bubbleRadius(r.revenue ?? 0, maxRevenue, 32, 4) })),
        backgroundColor: withAlpha(quadrantColor(q.id, palette), 0.55),
        borderColor: quadrantColor(q.id, palette),
        borderWidth: 2,
      })),
    },
    options: quadrantChartOptions({ x: CHART_STRINGS[locale].axisX, y: CHART_STRINGS[locale].axisY }, palette, groups, describe),
    plugins: [quadrantShading(locale, palette, midpoint, 'quadrant'), capturePlugin(holder)],
  };
}
