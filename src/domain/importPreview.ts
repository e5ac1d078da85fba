/**
 * The import's preview: what the column-mapping step shows before the real import.
 */
import { detectDecimal } from './amount.ts';
import type { DecimalSeparator } from './amount.ts';
import { currencyFromConventions, detectCurrency, isCurrencyHeader } from './currency.ts';
import type { CurrencyEvidence } from './currency.ts';
import { detectDateOrder } from './dates.ts';
import type { DateOrder } from './dates.ts';
import type { Delimiter } from './delimiter.ts';
import type { TextEncodingName } from './encoding.ts';
import { guessColumns } from './columns.ts';
import { columnSamples, isBlankRow, parseInChunks, prepare, readSample } from './importPrepare.ts';
import type { Prepared, Sample } from './importPrepare.ts';
import { isTrimSpace } from './importRows.ts';
import { MAX_COLUMNS, SAMPLE_CHARS, SAMPLE_ROWS, fail } from './importTypes.ts';
import type { ColumnNames, ImportError, ImportOptions } from './importTypes.ts';

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
