/**
 * The portfolio as a table for CSV and Excel export, with headers in the page's language. Fetched
 * with the file writers on the first export (see PortfolioExport.tsx), with its words.
 */
import type { Locale } from '../../i18n/locales';
import { fillCount } from '../../i18n/plural';
import { roundMoney } from '../../domain/index.ts';
import type { CsvCell, CsvFormat } from '../../domain/index.ts';
import type { Client } from '../../state/index.ts';
import { STRINGS } from './strings.ts';
import { EXPORT_STRINGS } from './exportStrings.ts';

/** The column heads, code first. */
export function exportHeaders(locale: Locale): string[] {
  const t = EXPORT_STRINGS[locale];
  return [
    t.csvCode,
    t.csvClient,
    t.csvSegment,
    t.csvRevenue,
    t.csvPreviousRevenue,
    t.csvMargin,
    t.csvFirstPurchase,
    t.csvManager,
    t.csvKeyAccount,
    t.csvNotes,
  ];
}

/**
 * The portfolio as CSV rows. The code column holds each client's code; when only some clients have
 * one, the others get their key there, so re-importing finds every client again; when none has a
 * code the column is left out (clients are then matched by name).
 */
export function exportRows(clients: readonly Client[], locale: Locale, format: CsvFormat): CsvCell[][] {
  const t = STRINGS[locale];
  const withCode = clients.filter((c) => c.code !== undefined && c.code !== '').length;
  const codeColumn = withCode > 0;
  const headers = exportHeaders(locale);
  if (!codeColumn) headers.shift();
  const rows: CsvCell[][] = [headers];
  for (const c of clients) {
    const row: CsvCell[] = [
      c.name,
      c.segment ?? null,
      roundMoney(c.revenue),
      c.previousRevenue === undefined ? null : roundMoney(c.previousRevenue),
      c.marginPct ?? null,
      c.firstPurchase === undefined ? null : csvDate(c.firstPurchase, format),
      c.manager ?? null,
      c.keyAccount ? t.yes : t.no,
      c.notes ?? null,
    ];
    if (codeColumn) row.unshift(c.code !== undefined && c.code !== '' ? c.code : c.key);
    rows.push(row);
  }
  return rows;
}

/** Dates as the format's spreadsheets read them: dd/mm/yyyy for Excel pt-BR, ISO (unambiguous) for en. */
function csvDate(iso: string, format: CsvFormat): string {
  return format === 'pt-BR' ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : iso;
}

/** The name of an export file: which months and currency its revenue columns hold, and the day. */
export function exportFileName(locale: Locale, months: { start: string; end: string } | null, currency: string, extension: string): string {
  const t = EXPORT_STRINGS[locale];
  const span = months ? `${months.start}_${months.end}` : t.fileNameWhole;
  return `${t.fileName}-${span}-${currency}-${new Date().toISOString().slice(0, 10)}.${extension}`;
}

/** The revenue columns, which the workbook stores as numbers with a money format. */
export function amountColumns(locale: Locale): string[] {
  const t = EXPORT_STRINGS[locale];
  return [t.csvRevenue, t.csvPreviousRevenue];
}

/** The workbook's sheet name. */
export function sheetName(locale: Locale): string {
  return EXPORT_STRINGS[locale].fileName;
}

/** What the page says after an export. */
export function exportedMessage(locale: Locale, count: string, fileName: string): string {
  return fillCount(locale, EXPORT_STRINGS[locale].exported, { n: count, file: fileName });
}
