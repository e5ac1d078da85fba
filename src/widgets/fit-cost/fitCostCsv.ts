/** The fit vs cost CSV export: every client with its scores, zone and rank. Fetched on the export button's click (FitCost.tsx). */
import type { CsvFormat, FitCostPoint } from '../../domain/index.ts';
import type { Locale } from '../../i18n/locales';
import type { Client } from '../../state/index.ts';
import { csvFileName, downloadTableCsv } from '../shared/tableCsv';
import { zoneName } from '../matrix-kit/names';
import type { STRINGS } from './strings';
import { CSV_STRINGS } from './csvStrings';

export function downloadFitCostCsv(
  locale: Locale,
  /** The tool's words: its dictionary is in the first download (imported here, it would be split out of it). */
  t: (typeof STRINGS)[Locale],
  format: CsvFormat,
  candidates: readonly Client[],
  pointOf: ReadonlyMap<string, FitCostPoint>,
  rankOf: ReadonlyMap<string, number>,
): Promise<string> {
  const w = CSV_STRINGS[locale];
  return downloadTableCsv(
    {
      headers: [t.colClient, w.colKeyAccount, t.colRevenue, t.colFit, t.colCost, t.colZone, t.colRank],
      rows: candidates.map((c) => {
        const p = pointOf.get(c.key);
        return [
          c.name,
          c.keyAccount ? w.yes : w.no,
          c.revenue,
          p ? p.fit : null,
          p ? p.cost : null,
          p ? zoneName(locale, p.zone) : null,
          rankOf.get(c.key) ?? null,
        ];
      }),
    },
    format,
    csvFileName(w.fileName),
  );
}
