/**
 * Before the import's pass: the input decoded (or its head, for a file read in blocks), the
 * delimiter, the sample of the first rows, and the columns resolved from the header or the caller.
 */
import Papa from 'papaparse';
import { parseAmount } from './amount.ts';
import type { DecimalSeparator } from './amount.ts';
import { decodeBytes, looksBinary } from './encoding.ts';
import type { TextEncodingName } from './encoding.ts';
import { detectDelimiter, readSepLine } from './delimiter.ts';
import type { Delimiter } from './delimiter.ts';
import { findHeader, guessColumns } from './columns.ts';
import type { ColumnMapping, ColumnRole } from './columns.ts';
import { repairQuotes } from './quoteRepair.ts';
import { CHUNK_CHARS, DEFAULT_MAX_BYTES, SAMPLE_CHARS, SAMPLE_ROWS, fail } from './importTypes.ts';
import type { ColumnNames, ImportFailure, ImportOptions } from './importTypes.ts';

/**
 * `repairedLines`: lines whose stray quotes were read as text (quoteRepair.ts), reported as issues.
 * `partial`: `text` is only the head of a file read in blocks (lineBlocks.ts), cut mid-row.
 * `sepChars`: length of the `sep=` line removed from the start of the text.
 */
export type Prepared = {
  text: string;
  encoding: TextEncodingName;
  delimiter: Delimiter;
  hasQuotes: boolean;
  repairedLines: number[];
  partial: boolean;
  sepChars: number;
};

/** Size check, decoding, binary check, `sep=` line and delimiter: what import and preview share. */
export function prepare(input: string | Uint8Array, options: ImportOptions): Prepared | ImportFailure {
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

export function prepareText(
  decoded: string,
  encoding: TextEncodingName,
  options: ImportOptions,
  partial: boolean,
): Prepared | ImportFailure {
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
export class QuotedFile extends Error {}

/** A large unquoted byte input read in blocks: its head (prepared), and the decoder for the whole. */
export type Streamed = { head: Prepared; bytes: Uint8Array; decoder: TextDecoder };

/**
 * The block route for large byte inputs (lineBlocks.ts): only for UTF-8 or Windows-1252 files whose
 * head reads cleanly and holds no quote. Otherwise null, and the whole text is decoded as before
 * (which also gives every error its usual answer). A quote further on is found block by block
 * (`QuotedFile`), and the import starts again on the whole-text route.
 */
export function prepareStreamed(bytes: Uint8Array, options: ImportOptions): Streamed | null {
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
export function parseInChunks(text: string, delimiter: Delimiter, onChunk: (results: Papa.ParseResult<string[]>) => void): void {
  Papa.parse<string[]>(text, {
    delimiter,
    header: false,
    skipEmptyLines: false,
    chunkSize: CHUNK_CHARS,
    chunk: onChunk,
    complete: () => undefined,
  });
}

export function isBlankRow(row: readonly string[]): boolean {
  if (row.length === 1 && row[0] === '') return true;
  for (const cell of row) if (cell.trim() !== '') return false;
  return true;
}

/** Line breaks inside a quoted cell, so line numbers stay those of the file. */
export function countLineBreaks(s: string): number {
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
export type Sample = {
  headerIndex: number;
  headerLine: number;
  headers: string[];
  rows: string[][];
  dataRowsInSample: number;
  linebreak: string;
  charsPerLine: number;
};

/** The first rows of the file, parsed with the decided delimiter: header plus up to SAMPLE_ROWS data rows. */
export function readSample(prepared: Prepared): Sample | null {
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

export type Resolved = { mapping: ColumnMapping } | ImportFailure;

export function resolveColumns(
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

export function columnSamples(rows: readonly string[][], index: number | undefined): string[] {
  if (index === undefined) return [];
  const out: string[] = [];
  for (const r of rows) {
    const v = r[index];
    if (v !== undefined && v.trim() !== '') out.push(v);
  }
  return out;
}
