/**
 * The Node side of the pandas comparison (bench/pandas-side-by-side.ts), run as its own process so
 * it is timed exactly like the Python one: bytes on disk → importPortfolio → paretoAnalysis → classes.
 * It is bundled by esbuild before the timed runs (as the site's worker is), so the time is the
 * domain's, not TypeScript compilation's. Prints one JSON line.
 *
 * Usage (after bundling): node import-child.mjs FILE
 */
import { readFileSync } from 'node:fs';
import { importPortfolio, paretoAnalysis } from '../src/domain/index.ts';

const path = process.argv[2];
if (!path) throw new Error('usage: import-child FILE');
const t0 = performance.now();
const baselineRss = process.memoryUsage().rss;
const bytes = readFileSync(path);
// The defaults keep every line as columns (`lineColumns`); BENCH_LINES_OFF=1: without them
// (`lineColumns: false`), i.e. totals and classes only; BENCH_LINE_OBJECTS=1: also the objects.
const result = importPortfolio(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
  ...(process.env.BENCH_LINES_OFF === '1' ? { lineColumns: false } : {}),
  ...(process.env.BENCH_LINE_OBJECTS === '1' ? { includeLines: true } : {}),
});
if (!result.ok) throw new Error(`import failed: ${result.error.code}`);
const pareto = paretoAnalysis(result.clients);
const t1 = performance.now();
const usage = process.resourceUsage();
console.log(
  JSON.stringify({
    rows: result.rowCount,
    clients: result.clients.length,
    total: Math.round(pareto.total * 100) / 100,
    A: pareto.counts.A,
    B: pareto.counts.B,
    C: pareto.counts.C,
    workMs: Math.round(t1 - t0),
    cpuMs: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000),
    // maxRSS is in KiB.
    peakRssBytes: usage.maxRSS * 1024,
    baselineRssBytes: baselineRss,
  }),
);
