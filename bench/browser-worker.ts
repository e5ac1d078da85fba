/// <reference lib="webworker" />
/**
 * The domain-only Web Worker of bench/browser-import.ts: receives a file's bytes (transferred), runs
 * importPortfolio + paretoAnalysis as the site's import worker does (the same domain function), and
 * posts the time it took inside the worker and the result's checksum.
 */
import { importPortfolio, paretoAnalysis } from '../src/domain/index.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<{ bytes: Uint8Array; includeLines: boolean }>) => {
  const t0 = performance.now();
  let progressCalls = 0;
  // includeLines false: totals only (no line columns either), as the "includeLines: false" rows measured.
  const lines = event.data.includeLines ? {} : { lineColumns: false };
  const result = importPortfolio(event.data.bytes, { ...lines, onProgress: () => progressCalls++ });
  if (!result.ok) {
    scope.postMessage({ error: result.error.code });
    return;
  }
  const pareto = paretoAnalysis(result.clients);
  const ms = performance.now() - t0;
  scope.postMessage({
    ms,
    rows: result.rowCount,
    clients: result.clients.length,
    total: Math.round(pareto.total * 100) / 100,
    counts: pareto.counts,
    progressCalls,
  });
};
