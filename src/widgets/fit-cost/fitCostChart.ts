/**
 * What the fit vs cost chart shows, from the domain's assessment: the scatter (cost across, fit up,
 * the "select" zone shaded), its summary, the table behind it and the focusable list of points.
 */
import { FIT_COST_ZONES, countByZone, fitCostListOrder, fitCostZoneBounds } from '../../domain/index.ts';
import type { FitCostPoint, FitCostResult } from '../../domain/index.ts';
import { areasPlugin } from '../../charts/areasPlugin';
import { capturePlugin } from '../../charts/pointFocus';
import type { ChartHolder, PointRef } from '../../charts/pointFocus';
import { withAlpha } from '../../charts/colors';
import type { ChartPalette } from '../../charts/colors';
import type { Locale } from '../../i18n/locales';
import { fill } from '../../i18n/fill';
import { fillCount } from '../../i18n/plural';
import { zoneColor } from '../matrix-kit/colors';
import { pointPlugins, scoreAxis } from '../matrix-kit/chartConfig';
import type { ScatterConfig } from '../matrix-kit/chartConfig';
import { zoneName } from '../matrix-kit/names';
import { score } from '../matrix-kit/typedNumbers';
import type { ListedPoint } from '../matrix-kit/PointList';
import { STRINGS } from './strings';

type ChartInput = {
  locale: Locale;
  result: FitCostResult;
  capacity: number;
  midpoint: number;
  nameOf: (key: string) => string;
  holder: ChartHolder;
};

export function fitCostChart({ locale, result, capacity, midpoint, nameOf, holder }: ChartInput) {
  const t = STRINGS[locale];
  const rankOf = new Map(result.recommended.map((k, i) => [k, i + 1]));
  const describe = (p: FitCostPoint) =>
    fill(t.pointDesc, { client: nameOf(p.key), fit: score(locale, p.fit), cost: score(locale, p.cost), zone: zoneName(locale, p.zone) });
  const groups = FIT_COST_ZONES.map((z) => result.points.filter((p) => p.zone === z));
  const pointIndex = new Map<string, PointRef>();
  groups.forEach((g, datasetIndex) => g.forEach((p, index) => pointIndex.set(p.key, { datasetIndex, index })));

  const summary =
    result.points.length === 0
      ? t.summaryEmpty
      : `${fillCount(locale, t.summary, { n: result.points.length, ...countByZone(result.points) })} ${fill(t.summaryCapacity, { recommended: result.recommended.length, capacity })}`;

  const config = (palette: ChartPalette): ScatterConfig => ({
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
      scales: { x: scoreAxis(t.axisX, palette), y: scoreAxis(t.axisY, palette) },
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
  });

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
