import { expect, test } from '@playwright/test';

// Workshop rooms have bad Wi-Fi: after one visit, every page type, the tools and search work offline.
test('after the first visit the site works offline', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ serviceWorkers: 'allow', baseURL: baseURL ?? 'http://127.0.0.1:4321' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('/en/');
  // Wait until the service worker has precached everything and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

  await context.setOffline(true);
  for (const path of ['/en/lessons/', '/pt-br/lessons/relationship-stages/', '/pt-br/glossary/', '/en/tools/', '/pt-br/', '/en/my-data/']) {
    const response = await page.goto(path);
    expect(response?.ok(), `offline ${path}`).toBeTruthy();
    await expect(page.locator('h1').first()).toBeVisible();
  }

  // A tool hydrates and works offline (its island code and the sample file come from the cache).
  await page.goto('/en/tools/pareto/');
  const widget = page.locator('[data-widget="pareto"]');
  await widget.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:not([ssr]) [data-widget="pareto"]')).toBeVisible();
  await widget.locator('[data-action="load-sample"]').first().click();
  await expect(widget.locator('tr[data-class="A"]').first()).toBeVisible();

  // Search works offline too.
  await page.goto('/pt-br/lessons/');
  await page.locator('[data-search-open]').click();
  await page.locator('[data-search-input]').fill('Pareto');
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();

  expect(errors).toEqual([]);
  await context.close();
});
