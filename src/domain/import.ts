/**
 * Import of a client portfolio from a CSV export: per-client totals, or transaction lines (invoices,
 * orders, credit notes) that are summed per client.
 *
 * Design choices, each because of something real exports do (see data-safety-notes §2):
 * - Bytes are decoded here (UTF-8 strict, then Windows-1252), not by PapaParse, which only knows
 *   encodings for File input.
 * - The delimiter, the decimal separator and the date order are decided once per file/column from
 *   the data, never per value, and can be forced by the caller (the import preview).
 * - Rows are parsed with PapaParse as arrays (header: false) so a header called `__proto__` or
 *   `toString` cannot touch object prototypes, and so duplicate headers keep their positions.
 * - Parsing is streamed in chunks: a 1M-line file never exists as a 1M-row array, and the caller
 *   gets progress. Per row only the mapped cells are touched; names and dates repeat a lot in
 *   transaction files, so their normalisation is cached per distinct raw string.
 * - A bad row is skipped and reported with its line number; only a file with nothing usable fails.
 * - It never throws: any unexpected failure becomes `{ ok: false, error: { code: 'unexpected' } }`.
 */
import Papa from 'papaparse';
import { clientKeyBesideReserved, clientKeyFromName, isReservedClientKey } from './clientKey.ts';
import { detectDecimal, parseAmount, scanPlainAmount } from './amount.ts';
import type { DecimalSeparator } from './amount.ts';
import { decodeBytes, looksBinary } from './encoding.ts';
import type { TextEncodingName } from './encoding.ts';
import { detectDelimiter, readSepLine } from './delimiter.ts';
import type { Delimiter } from './delimiter.ts';
import { detectDateOrder, fixedDateCode, parseDate, usesTwoDigitYear } from './dates.ts';
import { forEachLineBlock } from './lineBlocks.ts';
import type { DateOrder } from './dates.ts';
import { findHeader, guessColumns } from './columns.ts';
import type { ColumnMapping, ColumnRole } from './columns.ts';
import { unneutraliseFormula } from './csvExport.ts';
import { MoneySum } from './money.ts';
import { repairQuotes } from './quoteRepair.ts';
import { currencyFromConventions, currencyInText, detectCurrency, isCurrencyHeader } from './currency.ts';
import type { CurrencyEvidence } from './currency.ts';

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
const MAX_COLUMNS = 256;
const MAX_COLUMNS_TEXT = String(MAX_COLUMNS);
/** Longest name, code and segment kept (the portfolio's limits, src/state/schemas/portfolio.ts). */
const MAX_NAME_LENGTH = 500;
const MAX_ID_LENGTH = 500;
const MAX_SEGMENT_LENGTH = 200;
/** Largest single amount read: beyond it a cell is a data error (an id or a phone in the wrong column), not a sale. */
const MAX_AMOUNT = 1e12;
// Zero-width characters a name can hide behind: a name made only of them is no name.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Detailed issues kept; beyond this one 'more-issues' entry gives the count (a 1M-row file of bad rows must not build 1M messages). */
export const MAX_ISSUES = 1000;

const SAMPLE_ROWS = 2000;
const SAMPLE_CHARS = 1024 * 1024;
// Small enough that one chunk's row arrays die young in the garbage collector's nursery (cheap
// scavenges), large enough that the per-chunk overhead of PapaParse is negligible.
const CHUNK_CHARS = 512 * 1024;

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

