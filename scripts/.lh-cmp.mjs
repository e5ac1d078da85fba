import { spawn } from 'node:child_process';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
const port = 4412, base = `http://127.0.0.1:${port}`;
const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], { stdio: 'ignore' });
process.on('exit', () => server.kill('SIGTERM'));
for (let i = 0; i < 60; i++) { try { if ((await fetch(`${base}/en/`)).ok) break; } catch {} await new Promise((r) => setTimeout(r, 500)); }
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'] });
const n = Number(process.env.N ?? 3);
for (const path of process.argv.slice(2)) for (let i = 0; i < n; i++) {
  const { lhr } = await lighthouse(base + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const m = (id) => Math.round(lhr.audits[id].numericValue);
  console.log(path, Math.round(lhr.categories.performance.score * 100), 'FCP', m('first-contentful-paint'), 'LCP', m('largest-contentful-paint'), 'TBT', m('total-blocking-time'), 'SI', m('speed-index'));
}
await chrome.kill(); process.exit(0);
