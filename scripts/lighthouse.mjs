// Lighthouse (mobile defaults) on the production build with the system Chromium:
// performance, accessibility, best practices and SEO for representative pages in both languages.
// Usage: npm run build && npm run lighthouse   (target: 100 on each category)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const port = Number(process.env.LH_PORT ?? 4400);
const base = `http://127.0.0.1:${port}`;
// LH_PAGES=/en/tools/pareto/,/en/ runs only those pages. LH_RUNS=3 runs each page three times and
// reports the median score per category (performance varies by several points between runs on a
// small VM), with the performance range and the median total blocking time.
const pages = process.env.LH_PAGES
  ? process.env.LH_PAGES.split(',')
  : [
      '/en/',
      '/pt-br/',
      '/en/lessons/',
      '/pt-br/lessons/finding-key-accounts/',
      '/en/lessons/relationship-stages/',
      '/pt-br/tools/pareto/',
      '/en/tools/account-plan/',
      '/pt-br/glossary/',
      '/en/workshop/guide/',
      '/pt-br/dashboard/',
    ];

const chromePath =
  process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
if (!chromePath) {
  console.error('No Chromium found: install one (Debian: `apt-get install chromium`) or set PLAYWRIGHT_CHROMIUM_EXECUTABLE.');
  process.exit(1);
}
if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], { stdio: 'ignore' });
const stop = () => server.kill('SIGTERM');
process.on('exit', stop);
for (let i = 0; i < 60; i++) {
  try {
    if ((await fetch(`${base}/en/`)).ok) break;
  } catch {
    /* not up yet */
  }
  await new Promise((r) => setTimeout(r, 500));
}

const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-dev-shm-usage',
  ],
});
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const rows = [];
let below = 0;
try {
  const runs = Math.max(1, Number(process.env.LH_RUNS ?? 1));
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
  for (const path of pages) {
    const url = base + path;
    const results = [];
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
      if (result?.lhr) results.push(result.lhr);
    }
    if (results.length === 0) continue;
    const lhr = results[0];
    const perRun = results.map((r) => categories.map((c) => Math.round((r.categories[c]?.score ?? 0) * 100)));
    const scores = categories.map((_, i) => median(perRun.map((row) => row[i])));
    below += scores.filter((s) => s < 100).length;
    rows.push([path, ...scores]);
    const failing = Object.values(lhr.audits).filter(
      (a) =>
        a.score !== null &&
        a.score < 1 &&
        a.scoreDisplayMode !== 'informative' &&
        a.scoreDisplayMode !== 'notApplicable' &&
        a.scoreDisplayMode !== 'manual',
    );
    const perf = perRun.map((row) => row[0]);
    const spread =
      runs > 1
        ? `   perf ${Math.min(...perf)}–${Math.max(...perf)}, TBT ${Math.round(median(results.map((r) => r.audits['total-blocking-time']?.numericValue ?? 0)))} ms`
        : '';
    const line = `${path.padEnd(42)} ${scores.map((s) => String(s).padStart(4)).join(' ')}${spread}`;
    console.log(
      line +
        (failing.length
          ? `   to fix: ${failing
              .slice(0, 6)
              .map((a) => a.id)
              .join(', ')}`
          : ''),
    );
    // Accessibility findings in full: which elements, so they can be fixed rather than guessed at.
    const a11yIds = new Set(lhr.categories.accessibility?.auditRefs.map((r) => r.id));
    for (const audit of failing.filter((a) => a11yIds.has(a.id))) {
      const items = audit.details?.items ?? [];
      console.log(`    ${audit.id}: ${audit.title}`);
      for (const item of items.slice(0, 5))
        console.log(`      ${item.node?.selector ?? ''}  ${String(item.node?.snippet ?? '').slice(0, 160)}`);
    }
  }
} finally {
  await chrome.kill();
  stop();
}
console.log(`\n${'page'.padEnd(42)} perf a11y best  seo${Number(process.env.LH_RUNS ?? 1) > 1 ? '   (medians)' : ''}`);
for (const r of rows)
  console.log(
    `${String(r[0]).padEnd(42)} ${r
      .slice(1)
      .map((s) => String(s).padStart(4))
      .join(' ')}`,
  );
console.log(below === 0 ? 'All 100.' : `${below} scores below 100 (see the audits listed above).`);
