/**
 * Clients whose keys are names of built-in object properties ("__proto__", "constructor") work like
 * any other in the browser, and the quick try's reserved id cannot be taken by a client.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openTool } from './helpers';
import { DOMAIN_TEXTS } from '../src/i18n/domain-texts.ts';

async function addClient(page: Page, name: string, code = ''): Promise<void> {
  const widget = page.locator('[data-widget="portfolio"]');
  const add = widget.locator('details.portfolio-add');
  if (!(await add.evaluate((d) => (d as HTMLDetailsElement).open))) await add.locator('summary').click();
  await add.getByLabel('Client name (required)').fill(name);
  await add.getByLabel('Client code (optional)').fill(code);
  await add.getByLabel('Revenue this period').fill('1000');
  await add.getByRole('button', { name: 'Add client' }).click();
}

test('a client called "__proto__" or "constructor" is kept, diagnosed and read back; "__try__" is refused', async ({ page, problems }) => {
  void problems;
  await openTool(page, '/en/tools/portfolio/', 'portfolio');
  const widget = page.locator('[data-widget="portfolio"]');

  await addClient(page, 'Try Ltd', '__try__');
  await expect(widget.getByRole('alert')).toContainText('reserved by the site');

  await addClient(page, '__proto__');
  await expect(widget.getByText('__proto__ was added.')).toBeVisible();
  await addClient(page, 'constructor');
  await expect(widget.getByText('constructor was added.')).toBeVisible();
  await widget.getByLabel('Key account: __proto__').check();
  await widget.getByLabel('Key account: constructor').check();

  await openTool(page, '/en/tools/stage-diagnosis/', 'stage-diagnosis');
  const diagnosis = page.locator('[data-widget="stage-diagnosis"]');
  await diagnosis.getByLabel('Account', { exact: true }).selectOption({ label: '__proto__' });
  await diagnosis.getByRole('radio', { name: DOMAIN_TEXTS.en.questions.business.options.early }).check();
  await expect(diagnosis.locator('.sd-verdict')).toContainText(DOMAIN_TEXTS.en.stages.early.name);

  // Stored with the key spelled safely, read back after a reload, nothing quarantined.
  await expect
    .poll(() => page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem('kam:assessments') ?? '{"data":{}}').data)))
    .toEqual(['\u0001__proto__']);
  await page.reload();
  await diagnosis.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:not([ssr]) [data-widget="stage-diagnosis"]')).toHaveCount(1);
  await diagnosis.getByLabel('Account', { exact: true }).selectOption({ label: '__proto__' });
  await expect(diagnosis.locator('.sd-verdict')).toContainText(DOMAIN_TEXTS.en.stages.early.name);
  await expect(page.locator('[data-storage-notices]')).not.toContainText('could not be read');
});
