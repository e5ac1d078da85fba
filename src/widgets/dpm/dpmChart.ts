/**
 * What the DPM chart shows, from the domain's `dpmPoints`: a filled bubble now and a hollow one in
 * three years per segment, an arrow between them (its configuration is dpmConfig.ts, fetched with
 * chart.js); its summary, the table behind it and the focusable list of points.
 */
import { countByDirection, strategyOf } from '../../domain/index.ts';
import type { DpmPoint } from '../../domain/index.ts';
import type { ChartHolder } from '../../charts/pointFocus';
import type { ChartPalette } from '../../charts/colors';
import type { Locale } from '../../i18n/locales';
import { formatPercent } from '../../i18n/format';
import { fill } from '../../i18n/fill';
import { fillCount } from '../../i18n/plural';
import { lazyImport } from '../../scripts/lazyImport.ts';
import { directionName, quadrantName, strategyName } from '../matrix-kit/names';
import { score } from '../matrix-kit/typedNumbers';
import type { ListedPoint } from '../matrix-kit/PointList';
import { STRINGS } from './strings';

type ChartInput = {
  locale: Locale;
  points: readonly DpmPoint[];
  nameOf: (p: DpmPoint) => string;
  money: (n: number) => string;
  holder: ChartHolder;
};

export function dpmChart({ locale, points, nameOf, money, holder }: ChartInput) {
  const t = STRINGS[locale];
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

  // The chart.js configuration comes with chart.js, when the chart is in view.
  const config = (palette: ChartPalette) =>
    lazyImport(() => import('./dpmConfig')).then((m) => m.dpmConfig({ locale, points, nameOf, describe, holder }, palette));

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
