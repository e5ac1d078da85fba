import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AXE_TAGS } from './helpers';
import { assessFitCost } from '../src/domain/index.ts';
import { DOMAIN_TEXTS } from '../src/i18n/domain-texts.ts';
import { formatNumber } from '../src/i18n/format.ts';
import { SCHEMA_VERSION } from '../src/state/migrations.ts';
import { defaultSettings } from '../src/state/schemas.ts';

/**
 * Business fit vs implementation cost: load the sample, check the chart's table and the recommended
 * list against the domain for what is stored, lower the team's capacity until the warning shows,
 * reload (capacity and scores kept), export formula-safe CSV, axe on the filled widget.
 */
const LOCALES = ['en', 'pt-br'] as const;
type Locale = (typeof LOCALES)[number];

const TEXT = {
  en: {
    capacity: 'Key accounts your team can manage',
    fit: (c: string) => `${c}: business fit (0 to 10)`,
    cost: (c: string) => `${c}: implementation cost (0 to 10)`,
    export: 'Download the candidates table (CSV)',
  },
  'pt-br': {
    capacity: 'Clientes-chave que a equipe consegue gerenciar',
    fit: (c: string) => `${c}: adequação ao negócio (0 a 10)`,
    cost: (c: string) => `${c}: custo de implementação (0 a 10)`,
    export: 'Baixar a tabela de candidatos (CSV)',
  },
} as const;

type Stored = {
  assessments: Record<string, { fitCost: { fit: number; cost: number } | null }>;
  portfolio: { clients: { key: string; name: string; revenue: number; keyAccount: boolean }[] };
  settings: { keyAccountCapacity: number } | undefined;
};

async function stored(page: Page): Promise<Stored> {
  return page.evaluate(() => {
    const read = (name: string) =>
      JSON.parse(localStorage.getItem(`${sessionStorage.getItem('kam:workspace') === 'demo' ? 'kam:demo:' : 'kam:'}${name}`) ?? 'null')
        ?.data;
    return { assessments: read('assessments') ?? {}, portfolio: read('portfolio'), settings: read('settings') };
  });
}

async function open(page: Page, locale: Locale) {
  await page.goto(`/${locale}/tools/fit-cost/`);
  const widget = page.locator('[data-widget="fit-cost"]');
  await widget.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:not([ssr]) [data-widget="fit-cost"]')).toHaveCount(1);
  return widget;
}

function domainResult(data: Stored) {
  const candidates = data.portfolio.clients.flatMap((c) => {
    const fc = data.assessments[c.key]?.fitCost;
    return fc ? [{ key: c.key, ...fc }] : [];
  });
  return assessFitCost({ candidates, capacity: (data.settings ?? defaultSettings()).keyAccountCapacity });
}

