/**
 * What the buyer's-view chart shows: Kraljic's matrix (supply risk across, profit impact up, both on
 * the 1–5 scale, the quadrants shaded and named), the open account apart from the others, its
 * summary and the table behind it. The numbers and quadrants are the domain's (`readKraljic`).
 * Only `import type` from chart.js here: the library itself arrives with ChartFigure's lazy chunk.
 */
import type { ChartConfiguration } from 'chart.js';
import { KRALJIC_MIDPOINT } from '../../domain/index.ts';
import type { KraljicQuadrant, LadderStage } from '../../domain/index.ts';
import { areasPlugin } from '../../charts/areasPlugin';
import { withAlpha } from '../../charts/colors';
import type { ChartPalette } from '../../charts/colors';
import { fill } from '../../i18n/fill';
import { formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { fillCount } from '../../i18n/plural';
import { STAGE_NAMES } from '../../i18n/domain-texts/stageNames';
import { pointPlugins, scoreAxis } from '../matrix-kit/chartConfig';
import { STRINGS } from './strings';

export type PlacedAccount = {
  key: string;
  name: string;
  profitImpact: number;
  supplyRisk: number;
  quadrant: KraljicQuadrant;
  cap: LadderStage;
};

const BOUNDS: Record<KraljicQuadrant, { x: [number, number]; y: [number, number] }> = {
  'non-critical': { x: [1, KRALJIC_MIDPOINT], y: [1, KRALJIC_MIDPOINT] },
  leverage: { x: [1, KRALJIC_MIDPOINT], y: [KRALJIC_MIDPOINT, 5] },
  bottleneck: { x: [KRALJIC_MIDPOINT, 5], y: [1, KRALJIC_MIDPOINT] },
  strategic: { x: [KRALJIC_MIDPOINT, 5], y: [KRALJIC_MIDPOINT, 5] },
};

export function kraljicChart(locale: Locale, placed: readonly PlacedAccount[], open: { key: string; name: string }) {
  const t = STRINGS[locale];
  // Only the stages' names are shown here: the names' dictionary, not the stages' full texts.
  const stages = STAGE_NAMES[locale];
  const score = (n: number) => formatNumber(locale, n, 1);
  const quadrantName = (q: KraljicQuadrant) => t[`quadrant.${q}`];
  const describe = (p: PlacedAccount) =>
    fill(t.pointDesc, { account: p.name, impact: score(p.profitImpact), risk: score(p.supplyRisk), quadrant: quadrantName(p.quadrant) });
  const mine = placed.filter((p) => p.key === open.key);
  const others = placed.filter((p) => p.key !== open.key);
  const groups = [mine, others];

  const openPlaced = mine[0];
  const summary =
    placed.length === 0
      ? t.summaryEmpty
      : openPlaced
        ? fillCount(locale, t.summary, { count: placed.length, account: open.name, quadrant: quadrantName(openPlaced.quadrant) })
        : fillCount(locale, t.summaryOthers, { count: placed.length, account: open.name });

  const config = (palette: ChartPalette): ChartConfiguration<'scatter'> => ({
    type: 'scatter',
    data: {
      datasets: [
        {
          label: t.datasetOpen,
          data: mine.map((p) => ({ x: p.supplyRisk, y: p.profitImpact })),
          backgroundColor: palette.accent,
          borderColor: palette.fg,
          pointRadius: 9,
          pointHoverRadius: 11,
          pointStyle: 'rectRot',
        },
        {
          label: t.datasetOthers,
          data: others.map((p) => ({ x: p.supplyRisk, y: p.profitImpact })),
          backgroundColor: withAlpha(palette.muted, 0.6),
          borderColor: palette.muted,
          pointRadius: 6,
          pointHoverRadius: 8,
          pointStyle: 'circle',
        },
      ],
    },
    options: {
      scales: { x: scoreAxis(t.axisX, palette, false, [1, 5]), y: scoreAxis(t.axisY, palette, false, [1, 5]) },
      plugins: pointPlugins(palette, groups, describe, true),
    },
    plugins: [
      areasPlugin(
        (Object.keys(BOUNDS) as KraljicQuadrant[]).map((q) => ({
          ...BOUNDS[q],
          fill: q === 'strategic' ? withAlpha(palette.ok, 0.14) : withAlpha(palette.grid, 0.1),
          label: { title: quadrantName(q), text: '' },
        })),
        { midpoint: KRALJIC_MIDPOINT, line: palette.muted, text: palette.fg },
      ),
    ],
  });

  const listed = [...mine, ...others];
  const table = {
    caption: t.tableCaption,
    headers: [t.colAccount, t.colImpact, t.colRisk, t.colQuadrant, t.colCap],
    rows: listed.map((p) => [p.name, score(p.profitImpact), score(p.supplyRisk), quadrantName(p.quadrant), stages[p.cap]]),
    numeric: [1, 2],
  };
  const dataKey = `${locale}|${open.key}|${JSON.stringify(listed.map((p) => [p.key, p.profitImpact, p.supplyRisk]))}`;
  return { config, summary, table, dataKey };
}
