import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AXE_TAGS } from './helpers';
import { FIGURE_STRINGS } from '../src/widgets/cost-to-serve/figureStrings.ts';
import { IMPORT_STRINGS } from '../src/widgets/cost-to-serve/importStrings.ts';

/**
 * Cost to serve in both languages: load the sample (Hospital Santa Clara at 14% after cost to serve,
 * the whale sentence), change a cost by keyboard, reload and find it, import a cost file with a bad
 * line (preview, apply, undo), axe in both themes.
 */
const LOCALES = ['en', 'pt-br'] as const;

async function storedCosts(page: Page): Promise<{ clients: Record<string, { costs: Record<string, number> }> } | null> {
  return page.evaluate(
    () =>
      JSON.parse(localStorage.getItem(`${sessionStorage.getItem('kam:workspace') === 'demo' ? 'kam:demo:' : 'kam:'}costToServe`) ?? 'null')
        ?.data ?? null,
  );
}

test.describe.configure({ timeout: 120_000 });

for (const locale of LOCALES) {
  test(`${locale}: sample figures, keyboard edit kept after reload, import with undo, axe`, async ({ page, problems }) => {
    void problems;
    const t = FIGURE_STRINGS[locale];
    await page.goto(`/${locale}/tools/cost-to-serve/`);
    const widget = page.locator('[data-widget="cost-to-serve"]');
    await widget.scrollIntoViewIfNeeded();
    await expect(page.locator('astro-island:not([ssr]) [data-widget="cost-to-serve"]')).toHaveCount(1);
    await widget.locator('[data-action="load-sample"]').click();
    await expect(widget.locator('[data-ranking]')).toBeVisible({ timeout: 30_000 });

    // The case sheet's figure: Hospital Santa Clara, 14% after cost to serve, first in profit.
    const santaClara = widget.locator('[data-ranking] tbody tr').first();
    await expect(santaClara.getByRole('rowheader')).toHaveText('Hospital Santa Clara');
    await expect(santaClara.locator('td').last()).toHaveText(locale === 'en' ? '14.0%' : '14,0%');
    await expect(widget.locator('[data-whale-sentence]')).toContainText(locale === 'en' ? '101%' : '101%');

    // Keyboard: choose Rede Boa Compra in the editor and type a delivery cost.
    const select = widget.getByRole('combobox', { name: t.client });
    await select.focus();
    await select.selectOption({ label: 'Rede Boa Compra' });
    const delivery = widget.getByRole('textbox', { name: t['type.delivery'] });
    await delivery.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('1000');
    await page.keyboard.press('Tab');
    await expect
      .poll(async () => Object.values((await storedCosts(page))?.clients ?? {}).some((c) => c.costs['delivery'] === 1000))
      .toBe(true);
    await page.reload();
    await widget.scrollIntoViewIfNeeded();
    await expect(page.locator('astro-island:not([ssr]) [data-widget="cost-to-serve"]')).toHaveCount(1);
    await expect
      .poll(async () => Object.values((await storedCosts(page))?.clients ?? {}).some((c) => c.costs['delivery'] === 1000))
      .toBe(true);

    // Import: one good line, one unknown client; preview, apply, undo.
    await widget.locator('.cts-import summary').click();
    const csv =
      locale === 'en'
        ? 'Client,Cost type,Amount\nHospital Santa Clara,returns,"1,234.50"\nNobody Inc,visits,10\n'
        : 'Cliente;Tipo de custo;Valor\nHospital Santa Clara;Devoluções;1.234,50\nNinguém Ltda;Visitas;10\n';
    await widget.locator('input[type="file"]').setInputFiles({ name: 'costs.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    const preview = widget.locator('[data-preview]');
    await expect(preview).toContainText('Hospital Santa Clara');
    await expect(preview).toContainText(locale === 'en' ? 'Line 3' : 'Linha 3');
    await preview.getByRole('button', { name: IMPORT_STRINGS[locale].apply }).click();
    await expect
      .poll(async () => Object.values((await storedCosts(page))?.clients ?? {}).some((c) => c.costs['returns'] === 1234.5))
      .toBe(true);
    await widget.getByRole('button', { name: /Undo|Desfazer/ }).click();
    await expect
      .poll(async () => Object.values((await storedCosts(page))?.clients ?? {}).some((c) => c.costs['returns'] === 1234.5))
      .toBe(false);

    for (const theme of ['light', 'dark']) {
      await page.evaluate((th) => {
        document.documentElement.dataset['theme'] = th;
      }, theme);
      const results = await new AxeBuilder({ page }).include('[data-widget="cost-to-serve"]').withTags(AXE_TAGS).analyze();
      expect(results.violations.map((v) => `${theme}: ${v.id}`)).toEqual([]);
    }
  });
}

test('print view: the ranking and the whale curve print, the editors do not', async ({ page, problems }) => {
  void problems;
  await page.goto('/en/tools/cost-to-serve/');
  const widget = page.locator('[data-widget="cost-to-serve"]');
  await widget.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:not([ssr]) [data-widget="cost-to-serve"]')).toHaveCount(1);
  await expect(widget.locator('[data-action="print"]')).toBeDisabled();
  await widget.locator('[data-action="load-sample"]').click();
  await expect(widget.locator('[data-ranking]')).toBeVisible({ timeout: 30_000 });
  await expect(widget.locator('[data-action="print"]')).toBeEnabled();
  await page.emulateMedia({ media: 'print' });
  await expect(widget.locator('[data-ranking]')).toBeVisible();
  await expect(widget.locator('[data-whale-sentence]')).toBeVisible();
  await expect(widget.locator('.cts-edit')).toBeHidden();
  await expect(widget.locator('.cts-settings')).toBeHidden();
  await expect(widget.locator('[data-action="load-sample"]')).toBeHidden();
  await expect(widget.locator('[data-action="print"]')).toBeHidden();
});

test('a print the browser refuses is said in words, with the way around it', async ({ page, problems }) => {
  void problems;
  // Some embedded and locked-down browsers throw from window.print().
  await page.addInitScript(() => {
    window.print = () => {
      throw new Error('printing is disabled');
    };
  });
  await page.goto('/pt-br/tools/cost-to-serve/');
  const widget = page.locator('[data-widget="cost-to-serve"]');
  await widget.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:not([ssr]) [data-widget="cost-to-serve"]')).toHaveCount(1);
  await widget.locator('[data-action="load-sample"]').click();
  await expect(widget.locator('[data-action="print"]')).toBeEnabled({ timeout: 30_000 });
  await widget.locator('[data-action="print"]').click();
  await expect(widget.getByRole('alert').filter({ hasText: 'imprimir' })).toHaveText(
    'Não foi possível imprimir a página (printing is disabled). Use o comando Imprimir do próprio navegador (Ctrl+P, ou ⌘P no Mac).',
  );
});
