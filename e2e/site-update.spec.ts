/**
 * A site update while a page is open: the service worker purges the previous version's chunks, so
 * the open page's next lazy import answers 404. Simulated here with route(): the page says the site
 * was updated and reloads once; after the reload the feature works. When the code is still missing
 * after that reload, the page does not loop: the feature's own "could not be loaded" message shows.
 */
import { expect, test } from '@playwright/test';
import { islandsReady } from './fixtures';
import { openImport } from './helpers';

const IMPORT_PANEL_CHUNK = '**/_astro/ImportPanel.*.js';

test('a lazy chunk gone after an update: the user is told, the page reloads once, the feature then works', async ({ page }) => {
  await page.goto('/en/tools/portfolio/');
  await islandsReady(page);
  const widget = page.locator('astro-island:not([ssr]) [data-widget="portfolio"]');
  await expect(widget).toHaveCount(1);

  await page.route(IMPORT_PANEL_CHUNK, (route) => route.fulfill({ status: 404, body: 'gone' }));
  const reloaded = page.waitForEvent('load');
  await openImport(widget);
  const notice = page.locator('[data-offline-notice]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('reloading the page to use the new version');

  // The new version is in place now: the reload finds the chunk.
  await page.unroute(IMPORT_PANEL_CHUNK);
  await reloaded;
  await islandsReady(page);
  await expect(page.locator('[data-offline-notice]')).toBeHidden();
  await openImport(page.locator('[data-widget="portfolio"]'));
  await expect(page.getByLabel('CSV file')).toBeVisible();
});

test('pt-BR: the code still missing after the reload: no reload loop, the feature says it could not load', async ({ page }) => {
  await page.route(IMPORT_PANEL_CHUNK, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('/pt-br/tools/portfolio/');
  await islandsReady(page);
  const reloaded = page.waitForEvent('load');
  await openImport(page.locator('astro-island:not([ssr]) [data-widget="portfolio"]'));
  await expect(page.locator('[data-offline-notice]')).toContainText('recarregando a página para usar a nova versão');
  await reloaded;
  await islandsReady(page);

  let navigations = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations++;
  });
  const widget = page.locator('astro-island:not([ssr]) [data-widget="portfolio"]');
  await openImport(widget);
  await expect(widget.getByText('Não foi possível carregar a ferramenta de importação')).toBeVisible();
  await page.waitForTimeout(3_500);
  expect(navigations).toBe(0);
  await expect(page.locator('[data-offline-notice]')).toBeHidden();
});
