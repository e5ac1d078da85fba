import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AXE_TAGS } from './helpers';
import { assessUncoupling, uncouplingHeatmap } from '../src/domain/index.ts';
import { DOMAIN_TEXTS } from '../src/i18n/domain-texts.ts';
import { STRINGS } from '../src/widgets/uncoupling/strings.ts';

/**
 * Uncoupling checklist in both languages: load the sample, tick a risk, check score and level
 * against the domain for what is stored, the heat map order against `uncouplingHeatmap`, re-sort,
 * reload and find the ticks; axe on the filled widget.
 */
const LOCALES = ['en', 'pt-br'] as const;
type Locale = (typeof LOCALES)[number];
type Stored = {
  assessments: Record<string, { uncoupling: { checked: string[] } | null }>;
  portfolio: { clients: { key: string; name: string; keyAccount: boolean }[] };
};

async function stored(page: Page): Promise<Stored> {
  return page.evaluate(() => {
    const read = (name: string) =>
      JSON.parse(localStorage.getItem(`${sessionStorage.getItem('kam:workspace') === 'demo' ? 'kam:demo:' : 'kam:'}${name}`) ?? 'null')
        ?.data;
    return { assessments: read('assessments') ?? {}, portfolio: read('portfolio') ?? { clients: [] } };
  });
}

async function open(page: Page, locale: Locale) {
  await page.goto(`/${locale}/tools/uncoupling/`);
  const widget = page.locator('[data-widget="uncoupling"]');
  await widget.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:not([ssr]) [data-widget="uncoupling"]')).toHaveCount(1);
  return widget;
}

test.describe.configure({ timeout: 120_000 });

for (const locale of LOCALES) {
  test(`${locale}: tick risks — score = domain, heat map sorted, reload keeps ticks, axe`, async ({ page, problems }) => {
    void problems;
    const t = STRINGS[locale];
    const d = DOMAIN_TEXTS[locale];
    const widget = await open(page, locale);
    await widget.locator('[data-action="load-sample"]').click();
    await expect(widget.getByRole('status')).toContainText(t.sampleLoaded.split('{account}')[0]!.trim());

    // Tick one more risk on the open account.
    const box = widget.getByRole('checkbox', { name: d.indicators['bad-news-late'] });
    await box.check();
    let data: Stored = await stored(page);
    await expect
      .poll(async () => {
        data = await stored(page);
        return Object.values(data.assessments).some((a) => a.uncoupling?.checked.includes('bad-news-late'));
      })
      .toBe(true);
    // The account the sample opened is the one in the picker.
    const openKey = await widget.locator('.account-picker select').inputValue();
    const openChecks = data.assessments[openKey]?.uncoupling?.checked ?? [];
    expect(openChecks).toContain('bad-news-late');
    const expected = assessUncoupling(openChecks);
    await expect(widget.locator('[data-testid="uncoupling-level"]')).toHaveText(d.uncouplingLevels[expected.level]);
    await expect(widget.locator('[data-testid="uncoupling-score"]')).toContainText(String(Math.round(expected.score)));
    // A mitigation block for every cause with a ticked indicator.
    for (const [cause, score] of Object.entries(expected.byCause)) {
      if (score > 0)
        await expect(widget.locator('.up-mitigation h6', { hasText: d.causes[cause as keyof typeof d.causes].name })).toBeVisible();
    }

    // Heat map: key accounts, riskiest first, as the domain orders them.
    const keyAccounts = data.portfolio.clients.filter((c) => c.keyAccount);
    const heat = uncouplingHeatmap(keyAccounts.map((c) => ({ key: c.key, checked: data.assessments[c.key]?.uncoupling?.checked ?? [] })));
    const nameOf = new Map(keyAccounts.map((c) => [c.key, c.name]));
    const table = widget.getByRole('table', { name: t.heatCaption });
    await expect(table.locator('tbody th button')).toHaveText(heat.map((r) => nameOf.get(r.key)!));
    await expect(table.locator('tbody tr').first().locator('td').first()).toContainText(String(Math.round(heat[0]!.score)));
    await table.getByRole('button', { name: new RegExp(t.heatRisk) }).click();
    await expect(table.locator('tbody th button')).toHaveText([...heat].reverse().map((r) => nameOf.get(r.key)!));
    await expect(table.locator('thead th').nth(1)).toHaveAttribute('aria-sort', 'ascending');

    await page.reload();
    const again = await open(page, locale);
    await expect(again.getByRole('checkbox', { name: d.indicators['bad-news-late'] })).toBeChecked();
    for (const id of openChecks)
      await expect(again.getByRole('checkbox', { name: d.indicators[id as keyof typeof d.indicators] })).toBeChecked();

    const results = await new AxeBuilder({ page }).include('[data-widget="uncoupling"]').withTags(AXE_TAGS).analyze();
    expect(
      results.violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
      ),
    ).toEqual([]);
    await page.evaluate(() => {
      document.documentElement.dataset['theme'] = 'dark';
    });
    const dark = await new AxeBuilder({ page }).include('[data-widget="uncoupling"]').withTags(AXE_TAGS).analyze();
    expect(
      dark.violations.map(
        (v) =>
          `dark ${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
      ),
    ).toEqual([]);
  });
}
