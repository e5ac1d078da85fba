/**
 * Issue #20, browser figure: a 1M-line import in headless Chromium, inside a Web Worker. A manual
 * script, not part of `npm test`:
 *
 *   npx tsx bench/browser-import.ts                       # domain worker only
 *   npm run build && npx astro preview --port 4411 &      # then, for the site's own import worker:
 *   BENCH_SITE=http://127.0.0.1:4411 npx tsx bench/browser-import.ts
 *
 * 1. Domain worker (always): bench/browser-worker.ts bundled by esbuild, served from a routed
 *    origin; the page reads the generated file as a File (as the import panel does), transfers its
 *    bytes to the worker, which runs importPortfolio + paretoAnalysis. Timed from the click-equivalent
 *    (`file.arrayBuffer()`) to the worker's answer, and inside the worker.
 * 2. Site worker (with BENCH_SITE): the built `importWorker` of the preview server gets the same
 *    bytes as an `import` request, exactly what the portfolio panel posts after the column preview;
 *    it runs `runImport` (importPortfolio, the extra portfolio columns, monthly sales), so its time
 *    includes work outside the domain import.
 *
 * Chromium: e2e/browser.ts finds it (never downloaded). Environment: BENCH_LINES (default 1e6),
 * BENCH_CLIENTS (1000), BENCH_RUNS (3), BENCH_WORKER_ENTRY (a browser-worker.ts beside another
 * version of src/domain, for a before/after figure).
 */
import { readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { CHROMIUM_ARGS, findChromium } from '../e2e/browser.ts';
import { generateTransactions } from './generate.ts';

const here = dirname(fileURLToPath(import.meta.url));
const LINES = Number(process.env.BENCH_LINES ?? 1_000_000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SITE = process.env.BENCH_SITE;
const ORIGIN = 'http://bench.invalid';

const csv = Buffer.from(new TextEncoder().encode(generateTransactions(LINES, CLIENTS)));
// BENCH_WORKER_ENTRY: another copy of browser-worker.ts (e.g. beside an older src/domain) for a before/after.
const bundled = await build({
  entryPoints: [process.env.BENCH_WORKER_ENTRY ?? join(here, 'browser-worker.ts')],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  logLevel: 'warning',
});
const workerJs = bundled.outputFiles[0]!.text;

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
try {
  const page = await browser.newPage();
  // The page, the worker and the file come from one routed origin: nothing goes to the network.
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/worker.js') return route.fulfill({ body: workerJs, contentType: 'text/javascript' });
    if (path === '/transactions.csv') return route.fulfill({ body: csv, contentType: 'text/csv' });
    return route.fulfill({ body: '<!doctype html><title>bench</title>', contentType: 'text/html' });
  });
  await page.goto(`${ORIGIN}/`);
  // The file as a File object in the page, as an <input type=file> gives it.
  await page.evaluate(async () => {
    const blob = await (await fetch('/transactions.csv')).blob();
    (globalThis as unknown as { benchFile: File }).benchFile = new File([blob], 'transactions.csv', { type: 'text/csv' });
  });

  const domainRun = (includeLines: boolean) =>
    page.evaluate(async (lines) => {
      const file = (globalThis as unknown as { benchFile: File }).benchFile;
      const worker = new Worker('/worker.js', { type: 'module' });
      // Worker start-up (module fetch and compile) is not the import: wait for it to be ready.
      await new Promise((r) => setTimeout(r, 200));
      const t0 = performance.now();
      const bytes = new Uint8Array(await file.arrayBuffer());
      const answer = await new Promise<Record<string, unknown>>((resolve) => {
        worker.onmessage = (e: MessageEvent<Record<string, unknown>>) => resolve(e.data);
        worker.postMessage({ bytes, includeLines: lines }, [bytes.buffer]);
      });
      const total = performance.now() - t0;
      worker.terminate();
      return { ...answer, pageMs: total } as Record<string, unknown>;
    }, includeLines);

  const rows: Record<string, string | number>[] = [];
  for (const includeLines of [false, true]) {
    let bestPage = Infinity;
    let bestWorker = Infinity;
    let last: Record<string, unknown> = {};
    for (let run = 0; run < RUNS; run++) {
      const r = await domainRun(includeLines);
      if ('error' in r) throw new Error(`import failed in the browser: ${String(r['error'])}`);
      bestPage = Math.min(bestPage, Number(r['pageMs']));
      bestWorker = Math.min(bestWorker, Number(r['ms']));
      last = r;
    }
    rows.push({
      worker: `domain (importPortfolio + paretoAnalysis), includeLines: ${String(includeLines)}`,
      'best, File → answer': `${bestPage.toFixed(0)} ms`,
      'best, inside the worker': `${bestWorker.toFixed(0)} ms`,
      rows: Number(last['rows']),
      clients: Number(last['clients']),
      'progress calls': Number(last['progressCalls']),
    });
  }

  if (SITE) {
    const assets = join(here, '..', 'dist', '_astro');
    const workerFile = readdirSync(assets).find((f) => f.startsWith('importWorker') && f.endsWith('.js'));
    if (!workerFile) throw new Error('no importWorker*.js in dist/_astro: run npm run build first');
    const site = await browser.newPage();
    await site.goto(`${SITE}/en/`);
    let best = Infinity;
    let clients = 0;
    for (let run = 0; run < RUNS; run++) {
      const r = await site.evaluate(
        async ({ url, bytesB64 }) => {
          const bytes = Uint8Array.from(atob(bytesB64), (c) => c.charCodeAt(0));
          const worker = new Worker(url, { type: 'module' });
          await new Promise((res) => setTimeout(res, 200));
          const t0 = performance.now();
          const outcome = await new Promise<{ ok: boolean; clients?: unknown[] }>((resolve) => {
            worker.onmessage = (e: MessageEvent<{ type: string; outcome?: { ok: boolean; clients?: unknown[] } }>) => {
              if (e.data.type === 'import' && e.data.outcome) resolve(e.data.outcome);
            };
            worker.postMessage({ type: 'import', request: { input: bytes, options: {}, extras: {} } });
          });
          const ms = performance.now() - t0;
          worker.terminate();
          return { ms, ok: outcome.ok, clients: outcome.clients?.length ?? 0 };
        },
        { url: `/_astro/${workerFile}`, bytesB64: csv.toString('base64') },
      );
      if (!r.ok) throw new Error('the site worker failed');
      best = Math.min(best, r.ms);
      clients = r.clients;
    }
    rows.push({
      worker: `site importWorker (runImport: import, extra columns, monthly sales, lines)`,
      'best, File → answer': `${best.toFixed(0)} ms`,
      'best, inside the worker': '—',
      rows: LINES,
      clients,
      'progress calls': '—',
    });
  }

  console.log(
    `${LINES.toLocaleString('en')} lines, ${(csv.byteLength / 1e6).toFixed(1)} MB; ${browser.version()}; best of ${RUNS}; load average ${loadavg()[0]!.toFixed(1)}`,
  );
  console.table(rows);
} finally {
  await browser.close();
}
