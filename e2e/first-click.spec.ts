/**
 * A click is never lost. A participant who clicks "load the sample company" the moment it appears
 * used to click a button whose island had not hydrated yet: nothing happened. Now an island that is
 * not ready says so (busy cursor, dashed controls) and takes no clicks, so the click waits instead of
 * vanishing, and the case page's loader hydrates early (on idle, not when scrolled to).
 */
import { expect, test } from './fixtures';

for (const locale of ['en', 'pt-br'] as const) {
  test(`${locale}: "load the sample company" clicked as soon as it is visible loads it`, async ({ page, problems }) => {
    void problems;
    await page.goto(`/${locale}/workshop/case/`, { waitUntil: 'commit' });
    const button = page.locator('[data-widget="workshop-sample"] [data-action="load-sample"]');
    await button.scrollIntoViewIfNeeded();
    await button.click();
    await expect(page.locator('[data-widget="workshop-sample"] [role="status"]')).toContainText('60');
  });
}

test('an island that has not hydrated shows it is not ready, and a click on it waits for it', async ({ page, problems }) => {
  void problems;
  // Hold the loader's code back, as a slow phone would, until the test lets it through.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/SampleLoader\.[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/en/workshop/case/');
  const island = page.locator('astro-island:has([data-widget="workshop-sample"])');
  const button = island.locator('[data-action="load-sample"]');
  await button.scrollIntoViewIfNeeded();
  await expect(island).toHaveAttribute('ssr', '');
  await expect(island.locator('[data-widget="workshop-sample"]')).toHaveCSS('cursor', 'progress');
  await expect(button).toHaveCSS('pointer-events', 'none');
  await expect(button).toHaveCSS('border-top-style', 'dashed');

  let clicked = false;
  const click = button.click().then(() => (clicked = true));
  // The click is waiting for a button that can take it, not spent on a dead one.
  await expect(island).toHaveAttribute('ssr', '');
  expect(clicked).toBe(false);
  release();
  await click;
  await expect(island).not.toHaveAttribute('ssr');
  await expect(button).toHaveCSS('pointer-events', 'auto');
  await expect(island.locator('[role="status"]')).toContainText('60');
});
