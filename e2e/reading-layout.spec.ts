import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AXE_TAGS } from './helpers';

/**
 * The reading layout: a lesson's "On this page" outline (a sticky column beside the text on a wide
 * screen, a folded <details> on a phone, hidden in print, working without JS), the text kept to a
 * reading measure while the tools use the column's width, the skip link, and the tool pages that put
 * their explanation beside a compact tool.
 */
const LESSON = '/en/lessons/finding-key-accounts/';
const outline = (page: Page) => page.getByRole('navigation', { name: 'On this page' });

/** The outline's visible links (one of its two copies shows), each with the heading it points to. */
async function linksAndTargets(page: Page): Promise<{ text: string; target: string }[]> {
  return outline(page)
    .locator('a:visible')
    .evaluateAll((links) =>
      links.map((a) => {
        const id = decodeURIComponent((a as HTMLAnchorElement).hash.slice(1));
        const target = document.getElementById(id);
        return {
          text: a.textContent?.trim() ?? '',
          target: target && /^H[23]$/.test(target.tagName) ? (target.textContent?.trim() ?? '') : '',
        };
      }),
    );
}

test('wide screen: the outline is an open column beside the text, marks the section being read, and links work', async ({
  page,
  problems,
}) => {
  void problems;
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(LESSON);
  const nav = outline(page);
  await expect(nav).toBeVisible();
  // Every heading of the lesson (objectives, its own h2s, the quiz) is listed, in order, as a link to itself.
  const pairs = await linksAndTargets(page);
  expect(pairs.length).toBeGreaterThan(5);
  for (const { text, target } of pairs) expect(target, text).toBe(text);
  // (The embedded tools' own titles are not sections of the text.)
  const headings = await page
    .locator('article :is(h2, h3)[id]')
    .evaluateAll((hs) => hs.filter((h) => !h.closest('.tool-frame, astro-island')).map((h) => h.textContent?.trim()));
  expect(pairs.map((p) => p.text)).toEqual(headings);

  // Open without a click (no summary to press), left of the text, and the text keeps a reading measure.
  await expect(nav.locator('summary')).toBeHidden();
  await expect(nav.getByRole('link', { name: 'ABC classes' })).toBeVisible();
  const layout = await page.evaluate(() => {
    const box = (s: string) => document.querySelector(s)!.getBoundingClientRect();
    return { nav: box('[data-page-outline]'), text: box('.lesson-body > p'), tool: box('.lesson-body > .tool-frame') };
  });
  expect(layout.nav.right).toBeLessThanOrEqual(layout.text.left);
  expect(layout.text.width).toBeLessThanOrEqual(44 * 16 + 1);
  expect(layout.text.width).toBeGreaterThan(30 * 16);
  // The tool breaks out of the measure: wider than the text.
  expect(layout.tool.width).toBeGreaterThan(layout.text.width + 100);

  // Scrolling to a section marks its link; the outline stays in view (sticky).
  await page.evaluate(() => document.getElementById('reading-a-concentration')!.scrollIntoView({ block: 'start' }));
  await expect(nav.locator('a[aria-current="location"]:visible')).toHaveText('Reading a concentration');
  await expect(nav).toBeInViewport();
  await expect(nav.locator('a[aria-current]:visible')).toHaveCount(1);

  // The outline comes right after the lesson's first link in the tab order (its twin is not a stop).
  await page.locator('.lesson-meta a').focus();
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link', { name: 'What you will be able to do' })).toBeFocused();

  // A link takes the reader (and the address) to its heading, from the keyboard.
  await nav.getByRole('link', { name: 'ABC classes' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#abc-classes$/);
  await expect(page.locator('#abc-classes')).toBeInViewport();
  await expect(nav.locator('a[aria-current="location"]:visible')).toHaveText('ABC classes');
});

test('a long outline on a short screen scrolls in its column, reachable by keyboard and axe-clean in both themes', async ({
  page,
  problems,
}) => {
  void problems;
  await page.setViewportSize({ width: 1280, height: 560 });
  await page.goto('/pt-br/lessons/why-adopt-kam/');
  const nav = page.getByRole('navigation', { name: 'Nesta página' });
  expect(await nav.evaluate((n) => n.scrollHeight > n.clientHeight)).toBe(true);
  const last = nav.locator('a:visible').last();
  await last.focus();
  await expect(last).toBeInViewport();
  for (const theme of ['light', 'dark']) {
    await page.evaluate((t) => (document.documentElement.dataset['theme'] = t), theme);
    const results = await new AxeBuilder({ page }).include('[data-page-outline]').withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => `${theme}: ${v.id}`)).toEqual([]);
  }
});