for (const locale of LOCALES) {
  test(`${locale}: fit vs cost — sample, domain figures, capacity warning, reload, axe`, async ({ page, problems }) => {
    void problems;
    test.slow(); // long journeys on a shared 2-core machine
    const t = TEXT[locale];
    const widget = await open(page, locale);
    await widget.locator('[data-action="load-sample"]').click();
    await expect(widget.locator('[data-list="recommended"] li').first()).toBeVisible({ timeout: 15_000 });

    const data = await stored(page);
    const result = domainResult(data);
    const name = new Map(data.portfolio.clients.map((c) => [c.key, c.name]));
    expect(result.points.length).toBeGreaterThan(5);
    // The recommended list is the domain's, in its order.
    await expect(widget.locator('[data-list="recommended"] li')).toHaveCount(result.recommended.length);
    const shown = await widget
      .locator('[data-list="recommended"] li')
      .evaluateAll((lis) => lis.map((li) => li.firstChild?.textContent ?? ''));
    expect(shown).toEqual(result.recommended.map((k) => name.get(k)));
    // The chart's table holds every scored candidate with the domain's zone.
    const rows = await widget
      .locator('.chart-table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].slice(0, 4).map((c) => c.textContent ?? '')));
    const zones = DOMAIN_TEXTS[locale].fitCostZones;
    expect([...rows].sort()).toEqual(
      result.points
        .map((p) => [name.get(p.key)!, formatNumber(locale, p.fit, 2), formatNumber(locale, p.cost, 2), zones[p.zone].name])
        .sort(),
    );
    await expect(widget.locator('.mx-points li[tabindex="0"]')).toHaveCount(result.points.length);

    // Capacity below the recommended list → the warning; saved in settings.
    const capacity = widget.getByLabel(t.capacity);
    const smaller = Math.max(0, result.recommended.length - 1);
    await capacity.fill(String(smaller));
    await expect(widget.locator('[data-warning="over-capacity"]')).toBeVisible();
    await expect(widget.locator('[data-list="recommended"] li.over')).toHaveCount(result.recommended.length - smaller);
    await expect.poll(async () => (await stored(page)).settings?.keyAccountCapacity).toBe(smaller);

    // Re-score one candidate by keyboard.
    const firstKey = await widget.locator('tbody tr[data-client]').first().getAttribute('data-client');
    const firstName = name.get(firstKey!)!;
    await widget.getByLabel(t.fit(firstName), { exact: true }).fill('9');
    await widget.getByLabel(t.cost(firstName), { exact: true }).fill('1');
    await expect.poll(async () => (await stored(page)).assessments[firstKey!]?.fitCost).toEqual({ fit: 9, cost: 1 });

    await page.reload();
    const again = await open(page, locale);
    await expect(again.getByLabel(t.capacity)).toHaveValue(String(smaller));
    await expect(again.locator('[data-warning="over-capacity"]')).toBeVisible();
    await expect(again.getByLabel(t.fit(firstName), { exact: true })).toHaveValue('9');
    const after = domainResult(await stored(page));
    expect(after.recommended[0]).toBe(firstKey);
    await expect(again.locator('[data-list="recommended"] li').first()).toContainText(firstName);

    for (const theme of ['light', 'dark']) {
      await page.evaluate((th) => {
        document.documentElement.dataset['theme'] = th;
      }, theme);
      const axe = await new AxeBuilder({ page }).include('[data-widget="fit-cost"]').withTags(AXE_TAGS).analyze();
      expect(
        axe.violations.map(
          (v) =>
            `${theme}: ${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(' | ')}`,
        ),
      ).toEqual([]);
    }
  });

  test(`${locale}: fit vs cost — CSV export is formula-safe`, async ({ page, problems }) => {
    void problems;
    test.slow(); // long journeys on a shared 2-core machine
    const t = TEXT[locale];
    await page.goto(`/${locale}/`);
    await page.evaluate((version) => {
      const clients = [
        { key: 'f1', name: '=cmd|calc', revenue: 5000, keyAccount: true },
        { key: 'f2', name: '@SUM(A1:A9)', revenue: 3000, keyAccount: false },
        { key: 'f3', name: 'Plain Ltd', revenue: -200, keyAccount: false },
      ];
      localStorage.setItem(
        'kam:portfolio',
        JSON.stringify({ schemaVersion: version, savedAt: new Date().toISOString(), rev: 1, data: { clients, monthlySales: [] } }),
      );
    }, SCHEMA_VERSION);
    const widget = await open(page, locale);
    await widget.getByLabel(t.fit('=cmd|calc'), { exact: true }).fill('8');
    await widget.getByLabel(t.cost('=cmd|calc'), { exact: true }).fill('2');
    const [file] = await Promise.all([page.waitForEvent('download'), widget.getByRole('button', { name: t.export }).click()]);
    const csv = readFileSync((await file.path())!, 'utf8');
    expect(csv).toContain(`'=cmd|calc`);
    expect(csv).toContain(`'@SUM(A1:A9)`);
    expect(csv).not.toMatch(/(^|[;,\n])[=@]/);
    // Negative revenue stays a number, not neutralised text (default format: pt-BR, `;`).
    expect(csv).toMatch(/Plain Ltd;[^;]*;-200;/);
  });
}
