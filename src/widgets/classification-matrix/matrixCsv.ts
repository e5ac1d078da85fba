/**
 * The classification matrix's two CSV exports: the scores table with its results, and the criteria.
 * Fetched on the export button's click (MatrixResults.tsx), with the CSV download code and the words
 * only they use (csvStrings).
 */
import { strategyOf } from '../../domain/index.ts';
import type { ClassifiedAccount, CsvFormat } from '../../domain/index.ts';
import { formatPercent } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import type { Client, MatrixConfig } from '../../state/index.ts';
import { csvFileName, downloadTableCsv } from '../shared/tableCsv';
import type { CsvTable } from '../shared/tableCsv';
import { quadrantName, strategyName } from '../matrix-kit/names';
import { criterionName } from '../matrix-kit/criterionName';
// The tool's own words come from the caller: its dictionary is in the first download, and imported here
// it would be split out of it into a chunk of its own.
import type { STRINGS } from './strings';
import { ACCOUNT_STRINGS } from './accountStrings';
import { CSV_STRINGS } from './csvStrings';

type Words = (typeof STRINGS)[Locale];

// Weighted scores to four decimals: enough to recompute the table, without float noise.
const round = (n: number) => Math.round(n * 10_000) / 10_000;

export function matrixCsv(
  locale: Locale,
  t: Words,
  config: MatrixConfig,
  accounts: readonly Client[],
  scoresOf: (key: string) => Readonly<Record<string, number>>,
  results: ReadonlyMap<string, ClassifiedAccount>,
): CsvTable {
  const criteria = [...config.attractiveness, ...config.strength];
  return {
    headers: [
      t.colAccount,
      t.colRevenue,
      ...criteria.map((c) => `${criterionName(locale, c)} (${formatPercent(locale, c.weight / 100)})`),
      t.colAttractiveness,
      t.colStrength,
      t.colQuadrant,
      t.colStrategy,
    ],
    rows: accounts.map((a) => {
      const s = scoresOf(a.key);
      const r = results.get(a.key);
      return [
        a.name,
        a.revenue,
        ...criteria.map((c) => (Object.hasOwn(s, c.id) ? s[c.id]! : null)),
        r ? round(r.attractiveness) : null,
        r ? round(r.strength) : null,
        r ? quadrantName(locale, r.quadrant) : ACCOUNT_STRINGS[locale].notScored,
        r ? strategyName(locale, strategyOf(r.quadrant)) : null,
      ];
    }),
  };
}

export function criteriaCsv(locale: Locale, t: Words, config: MatrixConfig): CsvTable {
  const w = CSV_STRINGS[locale];
  return {
    headers: [w.csvAxis, w.csvCriterion, w.csvWeight],
    rows: [
      ...config.attractiveness.map((c) => [t.axisAttractiveness, criterionName(locale, c), c.weight]),
      ...config.strength.map((c) => [t.axisStrength, criterionName(locale, c), c.weight]),
    ],
  };
}

/** Downloads the scores table (`matrixCsv`); resolves to the CSV text, rejects when the browser refused the file. */
export function downloadMatrixCsv(format: CsvFormat, ...table: Parameters<typeof matrixCsv>): Promise<string> {
  return downloadTableCsv(matrixCsv(...table), format, csvFileName(CSV_STRINGS[table[0]].fileMatrix));
}

/** Downloads the criteria and weights (`criteriaCsv`). */
export function downloadCriteriaCsv(format: CsvFormat, ...table: Parameters<typeof criteriaCsv>): Promise<string> {
  return downloadTableCsv(criteriaCsv(...table), format, csvFileName(CSV_STRINGS[table[0]].fileCriteria));
}
