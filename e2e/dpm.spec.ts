import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AXE_TAGS } from './helpers';
import { dpmPoints } from '../src/domain/index.ts';
import { DOMAIN_TEXTS } from '../src/i18n/domain-texts.ts';
import { formatNumber } from '../src/i18n/format.ts';

/**
 * Directional policy matrix: load the sample distributor's segments, check the chart's table against
 * the domain's `dpmPoints` for what is stored, add a segment named like a formula, remove one with
 * undo, reload (everything kept), export formula-safe CSV, axe on the filled widget.
 */
const LOCALES = ['en', 'pt-br'] as const;
type Locale = (typeof LOCALES)[number];

const TEXT = {
  en: {
    add: 'Add a segment',
    name: (n: number) => `Segment ${n}: name`,
    field: (s: string, f: string) => `${s}: ${f}`,
    revenueNow: 'Revenue now',
    a3: 'Attractiveness in 3 years',
    remove: (s: string) => `Remove “${s}”`,
    undo: 'Undo',
    export: 'Download the segments table (CSV)',
    segments: ['Restaurants', 'Hotels', 'Hospitals', 'Supermarkets', 'Schools'],
    scoreError: 'Scores go from 0 to 10',
  },
  'pt-br': {
    add: 'Adicionar segmento',
    name: (n: number) => `Segmento ${n}: nome`,
    field: (s: string, f: string) => `${s}: ${f}`,
    revenueNow: 'Faturamento atual',
    a3: 'Atratividade em 3 anos',
    remove: (s: string) => `Remover “${s}”`,
    undo: 'Desfazer',
    export: 'Baixar a tabela de segmentos (CSV)',
    segments: ['Restaurantes', 'Hotéis', 'Hospitais', 'Supermercados', 'Escolas'],
    scoreError: 'As notas vão de 0 a 10',
  },
} as const;

const storedSegments = (page: Page) =>
  page.evaluate(
    () =>
      JSON.parse(localStorage.getItem(`${sessionStorage.getItem('kam:workspace') === 'demo' ? 'kam:demo:' : 'kam:'}segments`) ?? 'null')
        ?.data ?? [],
  ) as Promise<unknown[]>;

async function open(page: Page, locale: Locale) {
  await page.goto(`/${locale}/tools/dpm/`);
  const widget = page.locator('[data-widget="dpm"]');
  await widget.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:not([ssr]) [data-widget="dpm"]')).toHaveCount(1);
  return widget;
}

async function expectTableEqualsDomain(page: Page, locale: Locale) {
  const result = dpmPoints(await storedSegments(page));
  if (!result.ok) throw new Error(result.error.message);
  const rows = await page
    .locator('[data-widget="dpm"] .chart-table tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
  const dir = DOMAIN_TEXTS[locale].dpmDirections;
  const f = (n: number) => formatNumber(locale, n, 2);
  expect(rows.map((r) => [r[0], r[4], r[5], r[6], r[7], r[10]])).toEqual(
    result.points.map((p) => [
      p.name,
      f(p.now.attractiveness),
      f(p.now.strength),
      f(p.future.attractiveness),
      f(p.future.strength),
      dir[p.direction],
    ]),
  );
  return result.points;
}

for (const locale of LOCALES) {
  test(`${locale}: DPM — sample segments, domain figures, add/remove with undo, reload, CSV, axe`, async ({ page, problems }) => {
    void problems;
    test.slow(); // long journeys on a shared 2-core machine
    const t = TEXT[locale];
    const widget = await open(page, locale);
    await widget.locator('[data-action="load-sample"]').click();
    await expect(widget.locator('tr[data-segment]')).toHaveCount(5, { timeout: 15_000 });
    const points = await expectTableEqualsDomain(page, locale);
    expect(points.map((p) => p.name)).toEqual(t.segments);
    await expect(widget.locator('.mx-points li[tabindex="0"]')).toHaveCount(5);
    await widget.locator('.chart-figure').scrollIntoViewIfNeeded();
    await expect(widget.locator('canvas')).toBeVisible();

    // A new segment named like a formula.
    await widget.getByRole('button', { name: t.add }).click();
    const name = widget.getByLabel(t.name(6), { exact: true });
    await expect(name).toBeFocused();
    await name.fill('=cmd');
    await widget.getByLabel(t.field('=cmd', t.revenueNow), { exact: true }).fill('250000');
    // An out-of-range score is refused with a message; the stored value stays.
    await widget.getByLabel(t.field('=cmd', t.a3), { exact: true }).fill('12');
    await expect(widget.getByRole('alert')).toContainText(t.scoreError);
    await widget.getByLabel(t.field('=cmd', t.a3), { exact: true }).fill('7');
    await expect.poll(async () => (await storedSegments(page)).length).toBe(6);
    await expect
      .poll(async () => (await storedSegments(page))[5])
      .toMatchObject({ name: '=cmd', revenueNow: 250000, attractivenessIn3Years: 7 });

    // Remove a segment, then undo: back in its place.
    await widget.getByRole('button', { name: t.remove(t.segments[2]) }).click();
    await expect(widget.locator('tr[data-segment]')).toHaveCount(5);
    await widget.getByRole('button', { name: t.undo }).click();
    await expect(widget.locator('tr[data-segment]')).toHaveCount(6);
    await expect(widget.locator('tr[data-segment]').nth(2).locator('input').first()).toHaveValue(t.segments[2]);

    // Reload: all kept, and the table still equals the domain.
    await page.reload();
    const again = await open(page, locale);
    await expect(again.locator('tr[data-segment]')).toHaveCount(6);
    await expect(again.getByLabel(t.name(6), { exact: true })).toHaveValue('=cmd');
    await expectTableEqualsDomain(page, locale);

    // CSV export is formula-safe.
    const [file] = await Promise.all([page.waitForEvent('download'), again.getByRole('button', { name: t.export }).click()]);
    const csv = readFileSync((await file.path())!, 'utf8');
    expect(csv).toContain(`'=cmd`);
    expect(csv).not.toMatch(/(^|[;,\n])=cmd/);
    expect(csv.split('\r\n')).toHaveLength(7);

    for (const theme of ['light', 'dark']) {
      await page.evaluate((th) => {
        document.documentElement.dataset['theme'] = th;
      }, theme);
      const axe = await new AxeBuilder({ page }).include('[data-widget="dpm"]').withTags(AXE_TAGS).analyze();
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
}
