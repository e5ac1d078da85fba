/**
 * What the fit vs cost chart shows, from the domain's assessment: the scatter (cost across, fit up,
 * the "select" zone shaded; its configuration is fitCostConfig.ts, fetched with chart.js), its
 * summary, the table behind it and the focusable list of points.
 */
import { FIT_COST_ZONES, countByZone, fitCostListOrder } from '../../domain/index.ts';
import type { FitCostPoint, FitCostResult } from '../../domain/index.ts';
import type { ChartHolder, PointRef } from '../../charts/pointFocus';
import type { ChartPalette } from '../../charts/colors';
import type { Locale } from '../../i18n/locales';
import { fill } from '../../i18n/fill';
import { fillCount } from '../../i18n/plural';
import { lazyImport } from '../../scripts/lazyImport.ts';
import { zoneName } from '../matrix-kit/names';
import { score } from '../matrix-kit/numberText';
import type { ListedPoint } from '../matrix-kit/PointList';
import { STRINGS } from './strings';
import type { CANDIDATE_STRINGS } from './candidateStrings';

type ChartInput = {
  locale: Locale;
  result: FitCostResult;
  capacity: number;
  midpoint: number;
  nameOf: (key: string) => string;
  holder: ChartHolder;
  /** The words only scored clients need (candidateStrings, fetched with them); null without clients. */
  words: (typeof CANDIDATE_STRINGS)[Locale] | null;
};

export function fitCostChart({ locale, result, capacity, midpoint, nameOf, holder, words }: ChartInput) {
  const t = STRINGS[locale];
  const rankOf = new Map(result.recommended.map((k, i) => [k, i + 1]));
  const describe = (p: FitCostPoint) =>
    fill(words?.pointDesc ?? '', {
      client: nameOf(p.key),
      fit: score(locale, p.fit),
      cost: score(locale, p.cost),
      zone: zoneName(locale, p.zone),
    });
  const groups = FIT_COST_ZONES.map((z) => result.points.filter((p) => p.zone === z));
  const pointIndex = new Map<string, PointRef>();
  groups.forEach((g, datasetIndex) => g.forEach((p, index) => pointIndex.set(p.key, { datasetIndex, index })));

  const summary =
    result.points.length === 0 || !words
      ? t.summaryEmpty
      : `${fillCount(locale, words.summary, { n: result.points.length, ...countByZone(result.points) })} ${fill(words.summaryCapacity, { recommended: result.recommended.length, capacity })}`;

  // The chart.js configuration comes with chart.js, when the chart is in view.
  const config = (palette: ChartPalette) =>
    lazyImport(() => import('./fitCostConfig')).then((m) => m.fitCostConfig({ locale, groups, midpoint, describe, holder }, palette));

  const listed = fitCostListOrder(result);
  const table = {
    caption: t.tableCaption,
    headers: [t.colClient, t.colFit, t.colCost, t.colZone, t.colRank],
    rows: listed.map((p) => [
      nameOf(p.key),
      score(locale, p.fit),
      score(locale, p.cost),
      zoneName(locale, p.zone),
      rankOf.get(p.key) ?? '–',
    ]),
    numeric: [1, 2, 4],
  };
  const points: ListedPoint[] = listed.map((p) => ({ key: p.key, text: describe(p), point: pointIndex.get(p.key) ?? null }));
  const dataKey = `${locale}|${JSON.stringify(groups.map((g) => g.map((p) => [p.key, p.fit, p.cost])))}`;
  return { config, summary, table, points, dataKey };
}
