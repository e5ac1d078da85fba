/**
 * The header: one compact row on a phone with the navigation folded into a keyboard-operable menu;
 * the theme button keeps its name whatever the theme; the 404 page's header speaks the visitor's language.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { AXE_TAGS } from './helpers';

test('on a 390 px phone the header is one short row and the menu opens from the keyboard', async ({ page, problems }) => {
  void problems;
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/pt-br/lessons/what-is-kam/');
  const header = page.locator('header.site-header');
  // It was ~220 px with the navigation wrapped over three lines.
  expect((await header.boundingBox())?.height).toBeLessThanOrEqual(110);
  const nav = page.getByRole('navigation', { name: 'Principal' });
  await expect(nav).toBeHidden();
  const menu = header.locator('summary');
  await expect(menu).toHaveAccessibleName('Menu');
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(nav).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Curso' })).toHaveAttribute('aria-current', 'page');
  const results = await new AxeBuilder({ page }).include('header.site-header').withTags(AXE_TAGS).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(nav).toBeHidden();
});

test('on a 1280 px desktop the navigation stands open in one row', async ({ page, problems }) => {
  void problems;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/en/');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Course' })).toBeVisible();
  await expect(page.locator('header.site-header summary')).toBeHidden();
  expect((await page.locator('header.site-header').boundingBox())?.height).toBeLessThanOrEqual(80);
});

test('the theme button keeps its name when dark is on; aria-pressed says which', async ({ page, problems }) => {
  void problems;
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/pt-br/');
  const toggle = page.locator('[data-theme-toggle]');
  await expect(toggle).toHaveAccessibleName('Tema escuro');
  await toggle.click();
  await expect(toggle).toHaveAccessibleName('Tema escuro');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
});

test('the 404 page shows its header in the language of the address', async ({ page }) => {
  await page.goto('/pt-br/nao-existe/');
  await expect(page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Curso' })).toBeAttached();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expect(page.locator('header.site-header:visible [data-lang-switch]')).toHaveAccessibleName('Read in English');
  await page.goto('/en/no-such-page/');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeAttached();
  await expect(page.getByRole('navigation', { name: 'Principal' })).toHaveCount(0);
});
