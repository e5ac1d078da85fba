/**
 * An Excel workbook (.xlsx) turned into CSV text, so that the CSV import (preview, mapping, report,
 * worker, progress) reads it unchanged. The CSV is written for the domain's options forced to
 * delimiter ',' and decimal '.' (`XLSX_CSV_OPTIONS` in workbookFile.ts):
 * - numbers exactly as Excel shows them at most: 15 significant digits, as Excel keeps, so binary
 *   noise (0.30000000000000004) is gone and no exponent is written;
 * - amounts with a currency format get its symbol as written ("R$ 1234.56", "$1234.56", "€ 1234.56")
 *   for the currency detection of the CSV path, and `currency` gives the ISO code as a hint;
 * - numbers with a date format (day serials, 1900 or 1904 system) become ISO yyyy-mm-dd; text that
 *   looks like a date stays text (the CSV path reads dd/mm/yyyy and m/d/yyyy);
 * - percentages as "25%";
 * - one CSV line per worksheet row, so the line numbers of the import report are Excel's row numbers;
 *   rows above the header (a report title) and line breaks inside cells are blanked for the same reason.
 * It never throws: a bad file is `{ ok: false, error }` with a code the UI translates.
 */
import Papa from 'papaparse';
import { checkContainer, readParts } from './xlsxZip.ts';
import { XLSX_CSV_OPTIONS } from './workbookFile.ts';
import { XlsxError } from './xlsxError.ts';
import type { XlsxErrorCode } from './xlsxError.ts';
import { formatKind } from './xlsxNumberFormat.ts';
import type { CurrencyCode, FormatKind } from './xlsxNumberFormat.ts';
import { readRelationships, readSharedStrings, readSheetCells, readStyles, readWorkbook } from './xlsxParts.ts';
import type { CellStyle, RawCell, WorkbookInfo } from './xlsxParts.ts';

export type XlsxLimits = {
  /** Largest uncompressed part (a worksheet's XML), and all the parts read together. */
  maxPartBytes: number;
  maxTotalBytes: number;
  /** Cells with a value in the chosen sheet. */
  maxCells: number;
  /** Columns: a value beyond this one fails the import (no client file is that wide). */
  maxColumns: number;
};

export const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  maxPartBytes: 400 * 1024 * 1024,
  maxTotalBytes: 500 * 1024 * 1024,
  maxCells: 5_000_000,
  maxColumns: 256,
};

export type XlsxSheet = { name: string; hidden: boolean };

export type XlsxConversion =
  | {
      ok: true;
      sheets: XlsxSheet[];
      /** Index in `sheets` of the sheet converted. */
      sheet: number;
      csv: string;
      /** The currency most amounts are formatted in, when the formats name one. */
      currency?: CurrencyCode;
    }
  | { ok: false; error: { code: XlsxErrorCode; message: string } };

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const REL_TYPE_SHARED_STRINGS = /\/sharedStrings$/;
const REL_TYPE_STYLES = /\/styles$/;

/** Days from the epoch to 1970-01-01: 1899-12-30 in the 1900 system (Excel's leap-year bug included), 1904-01-01 in the 1904 system. */
const EPOCH_1900 = 25569;
const EPOCH_1904 = 24107;
const MS_PER_DAY = 86_400_000;

