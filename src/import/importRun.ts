/**
 * The work behind an import, shared by the page (small files) and the Web Worker (large files):
 * the domain's `importPortfolio`, the extra portfolio columns, and the shapes the stores take.
 * Loaded on demand (dynamic import) so papaparse is not in any widget's first download.
 */
import { importPortfolio, previewImport } from '../domain/index.ts';
import type { ImportError, ImportIssue, ImportOptions, ImportPreview, ImportSuccess, TransactionLine } from '../domain/index.ts';
import { clientFromTotal, guessExtraColumns, monthlyFromLines, readClientExtras } from '../domain/portfolioExtras.ts';
import type { ExtraColumns, MonthlyAmount } from '../domain/portfolioExtras.ts';
import type { Client } from '../state/schemas.ts';

export type ImportSettings = Omit<ImportOptions, 'onProgress' | 'maxBytes' | 'includeLines'>;

export type ImportRequest = {
  input: string | Uint8Array;
  options: ImportSettings;
  /** Extra portfolio columns (previous revenue, margin…) by header name. */
  extras: ExtraColumns;
};

export type ImportSummary = Omit<ImportSuccess, 'clients' | 'lines'>;

export type ImportOutcome =
  | {
      ok: true;
      clients: Client[];
      monthlySales: MonthlyAmount[];
      lines: TransactionLine[];
      /** Each client's `revenue` is the sum of every row of the file (the user picks a period later). */
      summary: ImportSummary;
    }
  | { ok: false; error: ImportError; issues?: ImportIssue[] };

export type PreviewOutcome = ImportPreview & { extras?: ExtraColumns };

export function runPreview(input: string | Uint8Array, options: ImportSettings): PreviewOutcome {
  const preview = previewImport(input, options);
  if (!preview.ok) return preview;
  const taken = Object.values(preview.suggested).filter((h): h is string => typeof h === 'string');
  return { ...preview, extras: guessExtraColumns(preview.headers, taken) };
}

export function runImport(request: ImportRequest, onProgress?: (fraction: number) => void): ImportOutcome {
  const options: ImportOptions = { ...request.options };
  if (onProgress) options.onProgress = onProgress;
  const result = importPortfolio(request.input, options);
  if (!result.ok) return result;
  const hasId = result.columns.id !== undefined;
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
  const extras = readClientExtras(request.input, extrasOptions);
  const lines = result.lines ?? [];
  const clients: Client[] = result.clients.map((total) => {
    const base = clientFromTotal(total, hasId);
    const extra = extras.get(total.key);
    const client: Client = { ...base, ...extra, keyAccount: extra?.keyAccount ?? false };
    if (client.firstPurchase === undefined && base.firstPurchase !== undefined) client.firstPurchase = base.firstPurchase;
    return client;
  });
  const { clients: _c, lines: _l, ...summary } = result;
  void _c;
  void _l;
  return { ok: true, clients, monthlySales: monthlyFromLines(lines), lines, summary };
}
