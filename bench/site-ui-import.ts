/**
 * Issue #20, the import as a user gets it: the built site in headless Chromium, the portfolio tool's
 * import panel, a generated 1M-line file picked in the file input. A manual script:
 *
 *   npm run build && npx astro preview --port 4422 &
 *   BENCH_SITE=http://127.0.0.1:4422 npx tsx bench/site-ui-import.ts
 *
 * Timed from the pick to the preview ("check before importing": the worker reads the head of the
 * file for the column mapping) and from the click on Import to the report ("… clients imported"),
 * which covers the worker's import, the answer, `replacePortfolio` and its localStorage write, and
 * the rendering of the report and the portfolio table; the page's share is the sum of its
 * main-thread long tasks (over 50 ms) in that time. BENCH_LINES (1e6), BENCH_RUNS (3).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/browser.ts';
import { generateTransactions } from './generate.ts';

const SITE = process.env.BENCH_SITE;
if (!SITE) throw new Error('BENCH_SITE=http://127.0.0.1:<port> of `astro preview` is required');
const LINES = Number(process.env.BENCH_LINES ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
// BENCH_PROFILE=1: the page's main-thread CPU profile from Import to the report, by self time.
const PROFILE = process.env.BENCH_PROFILE === '1';

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number } };
function printProfile(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 15);
  console.table(top.map(([name, ms]) => ({ 'self ms': Math.round(ms), function: name.slice(0, 90) })));
}

const dir = mkdtempSync(join(tmpdir(), 'kam-ui-bench-'));
const file = join(dir, 'transactions.csv');
writeFileSync(file, generateTransactions(LINES, 1000));

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
try {
  const rows: Record<string, string>[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext(); // an empty localStorage each run: no "replace?" question
    const page = await context.newPage();
    await page.goto(`${SITE}/en/tools/portfolio/`);
    const widget = page.locator('astro-island:not([ssr]) [data-widget="portfolio"]');
    await widget.waitFor();
    const open = widget.locator('[data-action="open-import"]');
    if (await open.isVisible()) await open.click();
    const input = widget.getByLabel('CSV file');
    await input.waitFor();
    const t0 = Date.now();
    await input.setInputFiles(file);
    const importButton = widget.getByRole('button', { name: 'Import', exact: true });
    await importButton.waitFor({ timeout: 120_000 });
    const t1 = Date.now();
    // The page's own share: main-thread tasks over 50 ms (the worker's time is not on this thread).
    await page.evaluate(() => {
      const g = globalThis as unknown as { benchLong: number[] };
      g.benchLong = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) g.benchLong.push(Math.round(e.duration));
      }).observe({ type: 'longtask' });
    });
    const cdp = PROFILE ? await context.newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
    }
    await importButton.click();
    const report = widget.locator('[data-import-report]');
    await report.waitFor({ timeout: 300_000 });
    const t2 = Date.now();
    await page.waitForTimeout(300); // the last long task is reported after it ends
    if (cdp) printProfile((await cdp.send('Profiler.stop')).profile);
    const long = await page.evaluate(() => (globalThis as unknown as { benchLong: number[] }).benchLong);
    rows.push({
      run: String(run + 1),
      'pick → preview': `${t1 - t0} ms`,
      'Import → report': `${t2 - t1} ms`,
      'page main thread, long tasks': `${long.reduce((a, b) => a + b, 0)} ms (${long.join(' + ')})`,
      report: (await report.innerText()).replace(/\s+/g, ' ').slice(0, 90),
    });
    await context.close();
  }
  console.log(
    `${LINES.toLocaleString('en')} lines; ${browser.version()}; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.table(rows);
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