const ISSUE_MESSAGES: Record<ImportIssueCode, string> = {
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

function fail(code: ImportErrorCode, issues?: ImportIssue[]): ImportFailure {
  return issues
    ? { ok: false, error: { code, message: ERROR_MESSAGES[code] }, issues }
    : { ok: false, error: { code, message: ERROR_MESSAGES[code] } };
}

/**
 * `repairedLines`: lines whose stray quotes were read as text (quoteRepair.ts), reported as issues.
 * `partial`: `text` is only the head of a file read in blocks (lineBlocks.ts), cut mid-row.
 * `sepChars`: length of the `sep=` line removed from the start of the text.
 */
type Prepared = {
  text: string;
  encoding: TextEncodingName;
  delimiter: Delimiter;
  hasQuotes: boolean;
  repairedLines: number[];
  partial: boolean;
  sepChars: number;
};

/** Size check, decoding, binary check, `sep=` line and delimiter: what import and preview share. */
function prepare(input: string | Uint8Array, options: ImportOptions): Prepared | ImportFailure {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let text: string;
  let encoding: TextEncodingName = 'utf-8';
  if (typeof input === 'string') {
    if (input.length > maxBytes) return fail('too-large');
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    if (input.byteLength > maxBytes) return fail('too-large');
    const decoded = decodeBytes(input, options.encoding);
    text = decoded.text;
    encoding = decoded.encoding;
  }
  return prepareText(text, encoding, options, false);
}

function prepareText(decoded: string, encoding: TextEncodingName, options: ImportOptions, partial: boolean): Prepared | ImportFailure {
  let text = decoded;
  if (looksBinary(text)) return fail('binary');
  let delimiter = options.delimiter;
  const sep = readSepLine(text);
  if (sep) {
    text = sep.rest;
    delimiter ??= sep.delimiter;
  }
  // A regex that stops at the first visible character, rather than trim(), which would walk (and
  // may copy) a 50 MB string just to learn that it is not blank.
  if (!/\S/.test(text)) return fail('empty');
  delimiter ??= detectDelimiter(text);
  const hasQuotes = text.includes('"');
  // A stray quote would make the parser swallow the rows after it: read such fields as text.
  const repair = hasQuotes ? repairQuotes(text, delimiter) : { text, lines: [] };
  return {
    text: repair.text,
    encoding,
    delimiter,
    hasQuotes,
    repairedLines: repair.lines,
    partial,
    sepChars: decoded.length - text.length,
  };
}

/** Thrown when a block of a file read in blocks holds a quote: the file needs PapaParse. */
class QuotedFile extends Error {}

/** A large unquoted byte input read in blocks: its head (prepared), and the decoder for the whole. */
type Streamed = { head: Prepared; bytes: Uint8Array; decoder: TextDecoder };

/**
 * The block route for large byte inputs (lineBlocks.ts): only for UTF-8 or Windows-1252 files whose
 * head reads cleanly and holds no quote. Otherwise null, and the whole text is decoded as before
 * (which also gives every error its usual answer). A quote further on is found block by block
 * (`QuotedFile`), and the import starts again on the whole-text route.
 */
function prepareStreamed(bytes: Uint8Array, options: ImportOptions): Streamed | null {
  if (bytes.byteLength <= SAMPLE_CHARS || bytes.byteLength > (options.maxBytes ?? DEFAULT_MAX_BYTES)) return null;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null; // UTF-16
  const utf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const label = options.encoding === 'windows-1252' ? 'windows-1252' : 'utf-8';
  // As decodeBytes: strict UTF-8 unless a BOM or the user said which; a strict failure further on
  // makes the caller start again on the whole-text route, which falls back to Windows-1252.
  const fatal = options.encoding === undefined && !utf8Bom;
  let headText: string;
  try {
    headText = new TextDecoder(label, { fatal }).decode(bytes.subarray(0, SAMPLE_CHARS), { stream: true });
  } catch {
    return null;
  }
  const head = prepareText(headText, label, options, true);
  if ('ok' in head || head.hasQuotes) return null;
  return { head, bytes, decoder: new TextDecoder(label, { fatal }) };
}

/**
 * Streams `text` through PapaParse in chunks, synchronously (string input with a `chunk` callback
 * runs to the end before `parse` returns). PapaParse's types only describe chunking for files, so
 * the config is given the no-op `complete` they require.
 */
function parseInChunks(text: string, delimiter: Delimiter, onChunk: (results: Papa.ParseResult<string[]>) => void): void {
  Papa.parse<string[]>(text, {
    delimiter,
    header: false,
    skipEmptyLines: false,
    chunkSize: CHUNK_CHARS,
    chunk: onChunk,
    complete: () => undefined,
  });
}

function isBlankRow(row: readonly string[]): boolean {
  if (row.length === 1 && row[0] === '') return true;
  for (const cell of row) if (cell.trim() !== '') return false;
  return true;
}

/** Line breaks inside a quoted cell, so line numbers stay those of the file. */
function countLineBreaks(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13) {
      n++;
      if (s.charCodeAt(i + 1) === 10) i++;
    }
  }
  return n;
}

/** `linebreak`: the one PapaParse found (and splits unquoted rows on); `charsPerLine`: for sizing the row columns. */
type Sample = {
  headerIndex: number;
  headerLine: number;
  headers: string[];
  rows: string[][];
  dataRowsInSample: number;
  linebreak: string;
  charsPerLine: number;
};

/** The first rows of the file, parsed with the decided delimiter: header plus up to SAMPLE_ROWS data rows. */
function readSample(prepared: Prepared): Sample | null {
  // PapaParse splits its whole input before applying `preview`, so the sample is cut first: 1 MiB
  // holds SAMPLE_ROWS rows of any realistic export.
  const parsed = Papa.parse<string[]>(prepared.text.slice(0, SAMPLE_CHARS), {
    delimiter: prepared.delimiter,
    preview: SAMPLE_ROWS + 50,
    skipEmptyLines: false,
  });
  // A cut text ends with a partial row: leave it out of the sample.
  if ((prepared.partial || prepared.text.length > SAMPLE_CHARS) && parsed.data.length > 1) parsed.data.pop();
  let line = 1;
  let headerIndex = -1;
  let headerLine = 0;
  let headers: string[] = [];
  const rows: string[][] = [];
  for (let i = 0; i < parsed.data.length; i++) {
    const row = parsed.data[i]!;
    const startLine = line;
    if (prepared.hasQuotes) for (const cell of row) line += countLineBreaks(cell);
    line++;
    if (isBlankRow(row)) continue;
    if (headerIndex === -1) {
      headerIndex = i;
      headerLine = startLine;
      headers = row.map((h) => h.trim());
      continue;
    }
    if (rows.length < SAMPLE_ROWS) rows.push(row);
  }
  if (headerIndex === -1) return null;
  const charsPerLine = parsed.meta.cursor > 0 && line > 1 ? parsed.meta.cursor / (line - 1) : 64;
  return { headerIndex, headerLine, headers, rows, dataRowsInSample: rows.length, linebreak: parsed.meta.linebreak || '\n', charsPerLine };
}

type Resolved = { mapping: ColumnMapping } | ImportFailure;

