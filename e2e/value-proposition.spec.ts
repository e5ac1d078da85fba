import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolationsInBothThemes } from './helpers';
import { readProposition } from '../src/domain/index.ts';
import type { ValueProposition } from '../src/domain/index.ts';
import { STRINGS } from '../src/widgets/value-proposition/strings.ts';
import { CHART_STRINGS } from '../src/widgets/value-proposition/chartStrings.ts';

/**
 * Value proposition in both languages: load the sample (Hospital Santa Clara opens with the case
 * sheet's proposition), add a worksheet line with the keyboard only, typing the amounts the way the
 * page's language writes them, find the totals equal to the domain's for what is stored, reload and
 * find everything again; axe on the filled widget in both themes; the print view; no sideways scroll
 * at 390 px.
 */
const LOCALES = ['en', 'pt-br'] as const;
type Locale = (typeof LOCALES)[number];

async function stored(page: Page): Promise<ValueProposition[]> {
  return page.evaluate(() => {
    const prefix = sessionStorage.getItem('kam:workspace') === 'demo' ? 'kam:demo:' : 'kam:';
    return JSON.parse(localStorage.getItem(`${prefix}valuePropositions`) ?? 'null')?.data ?? [];
  });
}

async function open(page: Page, locale: Locale) {
  await page.goto(`/${locale}/tools/value-proposition/`);
  const widget = page.locator('[data-widget="value-proposition"]');
  await widget.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:not([ssr]) [data-widget="value-proposition"]')).toHaveCount(1);
  return widget;
}

/** The digits of a formatted whole amount ("R$ 84.000" → 84000), whatever the currency and language. */
const digits = (text: string | null) => Number((text ?? '').replace(/[^\d-]/g, ''));

async function loadSample(page: Page, locale: Locale) {
  const widget = await open(page, locale);
  await widget.locator('[data-action="load-sample"]').click();
  await expect(widget.getByRole('status')).toContainText(STRINGS[locale].sampleReady.split('{account}')[0]!.trim());
  await expect(widget.locator('[data-total="value-created"]')).not.toHaveText(/^\D*0$/);
  return widget;
}

test.describe.configure({ timeout: 120_000 });

for (const locale of LOCALES) {
  test(`${locale}: sample, keyboard edit, figures = domain, reload, axe`, async ({ page, problems }) => {
    void problems;
    const t = CHART_STRINGS[locale];
    const widget = await loadSample(page, locale);
    await expect(widget.locator('[data-total="value-created"]')).toHaveText(/84[.,]000/);
    await expect(widget.locator('[data-total="net"]')).toHaveText(/50[.,]400/);
    await expect(widget.locator('[data-split]')).toHaveAttribute('data-split', 'balanced');
    await expect(widget.locator('[data-focus-list] li')).toHaveCount(2);

    // Keyboard only: add a line, type what it is, tab to the amounts and type them as the language writes them.
    await widget.locator('[data-action="add-line"]').focus();
    await page.keyboard.press('Enter');
    const line = widget.locator('.vp-lines .vp-item').last();
    await expect(line.locator('[data-field="label"]')).toBeFocused();
    await page.keyboard.type(locale === 'en' ? 'Fewer complaints to answer' : 'Menos reclamações para responder');
    await line.locator('[data-field="ours"]').focus();
    await page.keyboard.type(locale === 'en' ? '1,200.50' : '1.200,50');
    await page.keyboard.press('Tab');
    await page.keyboard.type(locale === 'en' ? '3,000' : '3.000');
    await page.keyboard.press('Tab');

    let data: ValueProposition[] = [];
    await expect
      .poll(async () => {
        data = await stored(page);
        return data[0]?.lines.find((l) => l.ours === 1200.5 && l.alternative === 3000)?.category;
      })
      .toBe('usage');
    const expected = readProposition(data[0]!).sheet;
    expect(expected.valueCreated).toBe(85799.5);
    await expect(widget.locator('[data-total="premium"]')).toHaveText(/33[.,]600/);
    // Amounts with cents show them: the net value is the domain's, to the cent.
    await expect
      .poll(async () => digits(await widget.locator('[data-total="net"]').textContent()))
      .toBe(Math.round(expected.netToCustomer * 100));

    await page.reload();
    const again = await open(page, locale);
    await expect(again.locator('.vp-lines [data-field="label"]').last()).toHaveValue(/complaints|reclamações/);
    expect(digits(await again.locator('[data-total="value-created"]').textContent())).toBe(Math.round(expected.valueCreated * 100));
    // The table behind the chart (folded under it); the chart is fetched once the worksheet has lines.
    await expect(again.getByRole('table', { name: t.chartCaption, includeHidden: true })).toBeAttached();

    await expectNoAxeViolationsInBothThemes(page, 'value-proposition');
  });
}

test('print view: the one-page proposition prints, the editors do not', async ({ page, problems }) => {
  void problems;
  const widget = await loadSample(page, 'en');
  await page.emulateMedia({ media: 'print' });
  await expect(widget.locator('[data-proposition-page]')).toBeVisible();
  await expect(widget.locator('[data-focus-list]')).toBeVisible();
  await expect(widget.locator('.vp-csfs')).toBeHidden();
  await expect(widget.locator('.vp-lines')).toBeHidden();
  await expect(widget.locator('[data-action="load-sample"]')).toBeHidden();
});

test('390 px: the filled tool does not scroll sideways', async ({ page, problems }) => {
  void problems;
  await page.setViewportSize({ width: 390, height: 844 });
  const widget = await loadSample(page, 'pt-br');
  await widget.locator('.vp-chart').scrollIntoViewIfNeeded();
  const { scroll, client, wide } = await page.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('[data-widget="value-proposition"] *')]
      .filter((el) => el.getBoundingClientRect().right > limit + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} ${el.getAttribute('data-field') ?? ''}`);
    return { scroll: document.documentElement.scrollWidth, client: limit, wide };
  });
  expect(scroll, wide.join(' | ')).toBeLessThanOrEqual(client);
});
