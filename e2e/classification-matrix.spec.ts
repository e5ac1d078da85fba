import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AXE_TAGS } from './helpers';
import { classifyAccounts } from '../src/domain/index.ts';
import { DOMAIN_TEXTS } from '../src/i18n/domain-texts.ts';
import { formatNumber } from '../src/i18n/format.ts';

/**
 * Classification matrix, as a sales director would use it: load the sample, read the matrix and its
 * table (equal to the domain's figures for what is stored), try weights that do not total 100
 * (refused, with a clear message, and nothing saved), re-score by keyboard, reload (everything kept),
 * export formula-safe CSV, and axe on the filled widget.
 */
const LOCALES = ['en', 'pt-br'] as const;
type Locale = (typeof LOCALES)[number];

const TEXT = {
  en: {
    load: 'Load sample data',
    refused: (total: number) => `Not saved: the customer attractiveness weights add up to ${total}, not 100.`,
    nameOf: 'Your relative strength: name of criterion 1',
    exportCriteria: 'Download the criteria and weights (CSV)',
    exportMatrix: 'Download the matrix table (CSV)',
    delimiter: ',',
  },
  'pt-br': {
    load: 'Carregar dados de exemplo',
    refused: (total: number) => `Não salvo: os pesos de atratividade do cliente somam ${total}, não 100.`,
    nameOf: 'Sua força relativa: nome do critério 1',
    exportCriteria: 'Baixar os critérios e pesos (CSV)',
    exportMatrix: 'Baixar a tabela da matriz (CSV)',
    delimiter: ';',
  },
} as const;

type Stored = {
  matrixConfig: { attractiveness: { id: string; weight: number }[]; strength: { id: string; weight: number }[]; midpoint: number };
  assessments: Record<string, { matrixScores: Record<string, number> }>;
  portfolio: { clients: { key: string; name: string; revenue: number; keyAccount: boolean }[] };
};

async function stored(page: Page): Promise<Stored> {
  return page.evaluate(() => {
    const read = (name: string) =>
      JSON.parse(localStorage.getItem(`${sessionStorage.getItem('kam:workspace') === 'demo' ? 'kam:demo:' : 'kam:'}${name}`) ?? 'null')
        ?.data;
    return { matrixConfig: read('matrixConfig'), assessments: read('assessments'), portfolio: read('portfolio') };
  });
}

async function open(page: Page, locale: Locale) {
  await page.goto(`/${locale}/tools/classification-matrix/`);
  const widget = page.locator('[data-widget="classification-matrix"]');
  await widget.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:not([ssr]) [data-widget="classification-matrix"]')).toHaveCount(1);
  return widget;
}

/** The domain's figures for what is stored, as the page should show them. */
function expectedRows(data: Stored, locale: Locale): string[][] {
  const keyAccounts = data.portfolio.clients.filter((c) => c.keyAccount);
  const result = classifyAccounts({
    attractiveness: data.matrixConfig.attractiveness,
    strength: data.matrixConfig.strength,
    accounts: keyAccounts.map((c) => ({ key: c.key, scores: data.assessments[c.key]?.matrixScores ?? {}, revenue: c.revenue })),
    midpoint: data.matrixConfig.midpoint,
  });
  if (!result.ok) throw new Error(result.error.message);
  const name = new Map(keyAccounts.map((c) => [c.key, c.name]));
  return [...result.accounts]
    .sort((a, b) => (b.revenue ?? 0) - (a.revenue ?? 0))
    .map((r) => [
      name.get(r.key)!,
      formatNumber(locale, r.attractiveness, 2),
      formatNumber(locale, r.strength, 2),
      DOMAIN_TEXTS[locale].quadrants[r.quadrant].name,
    ]);
}

async function chartTableRows(page: Page): Promise<string[][]> {
  return page
    .locator('[data-widget="classification-matrix"] .chart-table tbody tr')
    .evaluateAll((rows) => rows.map((tr) => [...tr.children].slice(0, 4).map((c) => c.textContent ?? '')));
}