function resolveColumns(
  headers: readonly string[],
  sampleRows: readonly string[][],
  decimalFallback: DecimalSeparator,
  columns?: ColumnNames,
): Resolved {
  const mapping: ColumnMapping = guessColumns(headers);
  if (columns) {
    for (const role of ['id', 'name', 'amount', 'date', 'segment'] as const satisfies readonly ColumnRole[]) {
      const wanted = columns[role];
      if (wanted === undefined) continue;
      if (wanted === '') {
        // An explicit empty choice means "not mapped" (the preview's "none" option).
        delete mapping[role];
        continue;
      }
      const index = findHeader(headers, wanted);
      if (index === -1) return fail('unknown-column');
      // A column chosen for this role cannot keep another guessed role.
      for (const other of ['id', 'name', 'amount', 'date', 'segment'] as const) {
        if (other !== role && mapping[other] === index && columns[other] === undefined) delete mapping[other];
      }
      mapping[role] = index;
    }
  }
  if (mapping.amount === undefined) {
    // A first line made of values (names and numbers) rather than column names: say so, it is the
    // more useful message than "no amount column".
    const recognised = Object.keys(mapping).length > 0;
    const numericCells = headers.filter((h) => parseAmount(h, decimalFallback) !== null).length;
    if (!recognised && numericCells > 0 && sampleRows.length > 0) return fail('no-header');
    return fail('no-amount-column');
  }
  if (mapping.name === undefined && mapping.id === undefined) return fail('no-name-column');
  return { mapping };
}

function columnSamples(rows: readonly string[][], index: number | undefined): string[] {
  if (index === undefined) return [];
  const out: string[] = [];
  for (const r of rows) {
    const v = r[index];
    if (v !== undefined && v.trim() !== '') out.push(v);
  }
  return out;
}

const TOTAL_LABELS = new Set(['total', 'total geral', 'totais', 'subtotal', 'sub total', 'grand total', 'soma', 'totals']);

export { clientKeyFromName };

type ClientAcc = {
  key: string;
  name: string;
  /** Exact to the cent: a long file of decimals must not drift (698659.1999999965). */
  revenue: MoneySum;
  segment: string | undefined;
  rows: number;
  firstLine: number;
  variants: Set<string> | undefined;
  variantLine: number;
  /** `name` holds no `'`, so the fast path may compare a row's name cell with it. */
  plainName: boolean;
};

/**
 * The rows kept for after the pass, in growable typed arrays: 1M transaction lines cost 12 to 16
 * bytes each instead of an object each. Client index and date id (-1 without a date column) start
 * as 16-bit columns (files have far fewer than 65 535 clients or distinct dates) and widen to
 * 32 bits when one does not fit; the amount is a double. The file line of row i is `i + offset`,
 * and the offset changes only where rows were skipped, so it is kept as a short list of (row,
 * offset) steps rather than 4 bytes a row.
 */
class RowColumns {
  client: Uint16Array | Int32Array;
  date: Uint16Array | Int32Array;
  amount: Float64Array;
  length = 0;
  /** Rows at which `line - row` changes, and the new difference. */
  readonly stepRow: number[] = [];
  readonly stepOffset: number[] = [];
  private offset = -1;
  constructor(capacity: number) {
    const n = Math.max(1024, capacity);
    this.client = new Uint16Array(n);
    this.date = new Uint16Array(n);
    this.amount = new Float64Array(n);
  }
  push(client: number, date: number, amount: number, line: number): void {
    const i = this.length;
    if (i === this.amount.length) this.grow();
    if (client > 0xffff && this.client instanceof Uint16Array) this.client = Int32Array.from(this.client);
    // -1 (no date column) does not fit 16 bits either.
    if ((date > 0xffff || date < 0) && this.date instanceof Uint16Array) this.date = Int32Array.from(this.date);
    this.client[i] = client;
    this.date[i] = date;
    this.amount[i] = amount;
    if (line - i !== this.offset) {
      this.offset = line - i;
      this.stepRow.push(i);
      this.stepOffset.push(this.offset);
    }
    this.length = i + 1;
  }
  private grow(): void {
    const n = this.amount.length * 2;
    const client = this.client instanceof Uint16Array ? new Uint16Array(n) : new Int32Array(n);
    client.set(this.client);
    this.client = client;
    const date = this.date instanceof Uint16Array ? new Uint16Array(n) : new Int32Array(n);
    date.set(this.date);
    this.date = date;
    const amount = new Float64Array(n);
    amount.set(this.amount);
    this.amount = amount;
  }
}

/**
 * Imports a client portfolio. See DESIGN.md "Domain contract" for the rules; never throws.
 */
export function importPortfolio(input: string | Uint8Array, options: ImportOptions = {}): ImportResult {
  try {
    return importUnsafe(input, options);
  } catch {
    return fail('unexpected');
  }
}

function importUnsafe(input: string | Uint8Array, options: ImportOptions): ImportResult {
  const streamed = typeof input === 'string' ? null : prepareStreamed(input, options);
  if (streamed) {
    try {
      return importPrepared(streamed.head, streamed, options);
    } catch (e) {
      // Not UTF-8 after all (a strict decoder met a Windows-1252 byte past the head), or a quote
      // past the head: start again on the whole-text route, which decides the encoding from every
      // byte and parses quoted files with PapaParse.
      if (!(e instanceof TypeError) && !(e instanceof QuotedFile)) throw e;
    }
  }
  const prepared = prepare(input, options);
  if ('ok' in prepared) return prepared;
  return importPrepared(prepared, null, options);
}

