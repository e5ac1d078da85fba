/**
 * The work behind an import, shared by the page (small files) and the Web Worker (large files):
 * the domain's `importPortfolio`, the extra portfolio columns, and the shapes the stores take.
 * Loaded on demand (dynamic import) so papaparse is not in any widget's first download.
 */
import { importPortfolio, previewImport } from '../domain/index.ts';
import type { ImportError, ImportIssue, ImportOptions, ImportPreview, ImportSuccess, LineColumns } from '../domain/index.ts';
import { monthlyFromColumns } from '../domain/index.ts';
import { clientFromTotal, guessExtraColumns, readClientExtras } from '../domain/portfolioExtras.ts';
import type { ExtraColumns, MonthlyAmount, MonthRange } from '../domain/portfolioExtras.ts';
import type { Client } from '../state/schemas.ts';
import { ExtrasFromLines } from './extrasFromLines.ts';
import { monthRange } from './monthSpan.ts';

export type ImportSettings = Omit<ImportOptions, 'onProgress' | 'maxBytes' | 'includeLines' | 'lineColumns' | 'lineReader'>;

export type ImportRequest = {
  input: string | Uint8Array;
  options: ImportSettings;
  /** Extra portfolio columns (previous revenue, margin…) by header name. */
  extras: ExtraColumns;
  /**
   * Whether the caller needs every transaction line (`lineColumns`), as the new-customer tool does; the
   * portfolio and the Pareto tool keep only clients and monthly sums. Default true.
   */
  lines?: boolean;
};

export type ImportSummary = Omit<ImportSuccess, 'clients' | 'lines' | 'lineColumns'>;

type ImportFailed = { ok: false; error: ImportError; issues?: ImportIssue[] };
type Imported = {
  ok: true;
  clients: Client[];
  monthlySales: MonthlyAmount[];
  /** The first and last month of the lines (absent without dated lines). */
  months?: MonthRange;
  /** Each client's `revenue` is the sum of every row of the file (the user picks a period later). */
  summary: ImportSummary;
};

/**
 * The outcome, as the worker posts it too: the lines as columns (transferable typed arrays), only
 * when the caller asked for every line; `linesFromColumns` gives objects where a tool needs them.
 */
export type ImportOutcome = (Imported & { lineColumns?: LineColumns }) | ImportFailed;

export type PreviewOutcome = ImportPreview & { extras?: ExtraColumns };

export function runPreview(input: string | Uint8Array, options: ImportSettings): PreviewOutcome {
  const preview = previewImport(input, options);
  if (!preview.ok) return preview;
  const taken = Object.values(preview.suggested).filter((h): h is string => typeof h === 'string');
  return { ...preview, extras: guessExtraColumns(preview.headers, taken) };
}

/**
 * One pass of the domain import gives the clients and the lines' columns (its default shape), from
 * which the monthly sums come without an object per line.
 */
export function runImport(request: ImportRequest, onProgress?: (fraction: number) => void): ImportOutcome {
  const options: ImportOptions = { ...request.options };
  if (onProgress) options.onProgress = onProgress;
  // The extra columns are read in the import's own pass; a quoted file is read a second time for them.
  const hasExtras = Object.values(request.extras).some((header) => header !== undefined && header !== '');
  const reader = hasExtras ? new ExtrasFromLines(request.extras) : undefined;
  if (reader) options.lineReader = reader;
  const result = importPortfolio(request.input, options);
  if (!result.ok) return result;
  const hasId = result.columns.id !== undefined;
  const extras = reader?.extras(result.dateOrder) ?? secondRead(request, result);
  const clients: Client[] = result.clients.map((total) => {
    const base = clientFromTotal(total, hasId);
    const extra = extras.get(total.key);
    const client: Client = { ...base, ...extra, keyAccount: extra?.keyAccount ?? false };
    if (client.firstPurchase === undefined && base.firstPurchase !== undefined) client.firstPurchase = base.firstPurchase;
    return client;
  });
  const { clients: _c, lines: _l, lineColumns, ...summary } = result;
  void _c;
  void _l;
  const monthlySales = lineColumns ? monthlyFromColumns(lineColumns) : [];
  const outcome: ImportOutcome = { ok: true, clients, monthlySales, summary };
  if (monthlySales.length > 0) outcome.months = monthRange(monthlySales.map((m) => m.month));
  if (lineColumns && request.lines !== false) outcome.lineColumns = lineColumns;
  return outcome;
}

/** The extra columns by a second read of the file (`readClientExtras`), for a quoted file. */
function secondRead(request: ImportRequest, result: ImportSuccess): ReturnType<typeof readClientExtras> {
  const extrasOptions: Parameters<typeof readClientExtras>[1] = {
    delimiter: result.delimiter,
    decimal: result.decimal,
    columns: request.extras,
    nameColumn: result.columns.name,
  };
  if (result.columns.id !== undefined) extrasOptions.idColumn = result.columns.id;
  if (result.dateOrder !== undefined) extrasOptions.dateOrder = result.dateOrder;
  if (request.options.encoding !== undefined) extrasOptions.encoding = request.options.encoding;
  else if (result.encoding === 'utf-8' || result.encoding === 'windows-1252') extrasOptions.encoding = result.encoding;
  return readClientExtras(request.input, extrasOptions);
}
