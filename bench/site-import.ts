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
 *
 * Memory, sampled every 25 ms from the post to the portfolio stored, as the peak above the moment
 * before the post: the renderer process's RSS (page and worker live in it; /proc, Linux), the page's
 * JS heap and the worker's (CDP `Runtime.getHeapUsage`: V8 heap used plus ArrayBuffer backing
 * stores, the worker's reached through `Target.setAutoAttach` on the page's session). The page is
 * served cross-origin isolated, so `performance.measureUserAgentSpecificMemory()` (page and worker
 * together, after a GC) is also printed once after the runs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import type { CDPSession } from '@playwright/test';
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
// localhost is a secure context, which cross-origin isolation (COOP + COEP) needs.
const ORIGIN = 'http://localhost:9';
const ISOLATED = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

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
/** RSS in bytes of the process `pid` (Linux /proc), 0 where unreadable. */
function rssOf(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** This process's Chromium renderers: descendants of our pid started with --type=renderer. */
function ourRenderers(): number[] {
  const parent = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parent.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  const ours = (pid: number): boolean => {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) if (p === process.pid) return true;
    return false;
  };
  return [...parent.keys()].filter((pid) => {
    if (!ours(pid)) return false;
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer');
    } catch {
      return false;
    }
  });
}

type HeapUsage = { usedSize: number; totalSize: number; backingStorageSize?: number };
const heapBytes = (h: HeapUsage): number => h.usedSize + (h.backingStorageSize ?? 0);

/** `Runtime.getHeapUsage` in the page's workers, through the (non-flattened) target protocol. */
class WorkerHeaps {
  private sessions = new Set<string>();
  private nextId = 1;
  private pending = new Map<number, (h: HeapUsage | null) => void>();
  constructor(private readonly cdp: CDPSession) {
    cdp.on('Target.attachedToTarget', (e: { sessionId: string; targetInfo: { type: string } }) => {
      if (e.targetInfo.type === 'worker') this.sessions.add(e.sessionId);
    });
    cdp.on('Target.detachedFromTarget', (e: { sessionId: string }) => this.sessions.delete(e.sessionId));
    cdp.on('Target.receivedMessageFromTarget', (e: { message: string }) => {
      const m = JSON.parse(e.message) as { id?: number; result?: HeapUsage };
      if (m.id !== undefined) this.pending.get(m.id)?.(m.result ?? null);
      if (m.id !== undefined) this.pending.delete(m.id);
    });
  }
  start(): Promise<unknown> {
    return this.cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  }
  /** The largest heap among the workers now (0 without a worker). */
  async sample(): Promise<number> {
    const answers = await Promise.all(
      [...this.sessions].map(
        (sessionId) =>
          new Promise<HeapUsage | null>((resolve) => {
            const id = this.nextId++;
            this.pending.set(id, resolve);
            this.cdp
              .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }) })
              .catch(() => resolve(null));
          }),
      ),
    );
    return Math.max(0, ...answers.map((h) => (h ? heapBytes(h) : 0)));
  }
}

