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
 *
 * The parts, in the order an import runs: importTypes.ts (options, result, messages),
 * importPrepare.ts (decoding, delimiter, sample, columns), this file (the route through the file),
 * importPass.ts (each row, to its client), importFinish.ts (dates, lines, the result); the preview
 * is importPreview.ts.
 */
import { clientKeyFromName } from './clientKey.ts';
import { detectDecimal } from './amount.ts';
import type { DecimalSeparator } from './amount.ts';
import { isCurrencyHeader } from './currency.ts';
import type { DateOrder } from './dates.ts';
import { forEachLineBlock } from './lineBlocks.ts';
import { QuotedFile, columnSamples, parseInChunks, prepare, prepareStreamed, readSample, resolveColumns } from './importPrepare.ts';
import type { Prepared, Streamed } from './importPrepare.ts';
import { createPass } from './importPass.ts';
import { finishImport } from './importFinish.ts';
import { CHUNK_CHARS, IssueLog, MAX_COLUMNS, fail } from './importTypes.ts';
import type { ImportOptions, ImportResult } from './importTypes.ts';

export type {
  ClientTotal,
  ColumnNames,
  ImportError,
  ImportErrorCode,
  ImportFailure,
  ImportIssue,
  ImportIssueCode,
  ImportOptions,
  ImportResult,
  ImportSuccess,
  LineColumns,
  LineReader,
  TransactionLine,
} from './importTypes.ts';
export { DEFAULT_MAX_BYTES, MAX_ISSUES, importErrorMessage, importIssueMessage } from './importTypes.ts';
export { previewImport } from './importPreview.ts';
export type { ImportPreview } from './importPreview.ts';
export { clientKeyFromName };

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

  const decimal = options.decimal ?? detectDecimal(columnSamples(sample.rows, iAmount), fallbackDecimal);
  const fallbackOrder: DateOrder = delimiter === ';' ? 'dmy' : 'mdy';

  // A currency column (not one of the mapped ones): its values name the file's currency.
  const iCurrency = headers.findIndex(
    (h, i) => isCurrencyHeader(h) && i !== iAmount && i !== iName && i !== iId && i !== iDate && i !== iSegment,
  );

  const log = new IssueLog();
  for (const l of prepared.repairedLines) if (l > sample.headerLine) log.report(l, 'malformed-quotes');
  const total = streamed ? streamed.bytes.byteLength : text.length;
  // Sized from the sample's line length, so a 1M-row file does not grow (and copy) them ten times.
  const expectedRows = Math.min(1 << 26, Math.ceil((total / sample.charsPerLine) * 1.05));
  const onProgress = options.onProgress;
  const lineReader = options.lineReader;
  const pass = createPass({
    delimiter,
    decimal,
    headers,
    sample,
    iAmount,
    iName,
    iId,
    iDate,
    iSegment,
    iCurrency,
    log,
    total,
    expectedRows,
    onProgress,
    lineReader,
  });

  if (lineReader && (streamed || !hasQuotes)) {
    // The key columns as the result names them (`columns.id`, `columns.name`).
    const keyColumns: { id?: string; name: string } = { name: headers[iName >= 0 ? iName : iId] ?? '' };
    if (iId >= 0) keyColumns.id = headers[iId] ?? '';
    lineReader.start({ delimiter, decimal, columns: keyColumns });
  }
  if (streamed) {
    forEachLineBlock(streamed.bytes, streamed.decoder, sample.linebreak, prepared.sepChars, (block, consumed) => {
      if (block.includes('"')) throw new QuotedFile();
      pass.readLines(block, Infinity);
      onProgress?.(Math.min(1, consumed / total));
    });
  } else if (!hasQuotes) {
    pass.readLines(text, CHUNK_CHARS);
  } else {
    parseInChunks(text, delimiter, pass.readParsed);
  }

  return finishImport({
    ...pass.state(),
    options,
    headers,
    sample,
    iAmount,
    iName,
    iId,
    iDate,
    iSegment,
    log,
    delimiter,
    decimal,
    encoding: prepared.encoding,
    fallbackOrder,
  });
}
