/**
 * `npm run bench`: import + Pareto on generated transaction exports of 10k, 100k and 1M lines.
 * Prints lines/second, time and peak RSS. Target (issue 3): 1M lines (~40 MB) under 1.5 s on one core.
 *
 * Run with `node --expose-gc --import tsx` (the npm script) so memory is measured from a collected
 * baseline. Inputs are generated in memory; set BENCH_BYTES=1 to also time the Uint8Array path
 * (TextDecoder + import), which is what the browser worker does with a File.
 */
import { importPortfolio, paretoAnalysis } from '../src/domain/index.ts';
import { generateTransactions } from './generate.ts';

const gc = (globalThis as { gc?: () => void }).gc;
const SIZES = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

type Row = { lines: number; size: string; best: string; linesPerSecond: string; clients: number; peakRss: string; rssDelta: string };
const rows: Row[] = [];

for (const n of SIZES) {
  const text = generateTransactions(n);
  const input: string | Uint8Array = process.env.BENCH_BYTES === '1' ? new TextEncoder().encode(text) : text;
  let best = Infinity;
  let peak = 0;
  let base = 0;
  let clients = 0;
  for (let run = 0; run < RUNS; run++) {
    gc?.();
    base = process.memoryUsage().rss;
    peak = Math.max(peak, base);
    const t0 = performance.now();
    const result = importPortfolio(input, {
      onProgress: () => {
        peak = Math.max(peak, process.memoryUsage().rss);
      },
    });
    if (!result.ok) throw new Error(`import failed: ${result.error.code}`);
    const pareto = paretoAnalysis(result.clients);
    const t1 = performance.now();
    peak = Math.max(peak, process.memoryUsage().rss);
    best = Math.min(best, t1 - t0);
    clients = pareto.ranked.length + pareto.excluded.length;
  }
  rows.push({
    lines: n,
    size: mb(typeof input === 'string' ? input.length : input.byteLength),
    best: `${best.toFixed(0)} ms`,
    linesPerSecond: Math.round(n / (best / 1000)).toLocaleString('en'),
    clients,
    peakRss: mb(peak),
    rssDelta: mb(peak - base),
  });
}

console.log(`node ${process.version}, best of ${RUNS} runs, input ${process.env.BENCH_BYTES === '1' ? 'Uint8Array' : 'string'}`);
console.table(rows);
const million = rows.find((r) => r.lines === 1_000_000);
if (million) console.log(`1M lines: ${million.best} (target < 1500 ms)`);
