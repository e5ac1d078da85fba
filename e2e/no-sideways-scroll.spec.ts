/**
 * No page scrolls sideways, on a 390 px phone, a 1280 px desktop or a 1440 px one (where lessons, tools
 * and the guide widen to their outline/tool layout), in either language, with the
 * sample company loaded (so the dashboard, the tools and their tables show real rows). A wide table
 * may scroll inside its own labelled region; the page itself never does.
 *
 * One test per language and width (six in all, parallel-safe: each has its own browser context).
 * The sample company goes into the tab's demo workspace once, then every built page of that
 * language is opened in the same tab, every island is brought into view so it hydrates and draws
 * its data, a tool page loads its own sample too, and the document's scroll width is compared with
 * the viewport's.
 */
import type { Page } from '@playwright/test';
import { builtPages } from './pages';
import { expect, test } from './fixtures';

const WIDTHS = [390, 1280, 1440] as const;
const LOCALES = ['en', 'pt-br'] as const;
const pages = builtPages();

/**
 * Hydrates every island that has a box: each is scrolled to (islands hydrate when visible) and
 * waited for in turn. An island inside something closed (a folded section) has no box, never
 * hydrates, and cannot overflow. Resolves with the islands that did not hydrate in time.
 */
function hydrateAll(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const stuck: string[] = [];
    for (const island of document.querySelectorAll('astro-island[ssr]')) {
      const target = island.firstElementChild ?? island;
      const box = target.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      target.scrollIntoView({ block: 'center' });
      const deadline = performance.now() + 10_000;
      while (island.hasAttribute('ssr') && performance.now() < deadline) await frame();
      if (island.hasAttribute('ssr')) stuck.push(island.getAttribute('component-url') ?? '?');
    }
    return stuck;
  });
}

/** How far the page overflows, and the outermost elements that stick out (for the failure message). */
function overflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const limit = root.clientWidth;
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}` +
      `${el.getAttribute('data-widget') ? `[data-widget=${el.getAttribute('data-widget')}]` : ''} (right ${Math.round(el.getBoundingClientRect().right)})`;
    // What sticks out inside a scrolling (or clipping) box does not widen the page.
    const clipped = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== 'visible') return true;
      }
      return false;
    };
    // An absolutely placed element (a screen-reader label) escapes a scrolling box that is not
    // positioned, so it counts even inside one; what sits in a closed menu or is hidden does not.
    const escapes = (el: Element) => getComputedStyle(el).position === 'absolute' || !clipped(el);
    const shown = (el: Element) => !el.closest('details:not([open]) > :not(summary)') && getComputedStyle(el).visibility !== 'hidden';
    const wide = [...document.body.querySelectorAll('*')].filter(
      (el) => el.getBoundingClientRect().right > limit + 1 && shown(el) && escapes(el),
    );
    // Only the outermost offenders: their children stick out because they do.
    const outer = wide.filter((el) => !wide.includes(el.parentElement as Element));
    return { scrollWidth: root.scrollWidth, clientWidth: limit, culprits: outer.slice(0, 5).map(describe) };
  });
}

for (const locale of LOCALES) {
  for (const width of WIDTHS) {
    test(`${locale} at ${width} px: no page scrolls sideways with the sample company loaded`, async ({ page, problems }) => {
      void problems;
      const own = pages.filter((p) => p.startsWith(`/${locale}/`) || (locale === 'en' && !/^\/(en|pt-br)\//.test(p)));
      test.setTimeout(20_000 + own.length * 8_000);
      await page.setViewportSize({ width, height: 860 });

      await page.goto(`/${locale}/workshop/case/`);
      const loader = page.locator('[data-widget="workshop-sample"]');
      await loader.locator('[data-action="load-sample"]').click();
      await expect(loader.locator('[role="status"]')).toContainText('60');

      const failures: string[] = [];
      for (const path of own) {
        await page.goto(path);
        let stuck = await hydrateAll(page);
        // A tool page also shows its own sample (people, ticks, a plan…): wide tables and long names
        // appear only then.
        if (/\/tools\/[^/]+\/$/.test(path) && stuck.length === 0) {
          const sample = page.locator('[data-action="load-sample"]:visible:enabled').first();
          if (await sample.count()) {
            await sample.click();
            // The sample's module and its writes: done once the network is quiet (some tools then
            // hide the button, so it cannot be waited on).
            await page.waitForLoadState('networkidle');
            stuck = await hydrateAll(page);
          }
        }
        if (stuck.length) failures.push(`${path}: islands did not hydrate: ${stuck.join(', ')}`);
        const result = await overflow(page);
        if (result.scrollWidth > result.clientWidth) {
          failures.push(`${path}: ${result.scrollWidth} > ${result.clientWidth}: ${result.culprits.join(', ')}`);
        }
      }
      expect(failures, `pages wider than ${width} px`).toEqual([]);
    });
  }
}
