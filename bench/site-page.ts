/**
 * The page's side of an import in bench/site-import.ts, bundled from the site's own modules: what
 * the import panel and the portfolio do with the worker's answer (the lines as objects when they
 * came, the months of the report, `replacePortfolio` with its validation and storage write).
 */
import type { ImportOutcome } from '../src/import/importRun.ts';
import { linesFromColumns } from '../src/domain/index.ts';
import type { TransactionLine } from '../src/domain/index.ts';
import { monthSpan } from '../src/import/monthSpan.ts';
import { replacePortfolio } from '../src/state/portfolioActions.ts';

/** Earlier workers sent `lines` as objects, and no `months`; this one sends the lines' columns. */
type Answer = ImportOutcome | (Extract<ImportOutcome, { ok: true }> & { lines: TransactionLine[] });

function finish(answer: Answer): Record<string, number> {
  if (!answer.ok) throw new Error(`import failed: ${answer.error.code}`);
  const t0 = performance.now();
  const outcome = answer;
  // BENCH_LINE_OBJECTS: the page builds the objects from the columns (what the site did before).
  const lines = 'lines' in answer ? answer.lines : answer.lineColumns && objects ? linesFromColumns(answer.lineColumns) : [];
  const lineCount = 'lines' in answer ? answer.lines.length : (answer.lineColumns?.client.length ?? 0);
  const months = outcome.months ?? (lines.length > 0 ? monthSpan(lines) : undefined);
  const t1 = performance.now();
  const written = replacePortfolio({ clients: outcome.clients, monthlySales: outcome.monthlySales, currency: 'BRL' });
  const t2 = performance.now();
  const stored = localStorage.getItem(Object.keys(localStorage).find((k) => k.includes('portfolio')) ?? '') ?? '';
  return {
    expandMs: t1 - t0,
    storeMs: t2 - t1,
    clients: outcome.clients.length,
    monthly: outcome.monthlySales.length,
    lines: lineCount,
    saved: written.ok ? 1 : 0,
    ...(written.ok ? {} : { reason: String((written as { reason?: string }).reason) as unknown as number }),
    storedChars: stored.length,
    monthsFound: months ? 1 : 0,
  };
}

let objects = false;
(globalThis as unknown as { benchFinish: typeof finish; benchObjects: (on: boolean) => void }).benchFinish = finish;
(globalThis as unknown as { benchObjects: (on: boolean) => void }).benchObjects = (on) => {
  objects = on;
};