function importPrepared(prepared: Prepared, streamed: Streamed | null, options: ImportOptions): ImportResult {
  const { text, delimiter, hasQuotes } = prepared;
  const sample = readSample(prepared);
  if (!sample) return fail('empty');
  const { headers } = sample;
  if (headers.length > MAX_COLUMNS) return fail('too-many-columns');

  const fallbackDecimal: DecimalSeparator = delimiter === ';' ? ',' : '.';
  const resolved = resolveColumns(headers, sample.rows, fallbackDecimal, options.columns);
  if ('ok' in resolved) return resolved;
  const { mapping } = resolved;
  const iAmount = mapping.amount!;
  const iName = mapping.name ?? -1;
  const iId = mapping.id ?? -1;
  const iDate = mapping.date ?? -1;
  const iSegment = mapping.segment ?? -1;
  const width = headers.length;
  const maxIndex = Math.max(iAmount, iName, iId, iDate, iSegment);

  const decimal = options.decimal ?? detectDecimal(columnSamples(sample.rows, iAmount), fallbackDecimal);
  const fallbackOrder: DateOrder = delimiter === ';' ? 'dmy' : 'mdy';

  // Currency: symbols written before the amounts (cached per distinct prefix, as every row of an
  // "R$ 1.234,56" file has one) and the values of a currency column, over the whole file.
  const iCurrency = headers.findIndex(
    (h, i) => isCurrencyHeader(h) && i !== iAmount && i !== iName && i !== iId && i !== iDate && i !== iSegment,
  );
  const currencyPrefixes = new Map<string, string | null>();
  const currencySymbols = new Set<string>();
  const currencyValues = new Set<string>();
  const noteCurrency = (rawAmount: string, row: readonly string[]): void => {
    // The first and last characters that are not spaces, signs or parentheses: digits at both ends
    // (most amounts) name no currency and cost nothing more.
    let i = 0;
    let j = rawAmount.length - 1;
    while (i <= j && isSignOrSpace(rawAmount.charCodeAt(i))) i++;
    while (j >= i && isSignOrSpace(rawAmount.charCodeAt(j))) j--;
    if (i <= j && !isDigit(rawAmount.charCodeAt(i))) {
      const prefix = rawAmount.slice(i, i + 4);
      let code = currencyPrefixes.get(prefix);
      if (code === undefined) {
        code = currencyInText(`${prefix} 1`);
        currencyPrefixes.set(prefix, code);
      }
      if (code) currencySymbols.add(code);
    } else if (i <= j && !isDigit(rawAmount.charCodeAt(j))) {
      const code = currencyInText(rawAmount);
      if (code) currencySymbols.add(code);
    }
    if (iCurrency >= 0) {
      const v = row[iCurrency];
      if (v !== undefined && v !== '' && currencyValues.size < 20) currencyValues.add(v.trim());
    }
  };

  const issues: ImportIssue[] = [];
  let extraIssues = 0;
  let lastIssueRow = 0;
  const report = (row: number, code: ImportIssueCode, column?: string): void => {
    lastIssueRow = row;
    if (issues.length >= MAX_ISSUES) {
      extraIssues++;
      return;
    }
    issues.push(column === undefined ? { row, code, message: ISSUE_MESSAGES[code] } : { row, column, code, message: ISSUE_MESSAGES[code] });
  };
  const colName = (i: number): string => headers[i] ?? '';
  for (const l of prepared.repairedLines) if (l > sample.headerLine) report(l, 'malformed-quotes');

  const clients: ClientAcc[] = [];
  const fastNext: number[] = [];
  const fastText: (string | undefined)[] = [];
  const clientIndex = new Map<string, number>();
  const nameKeyCache = new Map<string, string>();
  const namedFromCode = new Set<string>();
  const reservedReported = new Set<string>();
  // Distinct raw date strings → id; the order is decided after the pass, from all of them.
  const dateIds = new Map<string, number>();
  const dateRaws: string[] = [];
  const total = streamed ? streamed.bytes.byteLength : text.length;
  // Sized from the sample's line length, so a 1M-row file does not grow (and copy) them ten times.
  const expectedRows = Math.min(1 << 26, Math.ceil((total / sample.charsPerLine) * 1.05));
  const kept = new RowColumns(expectedRows);

  let rowCount = 0;
  let skipped = 0;
  let line = 1;
  let rowsSeen = 0;
  const onProgress = options.onProgress;

  const handleRow = (row: string[], startLine: number, quoteError: boolean): void => {
    if (rowsSeen++ <= sample.headerIndex) return; // header and blank lines before it
    if (row.length === 1 && row[0] === '') return;
    if (row.length <= maxIndex || row.length > width) {
      if (isBlankRow(row)) return;
      rowCount++;
      // Extra fields are tolerated only when empty (Excel writes trailing separators); a row too
      // short to hold the mapped columns, or with extra values, has shifted columns: skip it.
      let ok = row.length > maxIndex;
      if (ok) for (let k = width; k < row.length; k++) if (row[k]!.trim() !== '') ok = false;
      if (!ok) {
        skipped++;
        report(startLine, 'ragged-row');
        return;
      }
    } else {
      rowCount++;
    }
    if (quoteError) report(startLine, 'malformed-quotes');

    let rawName = iName >= 0 ? row[iName]! : '';
    if (rawName.includes("'")) rawName = unneutraliseFormula(rawName); // also `'` after a separator (csvExport.ts)
    let name = rawName.trim();
    if (name !== '' && name.replace(INVISIBLE, '').trim() === '') name = '';
    if (name.length > MAX_NAME_LENGTH) {
      name = name.slice(0, MAX_NAME_LENGTH);
      rawName = name;
      report(startLine, 'value-truncated', colName(iName));
    }
    let key: string;
    if (iId >= 0) {
      const id = row[iId]!.trim();
      if (id.length > MAX_ID_LENGTH) {
        skipped++;
        report(startLine, 'id-too-long', colName(iId));
        return;
      }
      if (id === '') {
        if (name === '' && isBlankRow(row)) {
          rowCount--;
          return;
        }
        if (TOTAL_LABELS.has(clientKeyFromName(name))) {
          skipped++;
          report(startLine, 'total-row');
          return;
        }
        skipped++;
        report(startLine, 'missing-id', colName(iId));
        return;
      }
      key = id;
      if (name === '' && !namedFromCode.has(id) && !clientIndex.has(id)) {
        namedFromCode.add(id);
        report(startLine, 'name-from-code', iName >= 0 ? colName(iName) : colName(iId));
      }
    } else {
      if (name === '') {
        if (isBlankRow(row)) {
          rowCount--;
          return;
        }
        skipped++;
        report(startLine, 'missing-name', colName(iName));
        return;
      }
      let cached = nameKeyCache.get(rawName);
      if (cached === undefined) {
        cached = clientKeyFromName(name);
        nameKeyCache.set(rawName, cached);
      }
      key = cached;
      if (TOTAL_LABELS.has(key)) {
        skipped++;
        report(startLine, 'total-row');
        return;
      }
    }
    // A key the site uses for itself (the quick try's) would mix this client's work with it.
    let replaced = false;
    if (isReservedClientKey(key)) {
      if (!reservedReported.has(key)) report(startLine, 'reserved-key', iId >= 0 ? colName(iId) : colName(iName));
      reservedReported.add(key);
      key = clientKeyBesideReserved(key);
      replaced = true;
    }

    let rawAmount = row[iAmount]!;
    if (rawAmount.charCodeAt(0) === 39) rawAmount = unneutraliseFormula(rawAmount);
    const amount = parseAmount(rawAmount, decimal);
    if (amount === null) {
      skipped++;
      report(startLine, rawAmount.trim() === '' ? 'missing-amount' : 'invalid-amount', colName(iAmount));
      return;
    }
    if (Math.abs(amount) > MAX_AMOUNT) {
      skipped++;
      report(startLine, 'amount-out-of-range', colName(iAmount));
      return;
    }
    noteCurrency(rawAmount, row);

    let ci = clientIndex.get(key);
    let acc: ClientAcc;
    if (ci === undefined) {
      ci = clients.length;
      acc = {
        key,
        name: name === '' ? key : name,
        revenue: new MoneySum(),
        segment: undefined,
        rows: 0,
        firstLine: startLine,
        variants: undefined,
        variantLine: 0,
        plainName: false,
      };
      acc.plainName = !acc.name.includes("'");
      clients.push(acc);
      clientIndex.set(key, ci);
      fastNext.push(-1);
      // The fast path finds this client by its key cell (the id as written) or, without an id
      // column, by its name cell spelt exactly as here; a replaced key or a `'` name is the row path's.
      if (!replaced && (iId >= 0 || acc.plainName)) {
        const text = iId >= 0 ? key : acc.name;
        fastText[ci] = text;
        const h = hashRange(text, 0, text.length);
        const head = fastHead.get(h);
        if (head !== undefined) fastNext[ci] = head;
        fastHead.set(h, ci);
      }
    } else {
      acc = clients[ci]!;
      if (name !== '' && name !== acc.name && !acc.variants?.has(name)) {
        if (acc.variants === undefined) {
          acc.variants = new Set([acc.name]);
          acc.variantLine = startLine;
        }
        // A handful of spellings is enough to explain the merge; keep memory bounded.
        if (acc.variants.size < 6) acc.variants.add(name);
      }
    }
    acc.revenue.add(amount);
    acc.rows++;
    if (iSegment >= 0 && acc.segment === undefined) {
      const seg = row[iSegment]!.trim();
      if (seg !== '') acc.segment = seg.slice(0, MAX_SEGMENT_LENGTH);
    }
    let dateId = -1;
    if (iDate >= 0) {
      const rawDate = row[iDate]!.trim();
      const known = dateIds.get(rawDate);
      if (known === undefined) {
        dateId = dateRaws.length;
        dateRaws.push(rawDate);
        dateIds.set(rawDate, dateId);
      } else dateId = known;
    }
    kept.push(ci, dateId, amount, startLine);
  };

  // The unquoted fast path: most rows of a machine export repeat a client already seen, with a plain
  // amount and a fixed-width date. Such a row is read in place, from the field boundaries in its
  // line, without a row array or a string per cell: one substring for the client key, none for the
  // amount or (once the date has been seen) the date. Any row it is not sure of — a new client, a
  // name spelt differently, a segment still to learn, an amount with a symbol, a date of another
  // shape, a ragged row — returns false and goes through `handleRow` exactly as PapaParse would have
  // split it (fast mode: `line.split(delimiter)`), so the two paths cannot disagree.
  const fieldStart = new Int32Array(width + 1);
  // Clients the fast path may find: hash of the key cell → the last client with it, chained by
  // `fastNext`; `fastText[c]` is the cell's exact text (the id, or the name without an id column).
  const fastHead = new Map<number, number>();
  const dateIdByCode = new Map<number, number>();
  const fastRow = (s: string, from: number, to: number, startLine: number): boolean => {
    if (iCurrency >= 0) return false;
    let count = 1;
    fieldStart[0] = from;
    for (let at = s.indexOf(delimiter, from); at !== -1 && at < to; at = s.indexOf(delimiter, at + 1)) {
      if (count === width) return false;
      fieldStart[count++] = at + 1;
    }
    if (count !== width) return false;
    fieldStart[width] = to + 1;

    const amountFrom = fieldStart[iAmount]!;
    const amountTo = fieldStart[iAmount + 1]! - 1;
    if (!isPlainNumberCell(s, amountFrom, amountTo)) return false;
    let amount = scanPlainAmount(s, amountFrom, amountTo, decimal);
    if (amount !== amount || Math.abs(amount) > MAX_AMOUNT) return false;
    if (amount === 0) amount = 0; // no -0

    // The client by its key cell, without a substring: a hash of the cell's characters, then the
    // cell compared in place with the candidates' text (see `fastText`).
    const keyColumn = iId >= 0 ? iId : iName;
    const keyFrom = fieldStart[keyColumn]!;
    const keyTo = fieldStart[keyColumn + 1]! - 1;
    if (iId >= 0 && (keyTo <= keyFrom || isTrimSpace(s.charCodeAt(keyFrom)) || isTrimSpace(s.charCodeAt(keyTo - 1)))) return false;
    let ci = fastHead.get(hashRange(s, keyFrom, keyTo)) ?? -1;
    while (ci !== -1) {
      const text = fastText[ci]!;
      if (text.length === keyTo - keyFrom && s.startsWith(text, keyFrom)) break;
      ci = fastNext[ci]!;
    }
    if (ci === -1) return false;
    const acc = clients[ci]!;
    // The same spelling as the client's first row (a name with a `'` may be a neutralised formula:
    // the row path reads it). Without an id column the lookup above compared it already.
    if (iId >= 0 && iName >= 0) {
      const nameFrom = fieldStart[iName]!;
      if (!acc.plainName || fieldStart[iName + 1]! - 1 - nameFrom !== acc.name.length || !s.startsWith(acc.name, nameFrom)) return false;
    }
    if (iSegment >= 0 && acc.segment === undefined) return false;

    let dateId = -1;
    if (iDate >= 0) {
      const dateFrom = fieldStart[iDate]!;
      const dateTo = fieldStart[iDate + 1]! - 1;
      const code = fixedDateCode(s, dateFrom, dateTo);
      if (code < 0) return false;
      const known = dateIdByCode.get(code);
      if (known === undefined) {
        const rawDate = s.slice(dateFrom, dateTo);
        dateId = dateIds.get(rawDate) ?? -1;
        if (dateId === -1) {
          dateId = dateRaws.length;
          dateRaws.push(rawDate);
          dateIds.set(rawDate, dateId);
        }
        dateIdByCode.set(code, dateId);
      } else dateId = known;
    }

    rowCount++;
    acc.revenue.add(amount);
    acc.rows++;
    kept.push(ci, dateId, amount, startLine);
    return true;
  };

  const linebreak = sample.linebreak;
  const lineReader = options.lineReader;
  /** A text of whole lines of an unquoted file (the whole text, or one block of it). */
  const readLines = (block: string, progressEvery: number): void => {
    const n = block.length;
    let from = 0;
    let nextProgress = progressEvery;
    while (from < n) {
      let to = block.indexOf(linebreak, from);
      if (to === -1) to = n;
      const startLine = line++;
      lineReader?.line(block, from, to);
      if (rowsSeen > sample.headerIndex && fastRow(block, from, to, startLine)) rowsSeen++;
      else handleRow(block.slice(from, to).split(delimiter), startLine, false);
      from = to + linebreak.length;
      if (from >= nextProgress) {
        nextProgress += progressEvery;
        onProgress?.(Math.min(1, from / n));
      }
    }
  };

  if (lineReader && (streamed || !hasQuotes)) {
    // The key columns as the result names them (`columns.id`, `columns.name`).
    const keyColumns: { id?: string; name: string } = { name: headers[iName >= 0 ? iName : iId] ?? '' };
    if (iId >= 0) keyColumns.id = headers[iId] ?? '';
    lineReader.start({ delimiter, decimal, columns: keyColumns });
  }
  if (streamed) {
    forEachLineBlock(streamed.bytes, streamed.decoder, linebreak, prepared.sepChars, (block, consumed) => {
      if (block.includes('"')) throw new QuotedFile();
      readLines(block, Infinity);
      onProgress?.(Math.min(1, consumed / total));
    });
  } else if (!hasQuotes) {
    readLines(text, CHUNK_CHARS);
  } else {
    parseInChunks(text, delimiter, (results) => {
      const data = results.data;
      let quoteErrorRows: Set<number> | null = null;
      for (const e of results.errors) {
        if (e.type === 'Quotes' && typeof e.row === 'number') (quoteErrorRows ??= new Set()).add(e.row);
      }
      for (let r = 0; r < data.length; r++) {
        const row = data[r]!;
        const startLine = line;
        for (const cell of row) if (cell.length > 0) line += countLineBreaks(cell);
        line++;
        handleRow(row, startLine, quoteErrorRows !== null && quoteErrorRows.has(r));
      }
      if (onProgress && total > 0) onProgress(Math.min(1, results.meta.cursor / total));
    });
  }

  if (rowCount === 0) return fail('no-rows');
  if (clients.length === 0) return fail('no-valid-rows', issues);

  // Dates: the order is decided from every distinct value of the column (a file sorted by date
  // may only prove its order after the 12th day of the first month).
  let dateOrder: DateOrder | undefined;
  let isoByDateId: (string | null)[] = [];
  let twoDigitByDateId: boolean[] = [];
  if (iDate >= 0) {
    dateOrder = options.dateOrder ?? detectDateOrder(dateRaws, fallbackOrder);
    isoByDateId = dateRaws.map((raw) => (raw === '' ? null : parseDate(raw, dateOrder!)));
    twoDigitByDateId = dateRaws.map(usesTwoDigitYear);
  }

  const includeLines = options.includeLines === true && iDate >= 0;
  const lines: TransactionLine[] = [];
  const n = kept.length;
  const cData = kept.client;
  const dData = kept.date;
  const aData = kept.amount;
  // The columns are the kept rows themselves, compacted in place (a row with a bad date dropped,
  // the date id replaced by its rank): no second 16-byte-a-line copy at the peak.
  const wantColumns = options.lineColumns !== false && iDate >= 0;
  let colLength = 0;
  // Each client's first and last date, compared as ranks of the distinct dates (integers) rather
  // than as strings a million times; ISO strings sort as dates, so the rank order is the date order.
  const distinctIsos = [...new Set(isoByDateId.filter((iso): iso is string => iso !== null))].sort();
  const rankOfIso = new Map(distinctIsos.map((iso, rank) => [iso, rank]));
  const rankByDateId = Int32Array.from(isoByDateId, (iso) => (iso === null ? -1 : rankOfIso.get(iso)!));
  const firstRank = new Int32Array(clients.length).fill(0x7fffffff);
  const lastRank = new Int32Array(clients.length).fill(-1);
  const { stepRow, stepOffset } = kept;
  if (iDate >= 0) {
    let step = 0;
    for (let i = 0; i < n; i++) {
      while (step + 1 < stepRow.length && stepRow[step + 1]! <= i) step++;
      const dateId = dData[i]!;
      const rank = rankByDateId[dateId]!;
      if (rank === -1) {
        report(i + stepOffset[step]!, 'invalid-date', colName(iDate));
        continue;
      }
      // "01/02/98" is read as 2098: kept (sales data is recent) but said, never silently.
      if (twoDigitByDateId[dateId] === true) report(i + stepOffset[step]!, 'two-digit-year', colName(iDate));
      const c = cData[i]!;
      const amount = aData[i]!;
      if (rank < firstRank[c]!) firstRank[c] = rank;
      if (rank > lastRank[c]!) lastRank[c] = rank;
      if (includeLines) lines.push({ key: clients[c]!.key, date: distinctIsos[rank]!, amount });
      if (wantColumns) {
        // colLength <= i: only rows already read are overwritten.
        cData[colLength] = c;
        dData[colLength] = rank;
        aData[colLength] = amount;
        colLength++;
      }
    }
  }

  for (const acc of clients) {
    if (acc.variants && acc.variants.size > 1) {
      const row = acc.variantLine;
      if (issues.length < MAX_ISSUES) {
        issues.push({ row, code: 'merged-names', message: `${ISSUE_MESSAGES['merged-names']} (${[...acc.variants].join(' | ')})` });
      } else extraIssues++;
    }
  }
  issues.sort((a, b) => a.row - b.row);
  if (extraIssues > 0) {
    issues.push({ row: lastIssueRow, code: 'more-issues', message: `${ISSUE_MESSAGES['more-issues']} (${extraIssues})` });
  }

  // Sums beyond what doubles count exactly to the cent are an error, never "∞" or "NaN %" on screen.
  if (clients.some((acc) => Number.isNaN(acc.revenue.value))) return fail('sums-too-large');

  const mode: 'totals' | 'transactions' = iDate >= 0 || clients.some((c) => c.rows > 1) ? 'transactions' : 'totals';
  const out: ClientTotal[] = clients.map((acc, c) => {
    const client: ClientTotal = { key: acc.key, name: acc.name.replace(/\s+/g, ' '), revenue: acc.revenue.value, rows: acc.rows };
    const f = firstRank[c] === 0x7fffffff ? undefined : distinctIsos[firstRank[c]!];
    const l = lastRank[c] === -1 ? undefined : distinctIsos[lastRank[c]!];
    if (f !== undefined) client.firstDate = f;
    if (l !== undefined) client.lastDate = l;
    if (acc.segment !== undefined) client.segment = acc.segment;
    return client;
  });

  const columns: ImportSuccess['columns'] = { name: headers[iName >= 0 ? iName : iId] ?? '', amount: headers[iAmount] ?? '' };
  if (iId >= 0) columns.id = headers[iId] ?? '';
  if (iDate >= 0) columns.date = headers[iDate] ?? '';
  if (iSegment >= 0) columns.segment = headers[iSegment] ?? '';

  onProgress?.(1);
  const result: ImportSuccess = {
    ok: true,
    mode,
    clients: out,
    issues,
    columns,
    delimiter,
    encoding: prepared.encoding,
    decimal,
    currency: currencyFromConventions(
      currencyEvidence(currencySymbols, currencyValues),
      columnSamples(sample.rows, iDate >= 0 ? iDate : undefined),
      decimal,
    ),
    rowCount,
    skippedRows: skipped,
  };
  if (dateOrder !== undefined) result.dateOrder = dateOrder;
  if (includeLines && mode === 'transactions' && lines.length > 0) result.lines = lines;
  if (wantColumns && mode === 'transactions' && colLength > 0) {
    // Views of the kept rows when they are nearly full (sized from the sample, 5 % spare), so the
    // peak holds one copy; a copy only when much of the buffer would be wasted (a buffer transferred
    // to the page moves whole).
    const tight = cData.length - colLength <= colLength >> 3;
    result.lineColumns = {
      client: tight ? cData.subarray(0, colLength) : cData.slice(0, colLength),
      date: tight ? dData.subarray(0, colLength) : dData.slice(0, colLength),
      amount: tight ? aData.subarray(0, colLength) : aData.slice(0, colLength),
      keys: out.map((c) => c.key),
      dates: distinctIsos,
    };
  }
  return result;
}

