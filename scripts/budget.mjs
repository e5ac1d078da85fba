// Size budgets, read from the production build (dist/). What a browser downloads for a page
// before any interaction: its HTML, stylesheets, module scripts and what they import statically,
// inline scripts, and every island on the page, hydrated on load or when visible (its component,
// renderer, static imports and the page language's dictionaries, which islands await before they
// hydrate). Counting islands that hydrate only when scrolled into view is conservative on purpose.
// Dynamic imports (search UI, chart.js, import panel, sample loaders, notices) load on demand.
// Budgets (DESIGN.md, Quality bars), gzipped:
//   lesson page without widgets:      JS ≤ 3 KB, everything ≤ 24 KB
//   page with one tool:               JS ≤ 35 KB before a chart is visible
//   lesson that embeds several tools: JS ≤ 45 KB before a chart is visible (its tool and its quiz
//                                     count: every widget but the storage notices every page has)
//   the chart chunk:                  ≤ 55 KB
// Every page meets its target. About 22 KB of each is shared: Preact, the stores and their
// validation (the "runtime" chunk, ~14 KB), Astro's client and the header scripts. A page that goes
// over its target fails the run, unless it is listed with its measured size in
// scripts/budget-baseline.json (empty today: a listed page may not grow more than TOLERANCE over
// its figure). So no change can make a page heavier unnoticed. After a deliberate change:
// `npm run budget -- --update-baseline`.
// `npm run budget -- /en/tools/pareto/` also lists what that page loads.
import { gzipSync } from 'node:zlib';
import { init as initLexer, parse as parseModule } from 'es-module-lexer';
import { readdirSync, readFileSync, statSync, existsSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';

await initLexer;

const DIST = 'dist';
const KB = 1024;
const BUDGET = { lessonJs: 3 * KB, lessonTotal: 24 * KB, widgetJs: 35 * KB, severalToolsLessonJs: 45 * KB, chartChunk: 55 * KB };
const TOLERANCE = 1 * KB;
const BASELINE_FILE = 'scripts/budget-baseline.json';
const args = process.argv.slice(2);
const updateBaseline = args.includes('--update-baseline');
const baseline = existsSync(BASELINE_FILE) ? JSON.parse(readFileSync(BASELINE_FILE, 'utf8')).pages : {};
const warnings = [];

if (!existsSync(DIST)) {
  console.error('budget: dist/ does not exist; run `npm run build` first.');
  process.exit(1);
}

const gz = new Map();
function gzipSize(file) {
  if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(file)).length);
  return gz.get(file);
}
const gzipText = (text) => gzipSync(Buffer.from(text)).length;

function htmlFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (!['_astro', 'pagefind', 'samples'].includes(name)) out.push(...htmlFiles(path));
    } else if (name.endsWith('.html')) out.push(path);
  }
  return out;
}

