import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AXE_TAGS } from './helpers';
import { STRINGS as VP_STRINGS } from '../src/widgets/value-proposition/strings.ts';
import { LINE_STRINGS } from '../src/widgets/dashboard/lineStrings.ts';
import { EMPTY_STRINGS } from '../src/widgets/dashboard/emptyStrings.ts';

/**
 * "My portfolio" agrees with the individual tools: the ABC classes are the Pareto calculator's,
 * the stage is the stage diagnosis's. Both languages; axe on the filled-in dashboard.
 */

async function island(page: Page, widget: string) {
  const root = page.locator(`[data-widget="${widget}"]`).first();
  await root.scrollIntoViewIfNeeded();
  await expect(page.locator(`astro-island:not([ssr]) [data-widget="${widget}"]`).first()).toBeVisible();
  return root;
}

/** Lesson 4's six key accounts (SAMPLE_COMPANY_KEY_ACCOUNTS in src/samples/sampleAccounts.ts). */
const SAMPLE_KEY_ACCOUNTS = 6;

for (const locale of ['en', 'pt-br'] as const) {
  test(`${locale}: the dashboard's figures agree with the Pareto calculator and the stage diagnosis`, async ({ page, problems }) => {
    test.setTimeout(90_000);
    void problems;
    // Empty state with load-sample.
    await page.goto(`/${locale}/dashboard/`);
    let db = await island(page, 'dashboard');
    await db.locator('[data-action="load-sample"]').click();
    // The sample company with lesson 4's six key accounts, as every sample loader picks them.
    await expect(db.locator('tbody tr[data-account]')).toHaveCount(SAMPLE_KEY_ACCOUNTS);
    const rows = SAMPLE_KEY_ACCOUNTS;
    // No value proposition yet: a line per key account saying so, linking to the tool for it.
    const propositions = db.locator('[data-value-propositions] li');
    await expect(propositions).toHaveCount(SAMPLE_KEY_ACCOUNTS);
    await expect(db.locator('[data-value-propositions] li[data-proposition="none"]')).toHaveCount(SAMPLE_KEY_ACCOUNTS);
    await expect(propositions.first()).toContainText(LINE_STRINGS[locale].propositionNone);
    await expect(propositions.first().locator(`a[href^="/${locale}/tools/value-proposition/?account="]`)).toHaveCount(1);
    const dashboardClass = new Map<string, string>();
    for (const tr of await db.locator('tbody tr[data-account]').all()) {
      dashboardClass.set(
        (
          await tr
            .locator('th')
            .first()
            .evaluate((th) => th.firstChild?.textContent ?? '')
        ).trim(),
        (await tr.locator('td[data-col="abc"]').innerText()).trim(),
      );
    }

    // Pareto calculator: the same class for each key account (its data table: rank, name, …, class).
    await page.goto(`/${locale}/tools/pareto/`);
    const pareto = await island(page, 'pareto');
    await expect(pareto.locator('.chart-table tbody tr').first()).toBeAttached();
    const paretoClass = new Map<string, string>();
    for (const tr of await pareto.locator('.chart-table tbody tr').all()) {
      const cells = (await tr.locator('th, td').allTextContents()).map((c) => c.trim());
      paretoClass.set(cells[1] ?? '', cells[cells.length - 1] ?? '');
    }
    for (const [name, cls] of dashboardClass) expect(paretoClass.get(name), name).toBe(cls);

    // Stage diagnosis: its sample diagnosis of the largest key account.
    await page.goto(`/${locale}/tools/stage-diagnosis/`);
    const sd = await island(page, 'stage-diagnosis');
    await sd.locator('[data-action="load-sample"]').click();
    await expect(sd.locator('.sd-verdict')).toBeVisible();
    const verdict = (await sd.locator('.sd-verdict strong').textContent()) ?? '';
    const diagnosed = await sd.locator('.account-picker select').inputValue();

    // Value proposition: the case sheet's (one account's, lesson 12).
    await page.goto(`/${locale}/tools/value-proposition/`);
    const vp = await island(page, 'value-proposition');
    await vp.locator('[data-action="load-sample"]').click();
    await expect(vp.getByRole('status')).toContainText(VP_STRINGS[locale].sampleReady.split('{account}')[0]!.trim());
    const withProposition = await vp.locator('.account-picker select').inputValue();

    await page.goto(`/${locale}/dashboard/`);
    db = await island(page, 'dashboard');
    await expect(db.locator('tbody tr[data-account]')).toHaveCount(rows);
    // The row of the account the sample diagnosis used shows the same stage.
    const stage = (await db.locator(`tbody tr[data-account="${diagnosed}"] td[data-col="stage"]`).textContent()) ?? '';
    expect(stage.length).toBeGreaterThan(2);
    expect(verdict).toContain(stage);
    // Its line now reads the proposition: factors and value in use (the other accounts: none yet).
    const line = db.locator(`[data-value-propositions] li[data-account="${withProposition}"]`);
    await expect(line).toHaveAttribute('data-proposition', 'some');
    await expect(line).toContainText(LINE_STRINGS[locale].propositionLine.split('{factors}')[0]!.trim());
    await expect(db.locator('[data-value-propositions] li[data-proposition="none"]')).toHaveCount(rows - 1);
    // Every account has no plan yet: a warning each, and links into the tools for that account.
    await expect(db.locator('[data-warning="no-plan"]')).toHaveCount(rows);
    const key = await db.locator('tbody tr[data-account]').first().getAttribute('data-account');
    await expect(
      db
        .locator('tbody tr[data-account]')
        .first()
        .locator(`a[href="/${locale}/tools/account-plan/?account=${encodeURIComponent(key ?? '')}"]`),
    ).toHaveCount(1);

    // Sort by name, filter.
    await db.locator('button[data-sort="name"]').click();
    await expect(db.locator('th:has(button[data-sort="name"])')).toHaveAttribute('aria-sort', 'ascending');

    for (const theme of ['light', 'dark']) {
      await page.evaluate((t) => {
        document.documentElement.dataset['theme'] = t;
      }, theme);
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(
        results.violations.map(
          (v) =>
            `${theme}: ${v.id}: ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(' | ')}`,
        ),
      ).toEqual([]);
    }

    // Print: the report header shows, the controls hide.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.db-report-head')).toBeVisible();
    await expect(page.locator('.db-filters')).toBeHidden();
  });
}

