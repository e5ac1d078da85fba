/**
 * The parts of the DPM figure that do not depend on the segments: the table's caption and headers,
 * and the chart.js configuration fetched with chart.js. Dpm.tsx draws the empty figure with them
 * alone (a first visit has no segments); dpmChart.ts adds the rows, summary and points.
 */
import type { ChartHolder } from '../../charts/pointFocus';
import type { ChartPalette } from '../../charts/colors';
import type { Locale } from '../../i18n/locales';
import { lazyImport } from '../../scripts/lazyImport.ts';
import type { DpmConfigInput } from './dpmConfig';
import type { STRINGS } from './strings';

/** The DPM's words (passed in, so that this module and the chart's rows do not tie the dictionary to their chunk). */
export type DpmTexts = (typeof STRINGS)[Locale];

/** Caption, headers and numeric columns of the table behind the chart. */
export function dpmTableHead(t: DpmTexts) {
  return {
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
    numeric: [1, 2, 3, 4, 5, 6, 7],
  };
}

/** The chart.js configuration comes with chart.js, when the chart is in view. */
export const dpmConfigLoader = (input: DpmConfigInput) => (palette: ChartPalette) =>
  lazyImport(() => import('./dpmConfig')).then((m) => m.dpmConfig(input, palette));

/** The figure of a DPM without segments (or while the segments' figures load: `summary` says so). */
export function emptyDpmChart(locale: Locale, t: DpmTexts, holder: ChartHolder, summary: string = t.summaryEmpty) {
  return {
    config: dpmConfigLoader({ locale, points: [], nameOf: () => '', describe: () => '', holder }),
    summary,
    table: { ...dpmTableHead(t), rows: [] },
    points: [],
    dataKey: `${locale}|[]`,
  };
}
