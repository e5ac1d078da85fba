/**
 * Issue #20, the site's own import in headless Chromium, before and after, paired: the site's
 * `src/import/importWorker.ts` bundled by esbuild (as Vite bundles it) from this checkout and from
 * another commit's `src/` (BENCH_BEFORE_SRC, e.g. `git archive <commit> src | tar -x -C /tmp/before`),
 * run alternately on the same 1M-line file. A manual script, not part of `npm test`:
 *
 *   BENCH_BEFORE_SRC=/tmp/before/src npx tsx bench/site-import.ts
 *
 * Each run is what the portfolio panel does after the column preview: the page posts the file's
 * bytes (copied, as importClient does: the panel keeps them for another try), the worker answers
 * with progress and the outcome, then the page side (bench/site-page.ts, the site's own modules):
 * the lines as objects when they came, the report's months, `replacePortfolio` (validation and the
 * localStorage write). Timed: post → answer (worker work and the answer's clone), the page side,
 * and the whole.
 *
 * Environment: BENCH_LINES (1e6), BENCH_CLIENTS (1000), BENCH_RUNS (3), BENCH_KEEP_LINES=1 (ask for
 * every line, as the new-customer tool does), BENCH_EXTRA_COLUMN=Segmento (map a column as an extra
 * portfolio field, `manager`, which makes `runImport` read the file a second time for it).
 */
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
const KEEP_LINES = process.env.BENCH_KEEP_LINES === '1';
const BEFORE = process.env.BENCH_BEFORE_SRC;
const EXTRAS = process.env.BENCH_EXTRA_COLUMN ? { manager: process.env.BENCH_EXTRA_COLUMN } : {};
const ORIGIN = 'http://bench.invalid';

async function bundle(entry: string): Promise<string> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'warning',
    // Another commit's src/ has no node_modules beside it: resolve packages from this checkout.
    nodePaths: [join(here, '..', 'node_modules')],
  });
  return out.outputFiles[0]!.text;
}

const versions: { name: string; js: string }[] = [
  { name: 'after', js: await bundle(join(here, '..', 'src', 'import', 'importWorker.ts')) },
];
if (BEFORE) versions.unshift({ name: 'before', js: await bundle(join(BEFORE, 'import', 'importWorker.ts')) });
const pageJs = await bundle(join(here, 'site-page.ts'));
const csv = Buffer.from(new TextEncoder().encode(generateTransactions(LINES, CLIENTS)));

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
try {
  const page = await browser.newPage();
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    const version = versions.find((v) => path === `/${v.name}.js`);
    if (version) return route.fulfill({ body: version.js, contentType: 'text/javascript' });
    if (path === '/page.js') return route.fulfill({ body: pageJs, contentType: 'text/javascript' });
    if (path === '/transactions.csv') return route.fulfill({ body: csv, contentType: 'text/csv' });
    return route.fulfill({
      body: '<!doctype html><title>bench</title><script type="module" src="/page.js"></script>',
      contentType: 'text/html',
    });
  });
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => 'benchFinish' in globalThis);
  await page.evaluate(async () => {
    const blob = await (await fetch('/transactions.csv')).blob();
    (globalThis as unknown as { benchBytes: Uint8Array }).benchBytes = new Uint8Array(await blob.arrayBuffer());
  });

  const run = (name: string) =>
    page.evaluate(
      async ({ name, keepLines, extras }) => {
        const g = globalThis as unknown as { benchBytes: Uint8Array; benchFinish: (o: unknown) => Record<string, number> };
        const worker = new Worker(`/${name}.js`, { type: 'module' });
        await new Promise((r) => setTimeout(r, 300)); // module fetch and compile are not the import
        const t0 = performance.now();
        let progress = 0;
        const explicit = { id: 'Código', name: 'Cliente', amount: 'Valor', date: 'Data de emissão', segment: 'Segmento' };
        const outcome = await new Promise<unknown>((resolve) => {
          worker.onmessage = (e: MessageEvent<{ type: string; outcome?: unknown }>) => {
            if (e.data.type === 'progress') progress++;
            else if (e.data.type === 'import') resolve(e.data.outcome);
          };
          worker.postMessage({
            type: 'import',
            request: { input: g.benchBytes, options: { columns: explicit }, extras, lines: keepLines },
          });
        });
        const t1 = performance.now();
        worker.terminate();
        const page = g.benchFinish(outcome);
        return { answerMs: t1 - t0, totalMs: performance.now() - t0, progress, ...page };
      },
      { name, keepLines: KEEP_LINES, extras: EXTRAS },
    );

  const results = new Map<string, Record<string, number>[]>(versions.map((v) => [v.name, []]));
  for (let round = 0; round < RUNS; round++) {
    for (const v of versions) results.get(v.name)!.push(await run(v.name));
  }
  const rows = versions.map((v) => {
    const rs = results.get(v.name)!;
    const best = (k: string) => `${Math.min(...rs.map((r) => r[k]!)).toFixed(0)} ms`;
    const last = rs[rs.length - 1]!;
    return {
      version: v.name,
      'best total (post → stored)': best('totalMs'),
      'best post → answer': best('answerMs'),
      'best page: lines + months': best('expandMs'),
      'best page: replacePortfolio': best('storeMs'),
      'totals, all runs': rs.map((r) => r['totalMs']!.toFixed(0)).join(' / '),
      clients: last['clients'],
      monthly: last['monthly'],
      lines: last['lines'],
      progress: last['progress'],
      saved: last['saved'],
      reason: last['reason'],
    };
  });
  console.log(
    `${LINES.toLocaleString('en')} lines, ${(csv.byteLength / 1e6).toFixed(1)} MB; ${browser.version()}; ${RUNS} alternating rounds; keep lines: ${String(KEEP_LINES)}; extras: ${JSON.stringify(EXTRAS)}; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.table(rows);
} finally {
  await browser.close();
}
