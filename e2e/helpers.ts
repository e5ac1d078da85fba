/** What several end-to-end specs share: axe's rule set, fixture files and tool-page steps. */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** WCAG 2.2 AA, as DESIGN.md asks: every axe check in the suite uses these tags. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A Brazilian Excel export (Windows-1252, `;`, decimal comma) and an English one. */
export const PT_FILE = 'tests/fixtures/e2e/carteira-ptbr-excel.csv';
export const EN_FILE = 'tests/fixtures/e2e/portfolio-en.csv';

/** Opens a tool page and waits until the widget has hydrated. */
export async function openTool(page: Page, path: string, widget: string): Promise<void> {
  await page.goto(path);
  await page.locator(`[data-widget="${widget}"]`).scrollIntoViewIfNeeded();
  await expect(page.locator(`astro-island:not([ssr]) [data-widget="${widget}"]`)).toHaveCount(1);
}

/** axe on one widget, zero violations (the message lists the first offending elements). */
export async function expectNoAxeViolations(page: Page, widget: string, label = ''): Promise<void> {
  const results = await new AxeBuilder({ page }).include(`[data-widget="${widget}"]`).withTags(AXE_TAGS).analyze();
  expect(
    results.violations.map(
      (v) =>
        `${label}${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    ),
  ).toEqual([]);
}

/** axe on one widget in the light theme, then in the dark one (contrast differs between them). */
export async function expectNoAxeViolationsInBothThemes(page: Page, widget: string): Promise<void> {
  for (const theme of ['light', 'dark']) {
    await page.evaluate((th) => {
      document.documentElement.dataset['theme'] = th;
    }, theme);
    await expectNoAxeViolations(page, widget, `${theme} `);
  }
}

/** The import panel loads on first use: open it unless it is already open. */
export async function openImport(widget: Locator): Promise<void> {
  const open = widget.locator('[data-action="open-import"]');
  if (await open.isVisible()) await open.click();
}

/** `Intl` puts (narrow) no-break spaces in numbers and money; compare text with plain spaces. */
export const nbsp = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');