/** A hash of `s.slice(from, to)` (FNV-1a over UTF-16 units, cut to a small integer), read in place. */
function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h & 0x3fffffff;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * An amount cell that starts with a digit (or `-` and a digit) and ends with a digit: one that
 * names no currency (so `noteCurrency` would find nothing) and needs no formula unquoting.
 */
function isPlainNumberCell(s: string, from: number, to: number): boolean {
  if (to <= from || !isDigit(s.charCodeAt(to - 1))) return false;
  const c = s.charCodeAt(from);
  return isDigit(c) || (c === 45 && to - from > 1 && isDigit(s.charCodeAt(from + 1)));
}

function isSignOrSpace(c: number): boolean {
  return c === 32 || c === 45 || c === 40 || c === 41 || c === 43 || c === 9 || c === 0xa0;
}

function currencyEvidence(symbols: ReadonlySet<string>, columnValues: ReadonlySet<string>): CurrencyEvidence {
  return detectCurrency(
    [...symbols].map((code) => `${code} 1`),
    [...columnValues],
  );
}

export type ImportPreview =
  | {
      ok: true;
      delimiter: Delimiter;
      encoding: TextEncodingName;
      decimal: DecimalSeparator;
      dateOrder?: DateOrder;
      headers: string[];
      /** The first 20 data rows, as text, for the column-mapping table. */
      rows: string[][];
      suggested: ColumnNames;
      rowCount: number;
      /** The currency the first rows name (the import reads the whole file). */
      currency: CurrencyEvidence;
    }
  | { ok: false; error: ImportError };