test('phone: the outline is a folded "On this page" under the title; the skip link still reaches the main content', async ({
  page,
  problems,
}) => {
  void problems;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(LESSON);
  const nav = outline(page);
  const summary = nav.locator('summary');
  await expect(summary).toHaveText('On this page');
  await expect(nav.getByRole('link', { name: 'ABC classes' })).toBeHidden();
  const order = await page.evaluate(() => {
    const top = (s: string) => document.querySelector(s)!.getBoundingClientRect().top;
    return { h1: top('h1'), nav: top('[data-page-outline]'), objectives: top('.objectives') };
  });
  expect(order.nav).toBeGreaterThan(order.h1);
  expect(order.nav).toBeLessThan(order.objectives);

  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(nav.getByRole('link', { name: 'ABC classes' })).toBeVisible();
  for (const theme of ['light', 'dark']) {
    await page.evaluate((t) => (document.documentElement.dataset['theme'] = t), theme);
    const results = await new AxeBuilder({ page }).include('[data-page-outline]').withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => `${theme}: ${v.id}`)).toEqual([]);
  }

  // On a fresh page the skip link is the first stop and moves the focus to the main content.
  await page.reload();
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

test('without JavaScript the outline is still there and its links work; in print it is hidden', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(LESSON);
  const nav = outline(page);
  await expect(nav.getByRole('link', { name: 'Summary' })).toBeVisible();
  await nav.getByRole('link', { name: 'Summary' }).click();
  await expect(page.locator('#summary')).toBeInViewport();
  await page.emulateMedia({ media: 'print' });
  await expect(nav).toBeHidden();
  await expect(page.locator('.lesson-body')).toBeVisible();
  await context.close();
});

test('the facilitator guide has the same outline, named in its language', async ({ page, problems }) => {
  void problems;
  await page.goto('/pt-br/workshop/guide/');
  const nav = page.getByRole('navigation', { name: 'Nesta página' });
  await expect(nav).toBeVisible();
  const targets = await nav
    .locator('a')
    .evaluateAll((as) =>
      as.map((a) => document.getElementById(decodeURIComponent((a as HTMLAnchorElement).hash.slice(1)))?.tagName ?? 'missing'),
    );
  expect(targets.length).toBeGreaterThan(5);
  expect(targets.filter((tag) => tag !== 'H2' && tag !== 'H3')).toEqual([]);
});

test('tool pages: a compact tool has its explanation and "How this tool decides" beside it; a wide one keeps the width', async ({
  page,
  problems,
}) => {
  void problems;
  await page.setViewportSize({ width: 1280, height: 900 });
  const boxes = () =>
    page.evaluate(() => {
      const box = (s: string) => document.querySelector(s)!.getBoundingClientRect();
      return { about: box('.tool-about'), tool: box('.tool-main'), how: box('.tool-how'), main: box('main') };
    });
  await page.goto('/en/tools/stage-diagnosis/');
  await expect(page.locator('[data-tool-layout="beside"]')).toHaveCount(1);
  let b = await boxes();
  expect(b.about.right).toBeLessThanOrEqual(b.tool.left);
  expect(b.how.right).toBeLessThanOrEqual(b.tool.left);
  expect(b.how.top).toBeLessThan(b.tool.bottom);

  await page.goto('/en/tools/portfolio/');
  await expect(page.locator('[data-tool-layout="stacked"]')).toHaveCount(1);
  b = await boxes();
  expect(b.about.bottom).toBeLessThanOrEqual(b.tool.top);
  expect(b.how.top).toBeGreaterThanOrEqual(b.tool.bottom);
  expect(b.tool.width).toBeGreaterThan(b.main.width - 40);

  // On a phone every tool page is one column, in source order.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/en/tools/stage-diagnosis/');
  b = await boxes();
  expect(b.about.bottom).toBeLessThanOrEqual(b.tool.top);
  expect(b.how.top).toBeGreaterThanOrEqual(b.tool.bottom);
});