for (const locale of LOCALES) {
  test(`${locale}: classification matrix — sample, domain figures, refused weights, reload, CSV, axe`, async ({ page, problems }) => {
    void problems;
    test.slow(); // long journeys on a shared 2-core machine
    const t = TEXT[locale];
    const widget = await open(page, locale);

    // Empty state → one click loads the sample company, marks its class A clients and scores them.
    await widget.locator('[data-action="load-sample"]').click();
    await expect(widget.locator('tr[data-account]').first()).toBeVisible({ timeout: 15_000 });
    await expect(widget.locator('.chart-table tbody tr').first()).toBeAttached();
    const data = await stored(page);
    const keyAccounts = data.portfolio.clients.filter((c) => c.keyAccount);
    expect(keyAccounts.length).toBeGreaterThan(3);
    await expect(widget.locator('tr[data-account]')).toHaveCount(keyAccounts.length);

    // The chart's table equals the domain's figures for what is stored.
    const expected = expectedRows(data, locale);
    expect(await chartTableRows(page)).toEqual(expected);
    // …and so does the scores table.
    const first = keyAccounts.sort((a, b) => b.revenue - a.revenue)[0]!;
    const firstRow = widget.locator(`tr[data-account="${first.key}"]`);
    await expect(firstRow.locator('[data-col="attractiveness"]')).toHaveText(expected[0]![1]!);
    await expect(firstRow.locator('[data-col="strength"]')).toHaveText(expected[0]![2]!);
    await expect(firstRow.locator('[data-col="quadrant"]')).toHaveText(expected[0]![3]!);
    // Every point is reachable by keyboard, with a description.
    await expect(widget.locator('.mx-points li[tabindex="0"]')).toHaveCount(keyAccounts.length);
    await widget.locator('.chart-figure').scrollIntoViewIfNeeded();
    await widget.locator('.mx-points li').first().focus();
    await expect(widget.locator('.mx-points li').first()).toBeFocused();

    // Weights that do not total 100 are refused with a clear message, and nothing is saved.
    const weightsBefore = data.matrixConfig.attractiveness.map((c) => c.weight);
    const weight = widget.locator('input.mx-weight').first();
    await weight.fill(String(weightsBefore[0]! - 20));
    await expect(widget.getByRole('alert')).toContainText(t.refused(80));
    await expect(widget.locator('[data-total="attractiveness"]')).toContainText('80');
    expect((await stored(page)).matrixConfig.attractiveness.map((c) => c.weight)).toEqual(weightsBefore);
    // While a list is off, nothing in the criteria is saved; back to 100, the message goes.
    await widget.getByLabel(t.nameOf, { exact: true }).fill('Not saved yet');
    expect((await stored(page)).matrixConfig.strength[0]!).toMatchObject({ name: '' });
    await weight.fill(String(weightsBefore[0]));
    await expect(widget.getByRole('alert')).toHaveCount(0);

    // Re-score by keyboard: arrow up on a score saves it.
    const scoreInput = firstRow.locator('input.mx-score').first();
    const before = Number(await scoreInput.inputValue());
    await scoreInput.focus();
    await page.keyboard.press(before >= 10 ? 'ArrowDown' : 'ArrowUp');
    const after = before >= 10 ? before - 1 : before + 1;
    await expect(scoreInput).toHaveValue(String(after));
    await page.keyboard.press('Enter');
    await expect(widget.locator('tr[data-account]').nth(1).locator('input.mx-score').first()).toBeFocused();

    // A criterion renamed to a formula: saved, and exported neutralised.
    await widget.getByLabel(t.nameOf, { exact: true }).fill('=cmd|calc');
    await expect.poll(async () => (await stored(page)).matrixConfig.strength[0]).toMatchObject({ name: '=cmd|calc' });

    // Reload: everything kept (the refused weight was never saved).
    await page.reload();
    const again = await open(page, locale);
    await expect(again.locator('tr[data-account]')).toHaveCount(keyAccounts.length);
    await expect(again.locator(`tr[data-account="${first.key}"] input.mx-score`).first()).toHaveValue(String(after));
    await expect(again.getByLabel(t.nameOf, { exact: true })).toHaveValue('=cmd|calc');
    await expect(again.locator('input.mx-weight').first()).toHaveValue(String(weightsBefore[0]));
    expect(await chartTableRows(page)).toEqual(expectedRows(await stored(page), locale));

    // CSV exports: formula-safe, in the user's number format.
    const [criteriaFile] = await Promise.all([
      page.waitForEvent('download'),
      again.getByRole('button', { name: t.exportCriteria }).click(),
    ]);
    const criteriaCsv = readFileSync((await criteriaFile.path())!, 'utf8');
    expect(criteriaCsv).toContain(`'=cmd|calc`);
    expect(criteriaCsv).not.toMatch(/(^|[;,\n])=cmd/);
    const [matrixFile] = await Promise.all([page.waitForEvent('download'), again.getByRole('button', { name: t.exportMatrix }).click()]);
    expect(matrixFile.suggestedFilename()).toMatch(/\.csv$/);
    const matrixCsv = readFileSync((await matrixFile.path())!, 'utf8');
    expect(matrixCsv.split('\r\n').length).toBe(keyAccounts.length + 1);
    expect(matrixCsv).toContain(first.name);

    // axe on the filled widget, in both themes.
    for (const theme of ['light', 'dark']) {
      await page.evaluate((th) => {
        document.documentElement.dataset['theme'] = th;
      }, theme);
      const results = await new AxeBuilder({ page }).include('[data-widget="classification-matrix"]').withTags(AXE_TAGS).analyze();
      expect(
        results.violations.map(
          (v) =>
            `${theme}: ${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(' | ')}`,
        ),
      ).toEqual([]);
    }
  });
}
