/**
 * After the import's pass: the date order decided from every distinct date, each client's first
 * and last date, the lines (as columns, and as objects when asked), the merged-name issues, and
 * the result.
 */
import type { DecimalSeparator } from './amount.ts';
import { currencyFromConventions } from './currency.ts';
import { detectDateOrder, parseDate, usesTwoDigitYear } from './dates.ts';
import type { DateOrder } from './dates.ts';
import type { Delimiter } from './delimiter.ts';
import type { TextEncodingName } from './encoding.ts';
import { columnSamples } from './importPrepare.ts';
import type { Sample } from './importPrepare.ts';
import type { PassState } from './importPass.ts';
import { currencyEvidence } from './importRows.ts';
import { ISSUE_MESSAGES, MAX_ISSUES, fail } from './importTypes.ts';
import type { ClientTotal, ImportOptions, ImportResult, ImportSuccess, IssueLog, TransactionLine } from './importTypes.ts';

export type FinishSetup = PassState & {
  options: ImportOptions;
  headers: readonly string[];
  sample: Sample;
  iAmount: number;
  iName: number;
  iId: number;
  iDate: number;
  iSegment: number;
  log: IssueLog;
  delimiter: Delimiter;
  decimal: DecimalSeparator;
  encoding: TextEncodingName;
  fallbackOrder: DateOrder;
};

export function finishImport(setup: FinishSetup): ImportResult {
  const { options, headers, sample, iAmount, iName, iId, iDate, iSegment, log, delimiter, decimal, fallbackOrder } = setup;
  const { clients, dateRaws, kept, rowCount, skipped, currencySymbols, currencyValues } = setup;
  const { issues } = log;
  const report = (row: number, code: Parameters<IssueLog['report']>[1], column?: string): void => log.report(row, code, column);
  const colName = (i: number): string => headers[i] ?? '';
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
      } else log.extra++;
    }
  }
  issues.sort((a, b) => a.row - b.row);
  if (log.extra > 0) {
    issues.push({ row: log.lastRow, code: 'more-issues', message: `${ISSUE_MESSAGES['more-issues']} (${log.extra})` });
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

  options.onProgress?.(1);
  const result: ImportSuccess = {
    ok: true,
    mode,
    clients: out,
    issues,
    columns,
    delimiter,
    encoding: setup.encoding,
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
