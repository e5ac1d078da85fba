/**
 * The DPM chart's chart.js configuration: a filled bubble now and a hollow one in three years per
 * segment, an arrow between them, bubble area ∝ revenue on one scale for both, the segment's name on
 * its bubble, the quadrants shaded. Fetched with chart.js when the chart scrolls into view
 * (dpmChart.ts), so none of it is in the tool's first download.
 */
import { bubbleRadius } from '../../domain/index.ts';
import type { DpmPoint } from '../../domain/index.ts';
import { arrowsPlugin } from '../../charts/arrowsPlugin';
import { pointLabelsPlugin } from '../../charts/pointLabelsPlugin';
import { capturePlugin } from '../../charts/capturePlugin';
import type { ChartHolder } from '../../charts/pointFocus';
import { withAlpha } from '../../charts/colors';
import type { ChartPalette } from '../../charts/colors';
import type { Locale } from '../../i18n/locales';
import { quadrantColor } from '../matrix-kit/colors';
import { quadrantChartOptions, quadrantShading } from '../matrix-kit/quadrantChart';
import type { BubbleConfig } from '../matrix-kit/chartConfig';
import { LATER } from './laterStrings';

/** The DPM's midpoint: "high" means 5 or more, as in the other matrices. */
const MID = 5;

export type DpmConfigInput = {
  locale: Locale;
  points: readonly DpmPoint[];
  nameOf: (p: DpmPoint) => string;
  describe: (p: DpmPoint) => string;
  holder: ChartHolder;
};

export function dpmConfig(input: DpmConfigInput, palette: ChartPalette): BubbleConfig {
  const { locale, points, nameOf, describe, holder } = input;
  const t = LATER[locale];
  const maxRevenue = Math.max(0, ...points.flatMap((p) => [p.now.revenue, p.future.revenue]));
  const radius = (revenue: number) => bubbleRadius(revenue, maxRevenue, 34, 4);
  const colors = points.map((p) => quadrantColor(p.now.quadrant, palette));
  return {
    type: 'bubble',
    data: {
      datasets: [
        {
          label: t.legendNow,
          data: points.map((p) => ({ x: p.now.strength, y: p.now.attractiveness, r: radius(p.now.revenue) })),
          backgroundColor: colors.map((c) => withAlpha(c, 0.55)),
          borderColor: colors,
          borderWidth: 2,
        },
        {
          label: t.legend3,
          data: points.map((p) => ({ x: p.future.strength, y: p.future.attractiveness, r: radius(p.future.revenue) })),
          backgroundColor: 'transparent',
          borderColor: colors,
          borderWidth: 2.5,
        },
      ],
    },
    // Both datasets describe the segment: now and in three years are one sentence.
    options: quadrantChartOptions({ x: t.axisX, y: t.axisY }, palette, [points, points], describe),
    plugins: [
      quadrantShading(locale, palette, MID, 'strategy'),
      arrowsPlugin(0, 1, palette.fg),
      pointLabelsPlugin(0, points.map(nameOf), palette.fg),
      capturePlugin(holder),
    ],
  };
}