const toFile = (url) => join(DIST, decodeURI(url.split(/[?#]/)[0]));

/**
 * The file plus everything it imports statically, transitively, read with es-module-lexer (the
 * lexer Vite uses; a regular expression missed imports written right after a comment, such as
 * Vite's `/* empty css *\/`). Dynamic imports load on demand and are left out, except the page
 * language's dictionary chunks (`en.*.js` / `pt-br.*.js`, see src/i18n/pageLocale.ts), which are
 * awaited before an island can hydrate.
 */
let pageLocale = 'en';
function staticClosure(url, seen = new Set()) {
  const path = url.split(/[?#]/)[0];
  if (seen.has(path)) return seen;
  const file = toFile(path);
  if (!existsSync(file)) return seen;
  seen.add(path);
  const [imports] = parseModule(readFileSync(file, 'utf8'));
  for (const { n: spec, d: dynamicAt } of imports) {
    // `d` is -1 for a static import or export-from, the position of `import(` for a dynamic one;
    // `n` is the specifier when it is a plain string.
    if (!spec || !/\.m?js$/.test(spec)) continue;
    if (dynamicAt !== -1) {
      const dictionary = /[./](en|pt-br)\.[\w-]+\.js$/.exec(spec);
      if (!dictionary || dictionary[1] !== pageLocale) continue;
    }
    staticClosure(spec.startsWith('/') ? spec : posix.join(posix.dirname(path), spec), seen);
  }
  return seen;
}

const attr = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

const pages = [];
for (const file of htmlFiles(DIST)) {
  const html = readFileSync(file, 'utf8');
  if (html.includes('http-equiv="refresh"')) continue;
  const url = '/' + file.slice(DIST.length + 1).replace(/index\.html$/, '');
  pageLocale = url.startsWith('/pt-br/') ? 'pt-br' : 'en';
  // The page's own scripts (header, search button, theme, offline support), then its islands.
  const pageUrls = new Set();
  let inlineJs = 0;
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
    const src = attr(tag, 'src');
    if (src) staticClosure(src).forEach((u) => pageUrls.add(u));
  }
  // Astro's island runtime (the <astro-island> element and its hydration directives) is inline and
  // exists only because the page has widgets: it counts with them.
  let islandRuntimeJs = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\ssrc=/.test(m[1]) || /type="application\/(ld\+)?json"/.test(m[1]) || m[2].trim() === '') continue;
    if (/astro-island|self\.Astro\|\|/.test(m[2])) islandRuntimeJs += gzipText(m[2]);
    else inlineJs += gzipText(m[2]);
  }
  for (const tag of html.match(/<link\b[^>]*rel="modulepreload"[^>]*>/g) ?? []) {
    const href = attr(tag, 'href');
    if (href) staticClosure(href).forEach((u) => pageUrls.add(u));
  }
  const islandUrls = new Set();
  const islands = html.match(/<astro-island\b[^>]*>/g) ?? [];
  for (const tag of islands) {
    for (const name of ['component-url', 'renderer-url']) {
      const u = attr(tag, name);
      if (u) staticClosure(u).forEach((x) => pageUrls.has(x) || islandUrls.add(x));
    }
  }
  let externalCss = 0;
  for (const tag of html.match(/<link\b[^>]*rel="stylesheet"[^>]*>/g) ?? []) {
    const href = attr(tag, 'href');
    if (href && existsSync(toFile(href))) externalCss += gzipSize(toFile(href));
  }
  const sum = (urls) => [...urls].reduce((n, u) => n + gzipSize(toFile(u)), 0);
  // Inline scripts and styles are part of the HTML (counted there once); JS figures include them.
  const pageJs = inlineJs + sum(pageUrls);
  const islandJs = islandRuntimeJs + sum(islandUrls);
  const htmlSize = gzipText(html);
  // The page's HTML with its islands' server-rendered markup and props taken out: what a reader of
  // the lesson downloads for the text itself (the widgets' markup counts with the widgets).
  const htmlWithoutIslands = gzipText(html.replace(/<astro-island\b[\s\S]*?<\/astro-island>/g, ''));
  const isLesson = /^\/(en|pt-br)\/lessons\/[^/]+\/$/.test(url);
  // The storage notices are on every page with widgets; the others are the page's tools (a quiz too).
  const tools = islands.filter((tag) => !/component-url="[^"]*\/StorageNotices\./.test(tag)).length;
  pages.push({
    url,
    js: pageJs + islandJs,
    pageJs,
    /** The page without its widgets: HTML without the islands (inline CSS and scripts included), stylesheets, its own scripts. */
    textTotal: htmlWithoutIslands + externalCss + sum(pageUrls),
    total: htmlSize + externalCss + sum(pageUrls) + sum(islandUrls),
    islands: islands.length,
    isLesson,
    widgetTarget: isLesson && tools > 1 ? BUDGET.severalToolsLessonJs : BUDGET.widgetJs,
    chunks: [...pageUrls, ...islandUrls],
  });
}

// The chart chunk: the JS file that carries chart.js.
const assets = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.js'));
const chartChunks = assets.filter((f) => /Chart\.js v\d|chartjs\.org|BarController/.test(readFileSync(join(DIST, '_astro', f), 'utf8')));

const failures = [];
const fmt = (n) => `${(n / KB).toFixed(1)} KB`;
for (const p of pages) {
  // "A lesson page without widgets": every page's own text and scripts, with its widgets left out
  // (every lesson has at least its quiz), and pages that have no widgets at all.
  if (p.isLesson || p.islands === 0) {
    if (p.pageJs > BUDGET.lessonJs) failures.push(`${p.url}: ${fmt(p.pageJs)} of JS without its widgets (budget ${fmt(BUDGET.lessonJs)})`);
    if (p.textTotal > BUDGET.lessonTotal)
      failures.push(`${p.url}: ${fmt(p.textTotal)} in total without its widgets (budget ${fmt(BUDGET.lessonTotal)})`);
  }
  if (p.islands === 0) continue;
  if (p.js > p.widgetTarget && !updateBaseline) {
    const known = baseline[p.url];
    if (known === undefined) {
      failures.push(`${p.url}: ${fmt(p.js)} of JS before a chart is visible (target ${fmt(p.widgetTarget)}; not in ${BASELINE_FILE})`);
    } else if (p.js > known + TOLERANCE) {
      failures.push(`${p.url}: ${fmt(p.js)} of JS before a chart is visible, up from ${fmt(known)} (target ${fmt(p.widgetTarget)})`);
    } else {
      warnings.push(`${p.url}: ${fmt(p.js)} (recorded ${fmt(known)}, target ${fmt(p.widgetTarget)})`);
    }
  }
  for (const c of p.chunks) {
    if (chartChunks.includes(posix.basename(c))) failures.push(`${p.url}: loads the chart chunk ${c} before any chart is visible`);
  }
}
for (const c of chartChunks) {
  const size = gzipSize(join(DIST, '_astro', c));
  if (size > BUDGET.chartChunk) failures.push(`chart chunk ${c}: ${fmt(size)} (budget ${fmt(BUDGET.chartChunk)})`);
}

console.log(`Budgets over ${pages.length} pages (gzipped sizes).`);
console.log('Heaviest pages by JS before interaction:');
for (const p of [...pages].sort((a, b) => b.js - a.js).slice(0, 8)) {
  console.log(`  ${fmt(p.js).padStart(9)} JS  ${fmt(p.total).padStart(9)} total  ${p.islands} islands  ${p.url}`);
}
const textPages = pages.filter((p) => p.isLesson || p.islands === 0);
const heaviestText = textPages.reduce((a, b) => (b.textTotal > a.textTotal ? b : a));
const mostJs = textPages.reduce((a, b) => (b.pageJs > a.pageJs ? b : a));
console.log(
  `Lessons and pages without widgets, widgets left out (${textPages.length} pages): heaviest ${heaviestText.url} ${fmt(heaviestText.textTotal)} in total; ` +
    `most JS ${mostJs.url} ${fmt(mostJs.pageJs)}.`,
);
console.log('Heaviest chunks:');
for (const f of assets
  .map((f) => ({ f, s: gzipSize(join(DIST, '_astro', f)) }))
  .sort((a, b) => b.s - a.s)
  .slice(0, 8)) {
  console.log(`  ${fmt(f.s).padStart(9)}  ${f.f}${chartChunks.includes(f.f) ? '  (chart chunk)' : ''}`);
}
// `npm run budget -- /en/tools/pareto/` also lists what that page loads, heaviest first.
for (const url of args.filter((a) => a.startsWith('/'))) {
  const p = pages.find((x) => x.url === url);
  if (!p) {
    console.log(`\nNo page ${url} in dist/.`);
    continue;
  }
  console.log(`\n${url}: ${fmt(p.js)} of JS (inline scripts included) from ${p.chunks.length} files:`);
  for (const c of p.chunks.map((u) => ({ u, s: gzipSize(toFile(u)) })).sort((a, b) => b.s - a.s)) {
    console.log(`  ${fmt(c.s).padStart(9)}  ${c.u}`);
  }
}
// `npm run budget -- --json sizes.json` writes every widget page's JS figure, to compare two builds.
const jsonAt = args.indexOf('--json');
if (jsonAt >= 0 && args[jsonAt + 1]) {
  const sizes = Object.fromEntries(pages.filter((p) => p.islands > 0).map((p) => [p.url, p.js]));
  writeFileSync(args[jsonAt + 1], JSON.stringify(sizes, null, 2) + '\n');
}
if (updateBaseline) {
  const over = Object.fromEntries(
    pages
      .filter((p) => p.islands > 0 && p.js > p.widgetTarget)
      .sort((a, b) => a.url.localeCompare(b.url))
      .map((p) => [p.url, p.js]),
  );
  const note =
    'Widget pages over their target (35 KB for a page with one tool, 45 KB for a lesson with several): gzipped JS bytes measured by scripts/budget.mjs. A page may not grow beyond its figure (+1 KB). Regenerate with `npm run budget -- --update-baseline` after a deliberate change.';
  writeFileSync(BASELINE_FILE, JSON.stringify({ note, pages: over }, null, 2) + '\n');
  console.log(`\n${BASELINE_FILE}: ${Object.keys(over).length} pages over the target recorded.`);
}
const stale = Object.keys(baseline).filter((url) => !pages.some((p) => p.url === url && p.js > p.widgetTarget));
if (stale.length && !updateBaseline) console.log(`\nNow within the target, can leave ${BASELINE_FILE}: ${stale.join(', ')}`);
if (warnings.length) {
  console.log(
    `\nOver their target (${fmt(BUDGET.widgetJs)} with one tool, ${fmt(BUDGET.severalToolsLessonJs)} for a lesson with several; ${warnings.length} pages, each held to its recorded size + ${fmt(TOLERANCE)}):`,
  );
  for (const w of warnings.sort()) console.log(`  ${w}`);
}
if (failures.length) {
  console.error(`\nBudget exceeded (${failures.length}):\n  - ${failures.join('\n  - ')}`);
  process.exit(1);
}
console.log('All budgets met.');
