import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolationsInBothThemes } from './helpers';
import { readBuyingCentre } from '../src/domain/index.ts';
import type { BuyingCentre } from '../src/domain/index.ts';
import { STRINGS } from '../src/widgets/buying-centre/strings.ts';

/**
 * Buying centre in both languages: load the sample (Hotel Parque das Águas opens: a bow-tie through
 * João, the chain's buyer uncovered), add a person with the keyboard only, find the map's reading
 * equal to the domain's for what is stored, copy the people into this year's plan, reload and find
 * everything again; axe on the filled widget in both themes.
 */
const LOCALES = ['en', 'pt-br'] as const;
type Locale = (typeof LOCALES)[number];
type Stored = { centres: BuyingCentre[]; plans: Record<string, { plans: { year: number; contacts: { name: string }[] }[] }> };

async function stored(page: Page): Promise<Stored> {
  return page.evaluate(() => {
    const read = (name: string) =>
      JSON.parse(localStorage.getItem(`${sessionStorage.getItem('kam:workspace') === 'demo' ? 'kam:demo:' : 'kam:'}${name}`) ?? 'null')
        ?.data;
    return { centres: read('buyingCentres') ?? [], plans: read('assessments') ?? {} };
  });
}

async function open(page: Page, locale: Locale) {
  await page.goto(`/${locale}/tools/buying-centre/`);
  const widget = page.locator('[data-widget="buying-centre"]');
  await widget.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:not([ssr]) [data-widget="buying-centre"]')).toHaveCount(1);
  return widget;
}

test.describe.configure({ timeout: 120_000 });

for (const locale of LOCALES) {
  test(`${locale}: sample, keyboard edit, reading = domain, copy into the plan, reload, axe`, async ({ page, problems }) => {
    void problems;
    const t = STRINGS[locale];
    const year = new Date().getFullYear();
    const widget = await open(page, locale);
    await widget.locator('[data-action="load-sample"]').click();
    await expect(widget.getByRole('status')).toContainText(t.sampleReady.split('{account}')[0]!.trim());
    await expect(widget.locator('.account-picker select')).toHaveValue(/./);
    const reading = widget.getByTestId('buying-reading');
    await expect(reading.locator('[data-gap="single-thread"]')).toContainText('João');
    await expect(reading.locator('[data-gap="coverage"]')).toContainText('Ricardo Mendes');

    // Keyboard only: add a person, type the name, tab to the job title, pick "covered by" Marta.
    await widget.locator('[data-action="add-person"]').focus();
    await page.keyboard.press('Enter');
    const person = widget.locator('.bc-person').last();
    await expect(person.locator('[data-field="name"]')).toBeFocused();
    await page.keyboard.type('Vera');
    await page.keyboard.press('Tab');
    await page.keyboard.type(locale === 'en' ? 'Quality manager' : 'Gerente de qualidade');
    await person.getByRole('checkbox', { name: t['role.technical'] }).focus();
    await page.keyboard.press('Space');
    await person.locator('[data-field="covered-by"]').selectOption('Marta');

    let data: Stored = await stored(page);
    await expect
      .poll(async () => {
        data = await stored(page);
        return data.centres.some((c) =>
          c.people.some((p) => p.name === 'Vera' && p.coveredBy === 'Marta' && p.roles.includes('technical')),
        );
      })
      .toBe(true);
    const openKey = await widget.locator('.account-picker select').inputValue();
    const centre = data.centres.find((c) => c.accountKey === openKey)!;
    // The technical role is now held; the pattern is the domain's for what is stored.
    const expected = readBuyingCentre(centre);
    await expect(widget.locator('.bc-map')).toHaveAttribute('data-pattern', expected.pattern);
    expect(expected.missingRoles).not.toContain('technical');
    await expect(widget.getByRole('table', { name: t.gridCaption })).toContainText('Vera');

    // Into this year's plan: everyone added, the status says so.
    await widget.locator('[data-action="copy-to-plan"]').click();
    await expect(widget.getByRole('status')).toContainText('Ricardo Mendes');
    await expect
      .poll(async () => (await stored(page)).plans[openKey]?.plans.find((p) => p.year === year)?.contacts.map((c) => c.name) ?? [])
      .toEqual(centre.people.map((p) => p.name));

    await page.reload();
    const again = await open(page, locale);
    await expect(again.locator('.bc-person [data-field="name"]').last()).toHaveValue('Vera');
    await expect(again.getByRole('table', { name: new RegExp(t.tableCaption.split('{account}')[0]!) })).toContainText('Ricardo Mendes');

    await expectNoAxeViolationsInBothThemes(page, 'buying-centre');
  });
}

test('print view: the map prints, the editors do not', async ({ page, problems }) => {
  void problems;
  const widget = await open(page, 'en');
  await widget.locator('[data-action="load-sample"]').click();
  await expect(widget.getByTestId('buying-reading')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(widget.locator('.bc-map')).toBeVisible();
  await expect(widget.getByRole('table', { name: STRINGS.en.gridCaption })).toBeVisible();
  await expect(widget.locator('.bc-people')).toBeHidden();
  await expect(widget.locator('.bc-plan')).toBeHidden();
  await expect(widget.locator('[data-action="load-sample"]')).toBeHidden();
});
