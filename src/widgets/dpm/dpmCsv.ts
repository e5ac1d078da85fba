/** The DPM's CSV export: every segment now and in three years, its quadrants, direction and growth. Fetched on the export button's click (Dpm.tsx). */
import type { CsvFormat, DpmPoint } from '../../domain/index.ts';
import type { Locale } from '../../i18n/locales';
import { csvFileName, downloadTableCsv } from '../shared/tableCsv';
import { directionName, quadrantName } from '../matrix-kit/names';
import type { STRINGS } from './strings';
import { LATER } from './laterStrings';

export function downloadDpmCsv(
  locale: Locale,
  /** The tool's words: its dictionary is in the first download (imported here, it would be split out of it). */
  t: (typeof STRINGS)[Locale],
  format: CsvFormat,
  points: readonly DpmPoint[],
): Promise<string> {
  return downloadTableCsv(
    {
      headers: [
        t.colSegment,
        t.colRevenueNow,
        t.colRevenue3,
        t.colANow,
        t.colSNow,
        t.colA3,
        t.colS3,
        t.colQuadrantNow,
        t.colQuadrant3,
        t.colDirection,
        t.colGrowth,
      ],
      rows: points.map((p) => [
        p.name,
        p.now.revenue,
        p.future.revenue,
        p.now.attractiveness,
        p.now.strength,
        p.future.attractiveness,
        p.future.strength,
        quadrantName(locale, p.now.quadrant),
        quadrantName(locale, p.future.quadrant),
        directionName(locale, p.direction),
        p.growthRate === null ? null : Math.round(p.growthRate * 10_000) / 10_000,
      ]),
    },
    format,
    csvFileName(LATER[locale].fileName),
  );
}
