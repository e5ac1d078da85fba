/**
 * What the DPM chart shows, from the domain's `dpmPoints`: a filled bubble now and a hollow one in
 * three years per segment, an arrow between them, bubble area ∝ revenue on one scale for both, the
 * segment's name on its bubble; its summary, the table behind it and the focusable list of points.
 */
import { bubbleRadius, countByDirection, strategyOf } from '../../domain/index.ts';
import type { DpmPoint } from '../../domain/index.ts';
import { arrowsPlugin } from '../../charts/arrowsPlugin';
import { pointLabelsPlugin } from '../../charts/pointLabelsPlugin';
import { capturePlugin } from '../../charts/pointFocus';
import type { ChartHolder } from '../../charts/pointFocus';
import { withAlpha } from '../../charts/colors';
import type { ChartPalette } from '../../charts/colors';
import type { Locale } from '../../i18n/locales';
import { formatPercent } from '../../i18n/format';
import { fill } from '../../i18n/fill';
import { fillCount } from '../../i18n/plural';
import { quadrantColor } from '../matrix-kit/colors';
import { quadrantChartOptions, quadrantShading } from '../matrix-kit/quadrantChart';
import type { BubbleConfig } from '../matrix-kit/chartConfig';
import { directionName, quadrantName, strategyName } from '../matrix-kit/names';
import { score } from '../matrix-kit/typedNumbers';
import type { ListedPoint } from '../matrix-kit/PointList';
import { STRINGS } from './strings';

/** The DPM's midpoint: "high" means 5 or more, as in the other matrices. */
const MID = 5;

type ChartInput = {
  locale: Locale;
  points: readonly DpmPoint[];
  nameOf: (p: DpmPoint) => string;
  money: (n: number) => string;
  holder: ChartHolder;
};

export function dpmChart({ locale, points, nameOf, money, holder }: ChartInput) {
  const t = STRINGS[locale];
  const maxRevenue = Math.max(0, ...points.flatMap((p) => [p.now.revenue, p.future.revenue]));
  const radius = (revenue: number) => bubbleRadius(revenue, maxRevenue, 34, 4);
  const strategyIn = (p: DpmPoint['now']) => strategyName(locale, strategyOf(p.quadrant));
  const describe = (p: DpmPoint) =>
    fill(t.pointDesc, {
      segment: nameOf(p),
      aNow: score(locale, p.now.attractiveness),
      sNow: score(locale, p.now.strength),
      rNow: money(p.now.revenue),
      qNow: strategyIn(p.now),
      a3: score(locale, p.future.attractiveness),
      s3: score(locale, p.future.strength),
      r3: money(p.future.revenue),
      q3: strategyIn(p.future),
      direction: directionName(locale, p.direction),
      growth: p.growthRate === null ? '' : fill(t.growthPart, { growth: growthText(locale, p) }),
    });

  const largest = [...points].sort((a, b) => b.now.revenue - a.now.revenue)[0];
  const summary =
    points.length === 0
      ? t.summaryEmpty
      : `${fillCount(locale, t.summary, {
          n: points.length,
          now: money(points.reduce((s, p) => s + p.now.revenue, 0)),
          future: money(points.reduce((s, p) => s + p.future.revenue, 0)),
          ...countByDirection(points),
        })}${largest ? ` ${fill(t.summaryLargest, { name: nameOf(largest), quadrant: strategyIn(largest.now) })}` : ''}`;

  const config = (palette: ChartPalette): BubbleConfig => {
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
  };

  const table = {
    caption: t.tableCaption,
    headers: [
      t.colSegment,
      t.colRevenueNow,
      t.colRevenue3,
      t.colGrowth,
      t.colANow,
      t.colSNow,
      t.colA3,
      t.colS3,
      t.colQuadrantNow,
      t.colQuadrant3,
      t.colDirection,
    ],
    rows: points.map((p) => [
      nameOf(p),
      money(p.now.revenue),
      money(p.future.revenue),
      growthText(locale, p),
      score(locale, p.now.attractiveness),
      score(locale, p.now.strength),
      score(locale, p.future.attractiveness),
      score(locale, p.future.strength),
      `${quadrantName(locale, p.now.quadrant)}: ${strategyIn(p.now)}`,
      `${quadrantName(locale, p.future.quadrant)}: ${strategyIn(p.future)}`,
      directionName(locale, p.direction),
    ]),
    numeric: [1, 2, 3, 4, 5, 6, 7],
  };

  const listed: ListedPoint[] = points.map((p, i) => ({
    key: p.id,
    text: describe(p),
    point: { datasetIndex: 0, index: i },
    className: `q-${p.now.quadrant}`,
  }));
  const dataKey = `${locale}|${JSON.stringify(points.map((p) => [nameOf(p), p.now, p.future]))}`;
  return { config, summary, table, points: listed, dataKey };
}

/** Yearly growth of a segment's revenue, or a dash when it has none now. */
function growthText(locale: Locale, p: DpmPoint): string {
  return p.growthRate === null ? '–' : formatPercent(locale, p.growthRate, 1);
}
