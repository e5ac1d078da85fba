import { spawn } from 'node:child_process';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
const port = 4411, base = `http://127.0.0.1:${port}`;
const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], { stdio: 'ignore' });
process.on('exit', () => server.kill('SIGTERM'));
for (let i = 0; i < 60; i++) { try { if ((await fetch(`${base}/en/`)).ok) break; } catch {} await new Promise((r) => setTimeout(r, 500)); }
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'] });
for (const path of process.argv.slice(2)) {
  const { lhr } = await lighthouse(base + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  console.log(path, Math.round(lhr.categories.performance.score * 100));
  for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index', 'interactive']) console.log('  ', id, lhr.audits[id].displayValue, lhr.audits[id].score);
  for (const id of ['render-blocking-insight', 'network-dependency-tree-insight', 'long-tasks', 'bootup-time', 'mainthread-work-breakdown']) {
    const a = lhr.audits[id]; if (!a) continue;
    console.log('  --', id, a.displayValue ?? '');
    for (const it of (a.details?.items ?? []).slice(0, 6)) console.log('     ', JSON.stringify(it).slice(0, 220));
  }
}
await chrome.kill(); process.exit(0);
