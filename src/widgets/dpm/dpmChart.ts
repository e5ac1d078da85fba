/**
 * What the DPM chart shows, from the domain's `dpmPoints`: a filled bubble now and a hollow one in
 * three years per segment, an arrow between them (its configuration is dpmConfig.ts, fetched with
 * chart.js); its summary, the table behind it and the focusable list of points. Part of the
 * segments' view (DpmSegments.tsx), fetched once there are segments.
 */
import { strategyOf } from '../../domain/index.ts';
import type { DpmDirection, DpmPoint } from '../../domain/index.ts';
import type { ChartPalette } from '../../charts/colors';
import type { Locale } from '../../i18n/locales';
import { formatPercent } from '../../i18n/format';
import { fill } from '../../i18n/fill';
import { fillCount } from '../../i18n/plural';
import { directionName, quadrantName, strategyName } from '../matrix-kit/names';
import type { ListedPoint } from '../matrix-kit/PointList';
import type { DpmTexts, dpmTableHead } from './dpmFigure';
import type { BubbleConfig } from '../matrix-kit/chartConfig';
import { ROWS } from './rowStrings';

export type DpmChartInput = {
  locale: Locale;
  t: DpmTexts;
  /** The segments per direction (the domain's `countByDirection`). */
  counts: Record<DpmDirection, number>;
  points: readonly DpmPoint[];
  nameOf: (p: DpmPoint) => string;
  money: (n: number) => string;
  /** A 0..10 score as the matrix tools show it. */
  score: (value: number) => string;
  /** The table's caption and headers (dpmFigure.ts `dpmTableHead`). */
  head: ReturnType<typeof dpmTableHead>;
  /** The chart.js configuration, fetched with chart.js, given how each point is described. */
  configWith: (describe: (p: DpmPoint) => string) => (palette: ChartPalette) => Promise<BubbleConfig>;
};

export type DpmChart = ReturnType<typeof dpmChart>;

export function dpmChart({ locale, t, counts, points, nameOf, money, score, head, configWith }: DpmChartInput) {
  const r = ROWS[locale];
  const strategyIn = (p: DpmPoint['now']) => strategyName(locale, strategyOf(p.quadrant));
  const describe = (p: DpmPoint) =>
    fill(r.pointDesc, {
      segment: nameOf(p),
      aNow: score(p.now.attractiveness),
      sNow: score(p.now.strength),
      rNow: money(p.now.revenue),
      qNow: strategyIn(p.now),
      a3: score(p.future.attractiveness),
      s3: score(p.future.strength),
      r3: money(p.future.revenue),
      q3: strategyIn(p.future),
      direction: directionName(locale, p.direction),
      growth: p.growthRate === null ? '' : fill(r.growthPart, { growth: growthText(locale, p) }),
    });

  const largest = [...points].sort((a, b) => b.now.revenue - a.now.revenue)[0];
  const summary =
    points.length === 0
      ? t.summaryEmpty
      : `${fillCount(locale, r.summary, {
          n: points.length,
          now: money(points.reduce((s, p) => s + p.now.revenue, 0)),
          future: money(points.reduce((s, p) => s + p.future.revenue, 0)),
          ...counts,
        })}${largest ? ` ${fill(r.summaryLargest, { name: nameOf(largest), quadrant: strategyIn(largest.now) })}` : ''}`;

  const config = configWith(describe);

  const table = {
    ...head,
    rows: points.map((p) => [
      nameOf(p),
      money(p.now.revenue),
      money(p.future.revenue),
      growthText(locale, p),
      score(p.now.attractiveness),
      score(p.now.strength),
      score(p.future.attractiveness),
      score(p.future.strength),
      `${quadrantName(locale, p.now.quadrant)}: ${strategyIn(p.now)}`,
      `${quadrantName(locale, p.future.quadrant)}: ${strategyIn(p.future)}`,
      directionName(locale, p.direction),
    ]),
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