const PREVIEW_ROWS = 20;

/** What the column-mapping step shows before the real import; never throws. */
export function previewImport(input: string | Uint8Array, options: ImportOptions = {}): ImportPreview {
  try {
    const prepared = prepare(input, options);
    if ('ok' in prepared) return { ok: false, error: prepared.error };
    const sample = readSample(prepared);
    if (!sample) return fail('empty');
    // A very wide header would make the mapping step render every column in every list.
    if (sample.headers.length > MAX_COLUMNS) return fail('too-many-columns');
    const mapping = guessColumns(sample.headers);
    if (mapping.name === undefined && mapping.id !== undefined) mapping.name = mapping.id;
    const suggested: ColumnNames = {};
    for (const role of ['id', 'name', 'amount', 'date', 'segment'] as const) {
      const i = mapping[role];
      if (i !== undefined) suggested[role] = sample.headers[i] ?? '';
    }
    const fallbackDecimal: DecimalSeparator = prepared.delimiter === ';' ? ',' : '.';
    const decimal = options.decimal ?? detectDecimal(columnSamples(sample.rows, mapping.amount), fallbackDecimal);
    const preview: ImportPreview = {
      ok: true,
      delimiter: prepared.delimiter,
      encoding: prepared.encoding,
      decimal,
      headers: sample.headers,
      rows: sample.rows.slice(0, PREVIEW_ROWS),
      suggested,
      rowCount: countDataRows(prepared, sample),
      currency: currencyFromConventions(
        detectCurrency(
          columnSamples(sample.rows, mapping.amount),
          columnSamples(
            sample.rows,
            sample.headers.findIndex((h, i) => isCurrencyHeader(h) && !Object.values(mapping).includes(i)),
          ),
        ),
        columnSamples(sample.rows, mapping.date),
        decimal,
      ),
    };
    if (mapping.date !== undefined) {
      preview.dateOrder =
        options.dateOrder ?? detectDateOrder(columnSamples(sample.rows, mapping.date), prepared.delimiter === ';' ? 'dmy' : 'mdy');
    }
    return preview;
  } catch {
    return fail('unexpected');
  }
}

/** Data rows of the whole file: a line count when there are no quotes, else a streamed parse. */
function countDataRows(prepared: Prepared, sample: Sample): number {
  const { text } = prepared;
  if (text.length <= SAMPLE_CHARS && sample.rows.length < SAMPLE_ROWS) return sample.dataRowsInSample;
  let rows = 0;
  if (prepared.hasQuotes) {
    parseInChunks(text, prepared.delimiter, (results) => {
      for (const row of results.data) if (!isBlankRow(row)) rows++;
    });
  } else {
    // Without quotes a row is a line (split as PapaParse's fast mode splits): count the lines that
    // hold something other than delimiters and spaces, without building any row.
    const { linebreak } = sample;
    const delimiterCode = prepared.delimiter.charCodeAt(0);
    for (let from = 0; from < text.length;) {
      let to = text.indexOf(linebreak, from);
      if (to === -1) to = text.length;
      for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        if (c !== delimiterCode && !isTrimSpace(c)) {
          rows++;
          break;
        }
      }
      from = to + linebreak.length;
    }
  }
  return Math.max(0, rows - 1);
}

/** Exactly the characters `String.prototype.trim` removes. */
function isTrimSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