export function serialToIsoDate(serial: number, date1904: boolean): string | undefined {
  let days = Math.floor(serial + 1e-9);
  // Serial 0 of the 1900 system is Excel's "0 January 1900": no date.
  if (!Number.isFinite(days) || days < (date1904 ? 0 : 1)) return undefined;
  // Excel counts a 29 Feb 1900 that did not exist: serials 1–59 are a day later than the epoch says.
  if (!date1904 && days < 60) days += 1;
  const date = new Date((days - (date1904 ? EPOCH_1904 : EPOCH_1900)) * MS_PER_DAY);
  if (Number.isNaN(date.getTime())) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Shortest decimal text of a number at Excel's 15 significant digits, without exponent. */
export function numberText(n: number): string {
  const clean = Number(n.toPrecision(15));
  const text = String(clean);
  if (!/e/i.test(text)) return text;
  return Math.abs(clean) < 1 ? clean.toFixed(20).replace(/\.?0+$/, '') : BigInt(Math.round(clean)).toString();
}

type Context = {
  shared: string[];
  styles: CellStyle[];
  kinds: Map<number, FormatKind>;
  date1904: boolean;
  currencies: Map<CurrencyCode, number>;
};

function kindOf(context: Context, style: number): FormatKind {
  let kind = context.kinds.get(style);
  if (!kind) {
    const s = context.styles[style];
    kind = s ? formatKind(s.numFmtId, s.code) : { kind: 'number' };
    context.kinds.set(style, kind);
  }
  return kind;
}

function cellText(cell: RawCell, context: Context): string {
  switch (cell.type) {
    case 's':
      return context.shared[Number(cell.value)] ?? '';
    case 'str':
    case 'inlineStr':
    case 'e':
      return cell.value;
    case 'b':
      return cell.value === '1' ? 'TRUE' : 'FALSE';
    case 'd':
      return cell.value.slice(0, 10);
  }
  const n = Number(cell.value);
  if (cell.value.trim() === '' || !Number.isFinite(n)) return cell.value;
  const kind = kindOf(context, cell.style);
  if (kind.kind === 'date') return serialToIsoDate(n, context.date1904) ?? numberText(n);
  if (kind.kind === 'percent') return `${numberText(n * 100)}%`;
  const text = numberText(n);
  if (!kind.currency) return text;
  const { symbol, code } = kind.currency;
  context.currencies.set(code, (context.currencies.get(code) ?? 0) + 1);
  const sign = text.startsWith('-') ? '-' : '';
  const digits = sign ? text.slice(1) : text;
  return symbol === '$' ? `${sign}$${digits}` : `${sign}${symbol} ${digits}`;
}

function sheetPaths(info: WorkbookInfo, relsXml: string | undefined): { sheets: string[]; shared?: string; styles?: string } {
  const rels = relsXml ? readRelationships(relsXml, 'xl/') : new Map();
  const sheets = info.sheets.map((s, i) => rels.get(s.relId)?.target ?? `xl/worksheets/sheet${i + 1}.xml`);
  let shared: string | undefined;
  let styles: string | undefined;
  for (const rel of rels.values()) {
    if (REL_TYPE_SHARED_STRINGS.test(rel.type)) shared = rel.target;
    else if (REL_TYPE_STYLES.test(rel.type)) styles = rel.target;
  }
  return { sheets, shared: shared ?? 'xl/sharedStrings.xml', styles: styles ?? 'xl/styles.xml' };
}

/** The rows of a sheet as text cells, padded to the widest row; blank rows are empty arrays. */
function sheetRows(xml: string, context: Context, limits: XlsxLimits): string[][] {
  const rows: string[][] = [];
  let cells = 0;
  let width = 0;
  readSheetCells(xml, (cell) => {
    if (++cells > limits.maxCells) throw new XlsxError('xlsx-too-large');
    const text = cellText(cell, context).replace(/\r\n?|\n/g, ' ');
    if (text.trim() === '') return;
    if (cell.column >= limits.maxColumns) throw new XlsxError('xlsx-too-large');
    while (rows.length < cell.row) rows.push([]);
    const row = rows[cell.row - 1]!;
    while (row.length < cell.column) row.push('');
    row[cell.column] = text;
    if (cell.column + 1 > width) width = cell.column + 1;
  });
  // The header is the first row with two values or more; a title above it is blanked.
  const header = rows.findIndex((r) => r.filter((c) => c !== undefined && c.trim() !== '').length >= 2);
  if (header === -1) throw new XlsxError('xlsx-empty-sheet');
  for (let i = 0; i < header; i++) rows[i] = [];
  for (const row of rows) {
    if (row.length === 0) continue;
    for (let i = 0; i < width; i++) if (row[i] === undefined) row[i] = '';
  }
  return rows;
}

function mostUsed(counts: Map<CurrencyCode, number>): CurrencyCode | undefined {
  let best: CurrencyCode | undefined;
  for (const [code, n] of counts) if (best === undefined || n > counts.get(best)!) best = code;
  return best;
}

export function xlsxToCsv(bytes: Uint8Array, options: { sheet?: number; limits?: Partial<XlsxLimits> } = {}): XlsxConversion {
  const limits = { ...DEFAULT_XLSX_LIMITS, ...options.limits };
  try {
    checkContainer(bytes);
    const head = readParts(bytes, [WORKBOOK, WORKBOOK_RELS], limits);
    const workbookXml = head.get(WORKBOOK);
    if (workbookXml === undefined) throw new XlsxError('xlsx-corrupt');
    const info = readWorkbook(workbookXml);
    if (info.sheets.length === 0) throw new XlsxError('xlsx-corrupt');
    const paths = sheetPaths(info, head.get(WORKBOOK_RELS));
    const firstVisible = Math.max(
      0,
      info.sheets.findIndex((s) => !s.hidden),
    );
    const sheet = options.sheet !== undefined && options.sheet >= 0 && options.sheet < info.sheets.length ? options.sheet : firstVisible;
    const sheetPath = paths.sheets[sheet]!;
    const names = [sheetPath, paths.shared, paths.styles].filter((n): n is string => n !== undefined);
    const parts = readParts(bytes, names, limits);
    const sheetXml = parts.get(sheetPath);
    if (sheetXml === undefined) throw new XlsxError('xlsx-corrupt');
    const sharedXml = paths.shared ? parts.get(paths.shared) : undefined;
    const stylesXml = paths.styles ? parts.get(paths.styles) : undefined;
    const context: Context = {
      shared: sharedXml ? readSharedStrings(sharedXml) : [],
      styles: stylesXml ? readStyles(stylesXml) : [],
      kinds: new Map(),
      date1904: info.date1904,
      currencies: new Map(),
    };
    const rows = sheetRows(sheetXml, context, limits);
    const csv = Papa.unparse(rows, { delimiter: XLSX_CSV_OPTIONS.delimiter, newline: '\n', header: false });
    const currency = mostUsed(context.currencies);
    return {
      ok: true,
      sheets: info.sheets.map((s) => ({ name: s.name, hidden: s.hidden })),
      sheet,
      csv,
      ...(currency ? { currency } : {}),
    };
  } catch (error) {
    const e = error instanceof XlsxError ? error : new XlsxError('xlsx-corrupt');
    return { ok: false, error: { code: e.code, message: e.message } };
  }
}