if (BEFORE) versions.unshift({ name: 'before', js: await bundle(join(BEFORE, 'import', 'importWorker.ts')) });
const pageJs = await bundle(join(here, 'site-page.ts'));
const csv = Buffer.from(new TextEncoder().encode(generateTransactions(LINES, CLIENTS)));

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
try {
  const page = await browser.newPage();
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    const version = versions.find((v) => path === `/${v.name}.js`);
    if (version) return route.fulfill({ body: version.js, contentType: 'text/javascript', headers: ISOLATED });
    if (path === '/page.js') return route.fulfill({ body: pageJs, contentType: 'text/javascript', headers: ISOLATED });
    if (path === '/transactions.csv') return route.fulfill({ body: csv, contentType: 'text/csv', headers: ISOLATED });
    return route.fulfill({
      body: '<!doctype html><title>bench</title><script type="module" src="/page.js"></script>',
      contentType: 'text/html',
      headers: ISOLATED,
    });
  });
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => 'benchFinish' in globalThis);
  await page.evaluate(async () => {
    const blob = await (await fetch('/transactions.csv')).blob();
    (globalThis as unknown as { benchBytes: Uint8Array }).benchBytes = new Uint8Array(await blob.arrayBuffer());
  });
  const cdp = await page.context().newCDPSession(page);
  const workers = new WorkerHeaps(cdp);
  await workers.start();
  const renderers = ourRenderers();

  /** Samples memory every 25 ms while `work` runs; peaks above the values before it. */
  async function sampled<T>(work: () => Promise<T>): Promise<T & Record<string, number>> {
    const gc = await cdp.send('HeapProfiler.collectGarbage').catch(() => undefined);
    void gc;
    const rss0 = Math.max(0, ...renderers.map(rssOf));
    const page0 = heapBytes((await cdp.send('Runtime.getHeapUsage')) as HeapUsage);
    let rssPeak = rss0;
    let pagePeak = page0;
    let workerPeak = 0;
    let busy = false;
    const timer = setInterval(() => {
      rssPeak = Math.max(rssPeak, ...renderers.map(rssOf));
      if (busy) return;
      busy = true;
      void Promise.all([
        cdp.send('Runtime.getHeapUsage').then((h) => (pagePeak = Math.max(pagePeak, heapBytes(h as HeapUsage)))),
        workers.sample().then((w) => (workerPeak = Math.max(workerPeak, w))),
      ])
        .catch(() => undefined)
        .finally(() => (busy = false));
    }, 25);
    try {
      const result = await work();
      return { ...result, rssAboveMB: (rssPeak - rss0) / 1e6, pageHeapAboveMB: (pagePeak - page0) / 1e6, workerHeapMB: workerPeak / 1e6 };
    } finally {
      clearInterval(timer);
    }
  }

  const startWorker = (name: string) =>
    page.evaluate(async (name) => {
      const g = globalThis as unknown as { benchWorker: Worker; benchObjects: (on: boolean) => void };
      g.benchWorker = new Worker(`/${name}.js`, { type: 'module' });
      // The version before the compact answer built every line as an object on the page.
      g.benchObjects(name === 'before');
      await new Promise((r) => setTimeout(r, 300)); // module fetch and compile are not the import
    }, name);
  const run = () =>
    page.evaluate(
      async ({ keepLines, extras }) => {
        const g = globalThis as unknown as {
          benchBytes: Uint8Array;
          benchWorker: Worker;
          benchFinish: (o: unknown) => Record<string, number>;
        };
        const worker = g.benchWorker;
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
      { keepLines: KEEP_LINES, extras: EXTRAS },
    );

  const results = new Map<string, Record<string, number>[]>(versions.map((v) => [v.name, []]));
  for (let round = 0; round < RUNS; round++) {
    for (const v of versions) {
      await startWorker(v.name);
      results.get(v.name)!.push(await sampled(() => run()));
    }
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
      'peak renderer RSS above start (MB)': Math.max(...rs.map((r) => r['rssAboveMB']!)).toFixed(1),
      'peak page heap above start (MB)': Math.max(...rs.map((r) => r['pageHeapAboveMB']!)).toFixed(1),
      'peak worker heap (MB)': Math.max(...rs.map((r) => r['workerHeapMB']!)).toFixed(1),
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
  console.log(`renderers sampled: ${renderers.join(', ') || 'none found'}; file ${(csv.byteLength / 1e6).toFixed(1)} MB`);
  const uasm = await page.evaluate(async () => {
    const p = performance as Performance & { measureUserAgentSpecificMemory?: () => Promise<{ bytes: number }> };
    if (!crossOriginIsolated || !p.measureUserAgentSpecificMemory)
      return `unavailable (crossOriginIsolated: ${String(crossOriginIsolated)})`;
    return `${((await p.measureUserAgentSpecificMemory()).bytes / 1e6).toFixed(1)} MB`;
  });
  console.log(`measureUserAgentSpecificMemory after the runs (page, worker gone, the file's bytes held): ${uasm}`);
} finally {
  await browser.close();
}