for (const locale of ['en', 'pt-br'] as const) {
  test(`${locale}: without data the empty state is whole and the dashboard's code stays unfetched; with data a reload shows the table`, async ({
    page,
    problems,
  }) => {
    void problems;
    const words = EMPTY_STRINGS[locale];
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (/\/_astro\/PortfolioDashboard\.[\w-]+\.js$/.test(request.url())) fetched.push(request.url());
    });
    await page.goto(`/${locale}/dashboard/`);
    const db = await island(page, 'dashboard');
    await expect(db.getByRole('heading', { name: words.emptyTitle })).toBeVisible();
    await expect(db.getByText(words.emptyText)).toBeVisible();
    await expect(db.locator('[data-action="load-sample"]')).toBeEnabled();
    await expect(db.getByRole('link', { name: words.portfolioLink })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(fetched).toEqual([]);

    // The sample brings clients: the dashboard's code follows, then its table.
    await db.locator('[data-action="load-sample"]').click();
    await expect(db.locator('tbody tr[data-account]')).toHaveCount(SAMPLE_KEY_ACCOUNTS);
    expect(fetched.length).toBeGreaterThan(0);

    // A returning user: the stored data, read after hydration, brings the table back.
    await page.reload();
    const again = await island(page, 'dashboard');
    await expect(again.locator('tbody tr[data-account]')).toHaveCount(SAMPLE_KEY_ACCOUNTS);
    await expect(again.locator('[data-summary]')).toBeVisible();
    await expect(again.getByRole('heading', { name: words.emptyTitle })).toHaveCount(0);
    await expect(again.getByText(words.loading)).toHaveCount(0);
  });
}
