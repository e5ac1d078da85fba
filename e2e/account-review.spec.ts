import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolationsInBothThemes } from './helpers';
import { reviewTrend } from '../src/domain/index.ts';
import type { AccountReview } from '../src/domain/index.ts';
import { STRINGS } from '../src/widgets/account-review/strings.ts';
import { VIEW_STRINGS } from '../src/widgets/account-review/viewStrings.ts';

/**
 * Account review in both languages: load the sample (Cantina Nonna Rosa opens, out of KAM at its
 * 2025-Q3 review), start this quarter's review and tick the agenda with the keyboard, find the trend
 * table's quarters and the trend equal to the domain's for what is stored, reload and find the
 * review again; the printed agenda; axe on the filled widget in both themes.
 */
const LOCALES = ['en', 'pt-br'] as const;
type Locale = (typeof LOCALES)[number];

async function stored(page: Page): Promise<AccountReview[]> {
  return page.evaluate(() => {
    const prefix = sessionStorage.getItem('kam:workspace') === 'demo' ? 'kam:demo:' : 'kam:';
    return JSON.parse(localStorage.getItem(`${prefix}accountReviews`) ?? 'null')?.data ?? [];
  });
}

async function open(page: Page, locale: Locale) {
  await page.goto(`/${locale}/tools/account-review/`);
  const widget = page.locator('[data-widget="account-review"]');
  await widget.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:not([ssr]) [data-widget="account-review"]')).toHaveCount(1);
  return widget;
}

test.describe.configure({ timeout: 120_000 });

for (const locale of LOCALES) {
  test(`${locale}: sample, start a review with the keyboard, trend table = domain, reload, axe`, async ({ page, problems }) => {
    void problems;
    const t = STRINGS[locale];
    const widget = await open(page, locale);
    await widget.locator('[data-action="load-sample"]').click();
    await expect(widget.getByRole('status')).toContainText(t.sampleReady.split('{account}')[0]!.trim());
    await expect(widget.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'leave-kam');

    const key = await widget.locator('.account-picker select').inputValue();
    const sample = (await stored(page)).filter((r) => r.accountKey === key);
    const trend = reviewTrend(sample);
    await expect(widget.locator('[data-trend]').first()).toHaveAttribute('data-trend', trend.direction);
    // The table behind the chart (folded under the chart): one row per quarter, as the domain's trend.
    const table = widget.locator('.ar-history table');
    for (const p of trend.points) await expect(table).toContainText(p.quarter);

    // Keyboard only: start this quarter's review, tick the first agenda item.
    await widget.locator('[data-action="start-review"]').focus();
    await page.keyboard.press('Enter');
    // The start's code is fetched on this first press: the new review is there once it is stored
    // (until then the agenda on screen is the last quarter's).
    await expect.poll(async () => (await stored(page)).filter((r) => r.accountKey === key).length).toBe(sample.length + 1);
    await expect(widget.locator('[data-agenda="results"]')).toBeVisible();
    await widget.locator('[data-agenda="results"]').focus();
    await page.keyboard.press('Space');
    await expect
      .poll(async () => (await stored(page)).filter((r) => r.accountKey === key && r.agenda.includes('results')).length)
      .toBeGreaterThanOrEqual(1);
    const count = (await stored(page)).filter((r) => r.accountKey === key).length;
    expect(count).toBe(sample.length + 1);

    await page.reload();
    const again = await open(page, locale);
    await expect(again.locator('[data-agenda="results"]')).toBeChecked();

    await expectNoAxeViolationsInBothThemes(page, 'account-review');
  });
}

test('print view: the agenda prints, the editors do not; after a reload, once the stored reviews show', async ({ page, problems }) => {
  void problems;
  const widget = await open(page, 'en');
  await widget.locator('[data-action="load-sample"]').click();
  await expect(widget.locator('[data-verdict]')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(widget.locator('[data-print-view]')).toBeVisible();
  await expect(widget.locator('[data-print-view]')).toContainText(VIEW_STRINGS.en['agenda.results']);
  await expect(widget.locator('[data-action="start-review"]')).toBeHidden();

  // The review's view (the printed agenda with it) is fetched after hydration finds the stored
  // reviews; the print button is enabled only once it is there.
  await page.emulateMedia({ media: 'screen' });
  await page.reload();
  const again = await open(page, 'en');
  await expect(again.locator('[data-action="print"]')).toBeEnabled();
  await page.emulateMedia({ media: 'print' });
  await expect(again.locator('[data-print-view]')).toBeVisible();
  await expect(again.locator('[data-print-view]')).toContainText(VIEW_STRINGS.en.agendaTitle);
});
