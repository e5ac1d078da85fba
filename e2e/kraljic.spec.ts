import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolationsInBothThemes } from './helpers';
import { readKraljic } from '../src/domain/index.ts';
import type { KraljicReading } from '../src/domain/index.ts';
import { STRINGS } from '../src/widgets/kraljic/strings.ts';

/**
 * The buyer's view in both languages: load the sample (Hospital Santa Clara opens: a leverage item,
 * capped at Mid-KAM), change two supply-risk answers with the arrow keys only, find the quadrant and
 * the cap on screen equal to the domain's for what is stored, reload and find them again; print
 * view; axe on the filled widget in both themes.
 */
const LOCALES = ['en', 'pt-br'] as const;
type Locale = (typeof LOCALES)[number];

async function stored(page: Page): Promise<KraljicReading[]> {
  return page.evaluate(() => {
    const prefix = sessionStorage.getItem('kam:workspace') === 'demo' ? 'kam:demo:' : 'kam:';
    return JSON.parse(localStorage.getItem(`${prefix}kraljic`) ?? 'null')?.data ?? [];
  });
}

async function open(page: Page, locale: Locale) {
  await page.goto(`/${locale}/tools/kraljic/`);
  const widget = page.locator('[data-widget="kraljic"]');
  await widget.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:not([ssr]) [data-widget="kraljic"]')).toHaveCount(1);
  return widget;
}

test.describe.configure({ timeout: 120_000 });

for (const locale of LOCALES) {
  test(`${locale}: sample, keyboard answers, quadrant and cap = domain, reload, axe`, async ({ page, problems }) => {
    void problems;
    const t = STRINGS[locale];
    const widget = await open(page, locale);
    await widget.locator('[data-action="load-sample"]').click();
    await expect(widget.getByRole('status')).toContainText(t.sampleReady.split('{account}')[0]!.trim());
    const reading = widget.locator('.kj-reading');
    await expect(reading).toHaveAttribute('data-quadrant', 'leverage');
    await expect(reading).toHaveAttribute('data-cap', 'mid');
    await expect(reading).toContainText(t['quadrant.leverage']);
    const openKey = await widget.locator('.account-picker select').inputValue();

    // Keyboard only: two supply-risk answers two steps up (2 → 4) with the arrow keys.
    for (const id of ['alternatives', 'switching-cost']) {
      await widget.locator(`[data-question="${id}"] input:checked`).focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
    }
    let mine: KraljicReading | undefined;
    await expect
      .poll(async () => {
        mine = (await stored(page)).find((r) => r.accountKey === openKey);
        return [mine?.answers.alternatives, mine?.answers['switching-cost']];
      })
      .toEqual([4, 4]);
    const domain = readKraljic(mine!.answers);
    expect(domain.quadrant).toBe('strategic');
    await expect(reading).toHaveAttribute('data-quadrant', domain.quadrant!);
    await expect(reading).toHaveAttribute('data-cap', domain.cap!);
    await expect(reading).toContainText(t['quadrant.strategic']);
    await expect(widget.getByRole('table', { name: t.tableCaption, includeHidden: true })).toContainText(t['quadrant.strategic']);

    await page.reload();
    const again = await open(page, locale);
    await expect(again.locator('.kj-reading')).toHaveAttribute('data-quadrant', 'strategic');
    await expect(again.locator('[data-question="alternatives"] input:checked')).toHaveValue('4');

    await expectNoAxeViolationsInBothThemes(page, 'kraljic');
  });
}

test('print view: the reading prints, the buttons do not', async ({ page, problems }) => {
  void problems;
  const widget = await open(page, 'en');
  await widget.locator('[data-action="load-sample"]').click();
  await expect(widget.locator('.kj-reading')).toHaveAttribute('data-quadrant', 'leverage');
  await page.emulateMedia({ media: 'print' });
  await expect(widget.locator('.kj-reading')).toBeVisible();
  await expect(widget.locator('.kj-account')).toBeVisible();
  await expect(widget.locator('[data-action="load-sample"]')).toBeHidden();
  await expect(widget.locator('[data-action="print"]')).toBeHidden();
});
