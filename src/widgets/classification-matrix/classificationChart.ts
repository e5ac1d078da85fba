/**
 * What the classification matrix's chart shows, from the classified accounts: the bubble chart
 * (attractiveness up, strength across with HIGH on the left as in the literature; its configuration
 * is classificationConfig.ts, fetched with chart.js), its summary, the table behind it and the
 * focusable list of points.
 */
import { QUADRANTS, countByQuadrant, strategyOf } from '../../domain/index.ts';
import type { ClassifiedAccount } from '../../domain/index.ts';
import type { ChartHolder, PointRef } from '../../charts/pointFocus';
import type { ChartPalette } from '../../charts/colors';
import type { Locale } from '../../i18n/locales';
import { fill } from '../../i18n/fill';
import { fillCount } from '../../i18n/plural';
import { lazyImport } from '../../scripts/lazyImport.ts';
import { quadrantName, strategyName } from '../matrix-kit/names';
import { score } from '../matrix-kit/numberText';
import type { ListedPoint } from '../matrix-kit/PointList';
import { STRINGS } from './strings';
import type { ACCOUNT_STRINGS } from './accountStrings';

type ChartInput = {
  locale: Locale;
  /** Largest revenue first. */
  sorted: readonly ClassifiedAccount[];
  nameOf: (key: string) => string;
  money: (n: number) => string;
  midpoint: number;
  holder: ChartHolder;
  /** The words only accounts on the chart need (accountStrings, fetched with them); null without accounts. */
  words: (typeof ACCOUNT_STRINGS)[Locale] | null;
};

export function classificationChart({ locale, sorted, nameOf, money, midpoint, holder, words }: ChartInput) {
  const t = STRINGS[locale];
  const describe = (r: ClassifiedAccount) =>
    fill(words?.pointDesc ?? '', {
      account: nameOf(r.key),
      quadrant: quadrantName(locale, r.quadrant),
      strategy: strategyName(locale, strategyOf(r.quadrant)),
      a: score(locale, r.attractiveness),
      s: score(locale, r.strength),
      revenue: money(r.revenue ?? 0),
    });
  const groups = QUADRANTS.map((q) => sorted.filter((r) => r.quadrant === q.id));
  const pointIndex = new Map<string, PointRef>();
  groups.forEach((g, datasetIndex) => g.forEach((r, index) => pointIndex.set(r.key, { datasetIndex, index })));

  const counts = countByQuadrant(sorted);
  const largest = sorted[0];
  const summary =
    sorted.length === 0 || !words
      ? t.summaryEmpty
      : `${fillCount(locale, words.summary, { n: sorted.length, list: QUADRANTS.map((q) => `${counts[q.id]} ${quadrantName(locale, q.id)}`).join(', ') })}${
          largest
            ? ` ${fill(words.summaryLargest, {
                name: nameOf(largest.key),
                quadrant: quadrantName(locale, largest.quadrant),
                strategy: strategyName(locale, strategyOf(largest.quadrant)),
              })}`
            : ''
        }`;

  // The chart.js configuration comes with chart.js, when the chart is in view.
  const config = (palette: ChartPalette) =>
    lazyImport(() => import('./classificationConfig')).then((m) =>
      m.classificationConfig({ locale, groups, midpoint, describe, holder }, palette),
    );

  const table = {
    caption: t.tableCaption,
    headers: [t.colAccount, t.colAttractiveness, t.colStrength, t.colQuadrant, t.colStrategy, t.colRevenue],
    rows: sorted.map((r) => [
      nameOf(r.key),
      score(locale, r.attractiveness),
      score(locale, r.strength),
      quadrantName(locale, r.quadrant),
      strategyName(locale, strategyOf(r.quadrant)),
      money(r.revenue ?? 0),
    ]),
    numeric: [1, 2, 5],
  };

  const points: ListedPoint[] = sorted.map((r) => ({
    key: r.key,
    text: describe(r),
    point: pointIndex.get(r.key) ?? null,
    className: `q-${r.quadrant}`,
  }));
  const dataKey = `${locale}|${midpoint}|${JSON.stringify(groups.map((g) => g.map((r) => [r.key, r.attractiveness, r.strength, r.revenue])))}`;
  return { config, summary, table, points, dataKey };
}
