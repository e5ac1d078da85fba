/**
 * The README's screenshots (docs/screenshots/*.png), taken from the production build:
 *   npm run build && npx tsx scripts/screenshots.ts
 * Four pages (home, a lesson, a tool, the dashboard with the sample company), each once on a 1280 px
 * desktop and once on a 390 px phone, one of the two in the dark theme, and the lesson on the desktop
 * in both (its reading layout): nine small PNGs, the visible screen only. It starts its own preview
 * server (SCREENSHOT_PORT, default 4499) and stops it after, or uses one already running:
 * SCREENSHOT_BASE=http://127.0.0.1:4417 (Astro runs one preview per checkout).
 */
import { spawn } from 'node:child_process';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/browser';

const port = Number(process.env['SCREENSHOT_PORT'] ?? 4499);
const base = process.env['SCREENSHOT_BASE'] ?? `http://127.0.0.1:${port}`;
const OUT = 'docs/screenshots';

/** `bothThemes`: that view is taken in the light and the dark theme (the lesson's desktop reading layout). */
type Shot = { name: string; path: string; sample?: boolean; bothThemes?: 'desktop' };
const SHOTS: Shot[] = [
  { name: 'home', path: '/en/' },
  { name: 'lesson', path: '/en/lessons/finding-key-accounts/', bothThemes: 'desktop' },
  { name: 'tool', path: '/en/tools/pareto/', sample: true },
  { name: 'dashboard', path: '/en/dashboard/', sample: true },
];
const VIEWS = [
  { id: 'desktop', width: 1280, height: 800 },
  { id: 'phone', width: 390, height: 844 },
] as const;

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/en/`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the preview server did not start on ${base}`);
}

/** Loads the sample company into this tab's demo workspace (the workshop's case page). */
async function loadSample(page: Page): Promise<void> {
  await page.goto(`${base}/en/workshop/case/`);
  const loader = page.locator('[data-widget="workshop-sample"]');
  await loader.locator('[data-action="load-sample"]').click();
  await loader.locator('[role="status"]').filter({ hasText: '60' }).waitFor();
}

const server = process.env['SCREENSHOT_BASE']
  ? null
  : spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore' });
try {
  await waitForServer();
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  for (const [index, shot] of SHOTS.entries()) {
    for (const [viewIndex, view] of VIEWS.entries()) {
      // Alternate the themes so every page is seen in both across its two shots.
      const alternate: 'light' | 'dark' = (index + viewIndex) % 2 === 0 ? 'light' : 'dark';
      const themes = shot.bothThemes === view.id ? (['light', 'dark'] as const) : [alternate];
      for (const theme of themes) {
        const context = await browser.newContext({
          viewport: { width: view.width, height: view.height },
          colorScheme: theme,
          serviceWorkers: 'block',
        });
        const page = await context.newPage();
        if (shot.sample) await loadSample(page);
        await page.goto(`${base}${shot.path}`);
        await page.waitForFunction(() =>
          [...document.querySelectorAll('astro-island[ssr]')].every((island) => {
            const box = (island.firstElementChild ?? island).getBoundingClientRect();
            return box.top > innerHeight || (box.width === 0 && box.height === 0);
          }),
        );
        await page.evaluate(() => document.fonts.ready);
        const file = `${OUT}/${shot.name}-${view.id}-${theme}.png`;
        await page.screenshot({ path: file });
        console.log(file);
        await context.close();
      }
    }
  }
  await browser.close();
} finally {
  server?.kill();
}
