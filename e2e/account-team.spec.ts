import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolationsInBothThemes } from './helpers';
import { readAccountTeam } from '../src/domain/index.ts';
import type { AccountTeam, BuyingCentre } from '../src/domain/index.ts';
import { STRINGS } from '../src/widgets/account-team/strings.ts';

/**
 * Account team in both languages: load the sample (Rede Boa Compra opens: two As and no R on
 * exceptions), find the reading equal to the domain's for what is stored, change one RACI cell with
 * the keyboard only (Marta's A on exceptions becomes a C, and the two-As problem goes), reload and
 * find it kept; the print view shows the RACI and hides the editors; axe in both themes; no
 * sideways scroll at 390 px.
 */
const LOCALES = ['en', 'pt-br'] as const;
type Locale = (typeof LOCALES)[number];
type Stored = { teams: AccountTeam[]; centres: BuyingCentre[] };

async function stored(page: Page): Promise<Stored> {
  return page.evaluate(() => {
    const read = (name: string) =>
      JSON.parse(localStorage.getItem(`${sessionStorage.getItem('kam:workspace') === 'demo' ? 'kam:demo:' : 'kam:'}${name}`) ?? 'null')
        ?.data;
    return { teams: read('accountTeams')?.teams ?? [], centres: read('buyingCentres') ?? [] };
  });
}

async function open(page: Page, locale: Locale) {
  await page.goto(`/${locale}/tools/account-team/`);
  const widget = page.locator('[data-widget="account-team"]');
  await widget.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:not([ssr]) [data-widget="account-team"]')).toHaveCount(1);
  return widget;
}

/** The problem keys the widget shows, in order. */
const shown = (page: Page) =>
  page.locator('[data-widget="account-team"] [data-problem]').evaluateAll((els) => els.map((e) => e.getAttribute('data-problem')));

/** The same keys from the domain, for the open account as stored. */
function expectedKeys(data: Stored, key: string): string[] {
  const team = data.teams.find((t) => t.accountKey === key)!;
  const roles = (data.centres.find((c) => c.accountKey === key)?.people ?? []).filter((p) => p.name.trim() !== '').flatMap((p) => p.roles);
  const reading = readAccountTeam(team, roles);
  return [...reading.gaps.map((g) => g.code), ...reading.raci.map((p) => `${p.decision}-${p.code}`)];
}

test.describe.configure({ timeout: 120_000 });

for (const locale of LOCALES) {
  test(`${locale}: sample, reading = domain, keyboard edit of a RACI cell, reload, axe`, async ({ page, problems }) => {
    void problems;
    const t = STRINGS[locale];
    const widget = await open(page, locale);
    await widget.locator('[data-action="load-sample"]').click();
    await expect(widget.getByRole('status')).toContainText(t.sampleReady.split('{account}')[0]!.trim());
    await expect(widget.locator('[data-problem="exceptions-several-accountable"]')).toContainText('Juliana');
    const key = await widget.locator('.account-picker select').inputValue();
    expect(await shown(page)).toEqual(expectedKeys(await stored(page), key));
    await expect(widget.locator('[data-table="workload"] tbody tr').first()).toContainText('Juliana');

    // Keyboard only: focus Marta's cell for exceptions (A) and move it one option down, to C.
    const cell = widget.getByLabel(t.raciCell.replace('{decision}', t['decision.exceptions']).replace('{name}', 'Marta'), { exact: true });
    await expect(cell).toHaveValue('A');
    await cell.focus();
    await page.keyboard.press('ArrowDown');
    await expect(cell).toHaveValue('C');
    await expect(widget.locator('[data-problem="exceptions-several-accountable"]')).toHaveCount(0);
    await expect
      .poll(async () => {
        const team = (await stored(page)).teams.find((x) => x.accountKey === key);
        const marta = team?.members.find((m) => m.name === 'Marta');
        return team?.raci.find((c) => c.decision === 'exceptions' && c.member === marta?.id)?.letter;
      })
      .toBe('C');
    expect(await shown(page)).toEqual(expectedKeys(await stored(page), key));

    await page.reload();
    const again = await open(page, locale);
    await expect(
      again.getByLabel(t.raciCell.replace('{decision}', t['decision.exceptions']).replace('{name}', 'Marta'), { exact: true }),
    ).toHaveValue('C');

    await expectNoAxeViolationsInBothThemes(page, 'account-team');
  });
}

test('print view: the RACI prints with its letters, the editors do not', async ({ page, problems }) => {
  void problems;
  const widget = await open(page, 'en');
  await widget.locator('[data-action="load-sample"]').click();
  await expect(widget.locator('[data-problem]').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const printed = widget.locator('table.print-only');
  await expect(printed).toBeVisible();
  await expect(printed).toContainText('Juliana');
  await expect(widget.locator('.at-members')).toBeHidden();
  await expect(widget.locator('[data-table="raci"]')).toBeHidden();
  await expect(widget.locator('[data-action="load-sample"]')).toBeHidden();
});

test('390 px: the tool and the lesson do not scroll sideways with the sample loaded', async ({ page, problems }) => {
  void problems;
  await page.setViewportSize({ width: 390, height: 860 });
  const widget = await open(page, 'pt-br');
  await widget.locator('[data-action="load-sample"]').click();
  await expect(widget.locator('[data-table="workload"]')).toBeVisible();
  for (const path of ['/pt-br/tools/account-team/', '/en/lessons/account-team/']) {
    await page.goto(path);
    await page.locator('[data-widget="account-team"]').scrollIntoViewIfNeeded();
    await expect(page.locator('astro-island:not([ssr]) [data-widget="account-team"]')).toHaveCount(1);
    await expect(page.locator('[data-widget="account-team"] [data-table="raci"]')).toBeVisible();
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    const culprits = await page.evaluate(() => {
      const limit = document.documentElement.clientWidth;
      const clipped = (el: Element) => {
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
          if (getComputedStyle(p).overflowX !== 'visible') return true;
        return false;
      };
      const wide = [...document.body.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > limit + 1 && !clipped(el));
      return wide
        .filter((el) => !wide.includes(el.parentElement as Element))
        .slice(0, 5)
        .map((el) => `${el.tagName} ${el.className}`);
    });
    expect(scroll, `${path}: ${culprits.join(', ')}`).toBeLessThanOrEqual(client);
  }
});
