/**
 * The import's options, result and messages (import.ts), and the limits its parts share.
 */
import type { DecimalSeparator } from './amount.ts';
import type { CurrencyEvidence } from './currency.ts';
import type { DateOrder } from './dates.ts';
import type { Delimiter } from './delimiter.ts';
import type { TextEncodingName } from './encoding.ts';

export type ColumnNames = { id?: string; name?: string; amount?: string; date?: string; segment?: string };

export type ImportOptions = {
  /** Header names chosen by the user; they override what the header recognition found. */
  columns?: ColumnNames;
  delimiter?: Delimiter;
  decimal?: DecimalSeparator;
  encoding?: 'utf-8' | 'windows-1252';
  dateOrder?: DateOrder;
  /** Called with 0..1 as rows are processed (and 1 at the end), for a progress bar in a worker. */
  onProgress?: (fraction: number) => void;
  /** Largest input accepted, in bytes (characters for string input). Default 60 MB. */
  maxBytes?: number;
  /**
   * Also return the transaction lines as objects (`lines`, one `{ key, date, amount }` each: about
   * 110 bytes a line in Node). Default false: the columns (`lineColumns`) hold the same lines, and
   * `linesFromColumns` / `forEachLine` (lineColumns.ts) give objects to the few callers that need them.
   */
  includeLines?: boolean;
  /**
   * Return the transaction lines as columns (`lineColumns`, in transaction mode with a date column):
   * typed arrays a worker can transfer to the page, 16 bytes a line. Default true; false when only
   * the client totals are needed.
   */
  lineColumns?: boolean;
  /**
   * Sees every line of an unquoted file in the import's own pass (header and blank lines too), so a
   * caller can read more columns without reading the file again. `start` is called before the first
   * line of each pass (an import may start again on another route); never called for a quoted file.
   */
  lineReader?: LineReader;
};

/** A reader of the file's lines: `text.slice(from, to)` is one line, without its line break. */
export type LineReader = {
  /** The pass's settings, decided before it: the delimiter, the amounts' decimal and the key columns. */
  start(pass: { delimiter: Delimiter; decimal: DecimalSeparator; columns: { id?: string; name: string } }): void;
  line(text: string, from: number, to: number): void;
};

export type ClientTotal = {
  key: string;
  name: string;
  revenue: number;
  firstDate?: string;
  lastDate?: string;
  segment?: string;
  rows: number;
};

export type ImportIssueCode =
  | 'ragged-row'
  | 'missing-name'
  | 'name-from-code'
  | 'missing-id'
  | 'missing-amount'
  | 'invalid-amount'
  | 'invalid-date'
  | 'two-digit-year'
  | 'reserved-key'
  | 'total-row'
  | 'merged-names'
  | 'malformed-quotes'
  | 'amount-out-of-range'
  | 'value-truncated'
  | 'id-too-long'
  | 'more-issues';

export type ImportIssue = { row: number; column?: string; code: ImportIssueCode; message: string };

export type ImportErrorCode =
  | 'empty'
  | 'too-large'
  | 'binary'
  | 'no-header'
  | 'no-amount-column'
  | 'no-name-column'
  | 'unknown-column'
  | 'no-rows'
  | 'no-valid-rows'
  | 'too-many-columns'
  | 'sums-too-large'
  | 'unexpected';

export type ImportError = { code: ImportErrorCode; message: string };

export type TransactionLine = { key: string; date: string; amount: number };

/**
 * The same lines as `lines` (same order, same values), as columns: line i is
 * `{ key: keys[client[i]], date: dates[date[i]], amount: amount[i] }`. `dates` is sorted.
 */
export type LineColumns = {
  /** 16-bit while every index fits (up to 65 535 clients or distinct dates), else 32-bit. */
  client: Uint16Array | Int32Array;
  date: Uint16Array | Int32Array;
  amount: Float64Array;
  keys: string[];
  dates: string[];
};

export type ImportSuccess = {
  ok: true;
  mode: 'totals' | 'transactions';
  clients: ClientTotal[];
  issues: ImportIssue[];
  columns: { id?: string; name: string; amount: string; date?: string; segment?: string };
  delimiter: Delimiter;
  encoding: TextEncodingName;
  decimal: DecimalSeparator;
  dateOrder?: DateOrder;
  /** The currency the file names (amount symbols or a currency column); `code` null when it names none. */
  currency: CurrencyEvidence;
  /** Data rows in the file (blank lines not counted), good and bad. */
  rowCount: number;
  /** Data rows that were skipped (each one is in `issues`, up to the issue cap). */
  skippedRows: number;
  /** Only with `includeLines: true`. */
  lines?: TransactionLine[];
  /** In transaction mode with a date column, unless `lineColumns: false`. */
  lineColumns?: LineColumns;
};
export type ImportFailure = { ok: false; error: ImportError; issues?: ImportIssue[] };
export type ImportResult = ImportSuccess | ImportFailure;

