/**
 * The page's side of an import in bench/site-import.ts, bundled from the site's own modules: what
 * the import panel and the portfolio do with the worker's answer (the lines as objects when they
 * came, the months of the report, `replacePortfolio` with its validation and storage write).
 */
import { expandOutcome } from '../src/import/expandOutcome.ts';
import type { CompactOutcome, ImportOutcome } from '../src/import/importRun.ts';
import { monthSpan } from '../src/import/monthSpan.ts';
import { replacePortfolio } from '../src/state/portfolio.ts';

type Answer = CompactOutcome | ImportOutcome;

function finish(answer: Answer): Record<string, number> {
  if (!answer.ok) throw new Error(`import failed: ${answer.error.code}`);
  const t0 = performance.now();
  // The worker before this change sent `lines` as objects and no `months`.
  const outcome = 'lines' in answer ? answer : expandOutcome(answer);
  if (!outcome.ok) throw new Error('import failed');
  const months = outcome.months ?? (outcome.lines.length > 0 ? monthSpan(outcome.lines) : undefined);
  const t1 = performance.now();
  const written = replacePortfolio({ clients: outcome.clients, monthlySales: outcome.monthlySales, currency: 'BRL' });
  const t2 = performance.now();
  const stored = localStorage.getItem(Object.keys(localStorage).find((k) => k.includes('portfolio')) ?? '') ?? '';
  return {
    expandMs: t1 - t0,
    storeMs: t2 - t1,
    clients: outcome.clients.length,
    monthly: outcome.monthlySales.length,
    lines: outcome.lines.length,
    saved: written.ok ? 1 : 0,
    ...(written.ok ? {} : { reason: String((written as { reason?: string }).reason) as unknown as number }),
    storedChars: stored.length,
    monthsFound: months ? 1 : 0,
  };
}

(globalThis as unknown as { benchFinish: typeof finish }).benchFinish = finish;
