/**
 * Download any table a widget shows as a CSV file, through the domain's `toCsv` (formula-safe:
 * a text cell starting with = + - @ tab, CR or LF, or holding one of = + - @ right after a separator or
 * line break, gets a `'` there; numbers stay numbers).
 * The format follows the user's setting (`$settings.numberFormat`): 'pt-BR' is `;`, decimal comma
 * and a BOM, so Excel in Brazil opens it with a double click; 'en' is `,` and a decimal point.
 */
import { fileSlug } from '../../domain/index.ts';
import type { CsvCell, CsvFormat } from '../../domain/index.ts';
import { downloadTextFile } from './download.ts';
import { lazyImport } from '../../scripts/lazyImport.ts';

export type CsvTable = { headers: readonly string[]; rows: readonly (readonly CsvCell[])[] };

/**
 * The CSV text of a table (header row first). The CSV writer (PapaParse) is fetched on the first
 * export, so it is not part of any page's first download.
 */
export async function tableCsv(table: CsvTable, format: CsvFormat): Promise<string> {
  const { toCsv } = await lazyImport(() => import('../../domain/csvExport.ts'));
  return toCsv([table.headers, ...table.rows], format);
}

/** A file name safe on every system: letters, digits and dashes, with the date, ending in .csv. */
export function csvFileName(base: string, date: Date = new Date()): string {
  return `${fileSlug(base, 'table', Infinity)}-${date.toISOString().slice(0, 10)}.csv`;
}

/**
 * Starts the download of the table in the browser (Blob + temporary link; nothing leaves the
 * device). Returns the CSV text, which tests can check; rejects when the file could not be made or
 * the browser refused it, so the tool can say so (an export never fails silently).
 */
export async function downloadTableCsv(table: CsvTable, format: CsvFormat, fileName: string): Promise<string> {
  const text = await tableCsv(table, format);
  if (typeof document !== 'undefined' && !downloadTextFile({ fileName, text, mimeType: 'text/csv' })) throw new Error('download refused');
  return text;
}
