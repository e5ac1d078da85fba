/**
 * What the buyer's-view chart shows: Kraljic's matrix (supply risk across, profit impact up, both on
 * the 1–5 scale, the quadrants shaded and named), the open account apart from the others, its
 * summary and the table behind it. The numbers and quadrants are the domain's (`readKraljic`).
 * The chart's configuration is kraljicConfig.ts, fetched with chart.js.
 */
import type { KraljicQuadrant, LadderStage } from '../../domain/index.ts';
import type { ChartPalette } from '../../charts/colors';
import { fill } from '../../i18n/fill';
import { formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { fillCount } from '../../i18n/plural';
import { STAGE_NAMES } from '../../i18n/domain-texts/stageNames';
import { lazyImport } from '../../scripts/lazyImport.ts';
import { STRINGS } from './strings';

export type PlacedAccount = {
  key: string;
  name: string;
  profitImpact: number;
  supplyRisk: number;
  quadrant: KraljicQuadrant;
  cap: LadderStage;
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

  const openPlaced = mine[0];
  const summary =
    placed.length === 0
      ? t.summaryEmpty
      : openPlaced
        ? fillCount(locale, t.summary, { count: placed.length, account: open.name, quadrant: quadrantName(openPlaced.quadrant) })
        : fillCount(locale, t.summaryOthers, { count: placed.length, account: open.name });

  // The chart's configuration (axes, shaded quadrants, legend) comes with chart.js, when the figure
  // scrolls into view.
  const config = (palette: ChartPalette) =>
    lazyImport(() => import('./kraljicConfig')).then((m) => m.kraljicConfig({ t, mine, others, describe, quadrantName }, palette));

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