export const DEFAULT_MAX_BYTES = 60 * 1024 * 1024;
/** Widest file read: real exports have tens of columns; a wider one is not a client list (and would freeze the preview). */
export const MAX_COLUMNS = 256;
const MAX_COLUMNS_TEXT = String(MAX_COLUMNS);
/** Longest name, code and segment kept (the portfolio's limits, src/state/schemas/portfolio.ts). */
export const MAX_NAME_LENGTH = 500;
export const MAX_ID_LENGTH = 500;
export const MAX_SEGMENT_LENGTH = 200;
/** Largest single amount read: beyond it a cell is a data error (an id or a phone in the wrong column), not a sale. */
export const MAX_AMOUNT = 1e12;
// Zero-width characters a name can hide behind: a name made only of them is no name.
export const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Detailed issues kept; beyond this one 'more-issues' entry gives the count (a 1M-row file of bad rows must not build 1M messages). */
export const MAX_ISSUES = 1000;

export const SAMPLE_ROWS = 2000;
export const SAMPLE_CHARS = 1024 * 1024;
// Small enough that one chunk's row arrays die young in the garbage collector's nursery (cheap
// scavenges), large enough that the per-chunk overhead of PapaParse is negligible.
export const CHUNK_CHARS = 512 * 1024;

const ERROR_MESSAGES: Record<ImportErrorCode, string> = {
  empty: 'The file is empty.',
  'too-large': 'The file is larger than the import limit.',
  binary: 'This does not look like a CSV text file (binary data found). Save the spreadsheet as CSV and try again.',
  'no-header': 'The first line does not contain column names.',
  'no-amount-column': 'No amount column was found (e.g. "Valor", "Faturamento", "Revenue", "Amount").',
  'no-name-column': 'No client column was found (e.g. "Cliente", "Razão social", "Customer").',
  'unknown-column': 'A chosen column does not exist in the file.',
  'no-rows': 'The file has a header but no data rows.',
  'no-valid-rows': 'No row could be used: every row had a problem.',
  'too-many-columns': `The file has more than ${MAX_COLUMNS_TEXT} columns; this is not a client list or sales export.`,
  'sums-too-large': 'The amounts add up to more than can be counted exactly; check the amount column.',
  unexpected: 'The file could not be read.',
};

export const ISSUE_MESSAGES: Record<ImportIssueCode, string> = {
  'ragged-row': 'The row does not have the same number of fields as the header; skipped.',
  'missing-name': 'The row has no client name; skipped.',
  'name-from-code': 'The client has a code but no name; it was kept under its code.',
  'missing-id': 'The row has no client code; skipped.',
  'missing-amount': 'The row has no amount; skipped.',
  'invalid-amount': 'The amount is not a number; skipped.',
  'invalid-date': 'The date could not be read; the amount was kept without a date.',
  'two-digit-year': 'The year has two digits and was read as 20xx; check the date. The row was kept.',
  'reserved-key': 'The client code or name is one the site uses for itself; the client was kept under another key.',
  'total-row': 'A total line of the report was skipped so it is not counted as a client.',
  'merged-names': 'Different spellings were merged into one client.',
  'amount-out-of-range': 'The amount is larger than any real sale (over one trillion); skipped.',
  'value-truncated': 'A value was too long and was shortened.',
  'id-too-long': 'The client code is too long to be a code; skipped.',
  'malformed-quotes': 'A stray quote on this line was read as part of the text; check that the row was read correctly.',
  'more-issues': 'More rows had problems than are listed.',
};

export function importErrorMessage(code: ImportErrorCode): string {
  return ERROR_MESSAGES[code];
}
export function importIssueMessage(code: ImportIssueCode): string {
  return ISSUE_MESSAGES[code];
}

export function fail(code: ImportErrorCode, issues?: ImportIssue[]): ImportFailure {
  return issues
    ? { ok: false, error: { code, message: ERROR_MESSAGES[code] }, issues }
    : { ok: false, error: { code, message: ERROR_MESSAGES[code] } };
}

/** The issues of one import: every one up to MAX_ISSUES, then only counted ('more-issues'). */
export class IssueLog {
  readonly issues: ImportIssue[] = [];
  extra = 0;
  lastRow = 0;
  report(row: number, code: ImportIssueCode, column?: string): void {
    this.lastRow = row;
    if (this.issues.length >= MAX_ISSUES) {
      this.extra++;
      return;
    }
    this.issues.push(
      column === undefined ? { row, code, message: ISSUE_MESSAGES[code] } : { row, column, code, message: ISSUE_MESSAGES[code] },
    );
  }
}
