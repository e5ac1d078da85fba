import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The classification matrix and fit vs cost fetch what only stored clients or an edit need when it is
 * needed: a visitor without data gets the complete first view without those parts' code; with
 * clients, their part arrives after hydration; a weight typed before the editing code arrives is
 * checked once it does.
 */
const CLIENTS_PART = /\/_astro\/(WithAccounts|WithCandidates)\.[^/]+\.js$/;
const EDITING = /\/_astro\/criteriaEditing\.[^/]+\.js$/;

function fetched(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

async function hydrated(page: Page, widget: string) {
  await expect(page.locator(`astro-island:not([ssr]) [data-widget="${widget}"]`)).toHaveCount(1);
}

test('without data, both tools show their whole first view without fetching their clients’ part or the editing code', async ({
  page,
  problems,
}) => {
  void problems;
  const urls = fetched(page);
  await page.goto('/en/tools/classification-matrix/');
  await hydrated(page, 'classification-matrix');
  const matrix = page.locator('[data-widget="classification-matrix"]');
  await expect(matrix.locator('.mx-empty [data-action="load-sample"]')).toBeVisible();
  await expect(matrix.locator('input.mx-weight')).toHaveCount(13);
  await expect(matrix.locator('[data-total="attractiveness"]')).toContainText('100 of 100');
  await expect(matrix.locator('.mx-card')).toHaveCount(4);
  await expect(matrix.locator('[data-action="export-criteria"]')).toBeEnabled();
  await expect(matrix.locator('[data-action="export-matrix"]')).toBeDisabled();

  await page.goto('/en/tools/fit-cost/');
  await hydrated(page, 'fit-cost');
  const fitCost = page.locator('[data-widget="fit-cost"]');
  await expect(fitCost.locator('.mx-empty [data-action="load-sample"]')).toBeVisible();
  await expect(fitCost.locator('#fc-capacity')).toHaveValue('8');
  await expect(fitCost.locator('.mx-zones dt')).toHaveCount(4);
  await expect(fitCost.locator('[data-action="export-fit-cost"]')).toBeDisabled();

  expect(urls.filter((u) => CLIENTS_PART.test(u) || EDITING.test(u))).toEqual([]);
});

test('with clients, the scores part arrives after hydration, and the chart stays in place (classification matrix)', async ({
  page,
  problems,
}) => {
  void problems;
  await page.goto('/en/tools/classification-matrix/');
  await hydrated(page, 'classification-matrix');
  const urls = fetched(page);
  const matrix = page.locator('[data-widget="classification-matrix"]');
  const figure = await matrix.locator('figure.chart-figure').elementHandle();
  await matrix.locator('[data-action="load-sample"]').click();
  await expect(matrix.locator('tr[data-account]').first()).toBeVisible({ timeout: 15_000 });
  // The chart stays in place and takes the accounts: it is not replaced while their part arrives.
  expect(await figure!.evaluate((e) => e.isConnected)).toBe(true);
  expect(urls.some((u) => /\/_astro\/WithAccounts\.[^/]+\.js$/.test(u))).toBe(true);
  await expect(matrix.locator('.mx-empty')).toHaveCount(0);
  await expect(matrix.locator('[data-action="export-matrix"]')).toBeEnabled();
  await expect(matrix.locator('.mx-points li')).not.toHaveCount(0);
});

test('a weight typed before the editing code arrives is checked, and refused, once it does', async ({ page, problems }) => {
  void problems;
  // Hold the editing code back, as a slow connection would, until the test lets it through.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(EDITING, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/en/tools/classification-matrix/');
  await hydrated(page, 'classification-matrix');
  const matrix = page.locator('[data-widget="classification-matrix"]');
  const weight = matrix.locator('input.mx-weight').first();
  const before = await weight.inputValue();
  await weight.fill(String(Number(before) + 10));
  // The typed text stays in the field while the check is on its way.
  await expect(weight).toHaveValue(String(Number(before) + 10));
  release();
  await expect(matrix.locator('[data-error="criteria"]')).toContainText('add up to 110, not 100');
  await expect(matrix.locator('[data-total="attractiveness"]')).toContainText('110 of 100');
  // Back to 100: saved, and the message goes.
  await weight.fill(before);
  await expect(matrix.locator('[data-error="criteria"]')).toHaveCount(0);
  await expect(matrix.locator('.mx-ok')).toContainText('Criteria saved.');
});
