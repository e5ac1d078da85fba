/**
 * The import's one pass over the rows: each row read (in place when it can be, see `fastRow`),
 * checked, and added to its client; the rows kept in typed columns for after the pass
 * (importFinish.ts). The routes (blocks of an unquoted file, the whole text, PapaParse chunks of
 * a quoted one) are chosen in import.ts; they all end in `handleRow` for the rows the fast path
 * leaves.
 */
import type Papa from 'papaparse';
import { clientKeyBesideReserved, clientKeyFromName, isReservedClientKey } from './clientKey.ts';
import { parseAmount, scanPlainAmount } from './amount.ts';
import type { DecimalSeparator } from './amount.ts';
import { currencyInText } from './currency.ts';
import { fixedDateCode } from './dates.ts';
import type { Delimiter } from './delimiter.ts';
import { unneutraliseFormula } from './csvExport.ts';
import { MoneySum } from './money.ts';
import { countLineBreaks, isBlankRow } from './importPrepare.ts';
import type { Sample } from './importPrepare.ts';
import { RowColumns, TOTAL_LABELS, hashRange, isDigit, isPlainNumberCell, isSignOrSpace, isTrimSpace } from './importRows.ts';
import type { ClientAcc } from './importRows.ts';
import { INVISIBLE, MAX_AMOUNT, MAX_ID_LENGTH, MAX_NAME_LENGTH, MAX_SEGMENT_LENGTH } from './importTypes.ts';
import type { ImportIssueCode, IssueLog, LineReader } from './importTypes.ts';

/** The columns and settings decided before the pass (-1: the column is not in the file). */
export type PassSetup = {
  delimiter: Delimiter;
  decimal: DecimalSeparator;
  headers: readonly string[];
  sample: Sample;
  iAmount: number;
  iName: number;
  iId: number;
  iDate: number;
  iSegment: number;
  iCurrency: number;
  log: IssueLog;
  /** The pass's whole length (bytes or characters), for progress. */
  total: number;
  expectedRows: number;
  onProgress: ((fraction: number) => void) | undefined;
  lineReader: LineReader | undefined;
};

/** What the pass leaves for the result. */
export type PassState = {
  clients: ClientAcc[];
  /** Distinct raw date strings, by date id. */
  dateRaws: string[];
  kept: RowColumns;
  rowCount: number;
  skipped: number;
  currencySymbols: Set<string>;
  currencyValues: Set<string>;
};

export function createPass(setup: PassSetup): {
  readLines: (block: string, progressEvery: number) => void;
  readParsed: (results: Papa.ParseResult<string[]>) => void;
  state: () => PassState;
} {
  const { delimiter, decimal, headers, sample, iAmount, iName, iId, iDate, iSegment, iCurrency, log, total, onProgress, lineReader } =
    setup;
  const width = headers.length;
  const maxIndex = Math.max(iAmount, iName, iId, iDate, iSegment);
  const linebreak = sample.linebreak;
  const report = (row: number, code: ImportIssueCode, column?: string): void => log.report(row, code, column);
  const colName = (i: number): string => headers[i] ?? '';

  // Currency: symbols written before the amounts (cached per distinct prefix, as every row of an
  // "R$ 1.234,56" file has one) and the values of a currency column, over the whole file.
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
  const kept = new RowColumns(setup.expectedRows);

  let rowCount = 0;
  let skipped = 0;
  let line = 1;
  let rowsSeen = 0;

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

  /** One chunk of PapaParse's rows of a quoted file. */
  const readParsed = (results: Papa.ParseResult<string[]>): void => {
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
  };

  return {
    readLines,
    readParsed,
    state: () => ({ clients, dateRaws, kept, rowCount, skipped, currencySymbols, currencyValues }),
  };
}
