/**
 * Right answers on a user's own data, as a user gets them: a three-year ERP file is analysed whole
 * until the user picks a period, the period and total stand beside the figures in every tool, a
 * dollar file never shows reais, and replacing a portfolio asks first and can be undone.
 * References: tests/fixtures/csv/*.reference.json (integer cents, written by the fixture generator).
 */
import { readFileSync } from 'node:fs';
import { formatMoney, formatNumber, formatPercent } from '../src/i18n/format.ts';
import { expect, test } from './fixtures';
import { nbsp, openImport, openTool } from './helpers';

const ERP = 'tests/fixtures/csv/erp-multiyear-ptbr-cp1252.csv';
const ERP_REF = JSON.parse(readFileSync('tests/fixtures/csv/erp-multiyear-ptbr-cp1252.reference.json', 'utf8'));
const USD = 'tests/fixtures/csv/us-retailer-orders.csv';
const USD_REF = JSON.parse(readFileSync('tests/fixtures/csv/us-retailer-orders.reference.json', 'utf8'));

test('pt-BR: a three-year ERP file is analysed whole; the period the user picks is shown with its total in every tool', async ({
  page,
  problems,
}) => {
  void problems;
  await openTool(page, '/pt-br/tools/portfolio/', 'portfolio');
  const widget = page.locator('[data-widget="portfolio"]');
  await openImport(widget);
  await widget.getByLabel('Arquivo CSV').setInputFiles(ERP);
  await expect(widget.getByText('Confira antes de importar')).toBeVisible();
  await expect(widget.locator('[data-currency-note]')).toHaveText('Moeda encontrada nos valores: BRL.');
  await widget.getByRole('button', { name: 'Importar', exact: true }).click();
  await expect(widget.locator('[data-import-report]')).toContainText(
    `${ERP_REF.clients} clientes importados de ${formatNumber('pt-br', ERP_REF.rows)} linhas`,
  );

  const money = (cents: number) => nbsp(formatMoney('pt-br', cents / 100, 'BRL', 2));
  const summary = widget.locator('[data-period-summary]');
  await expect(summary).toContainText('Arquivo inteiro');
  expect(nbsp(await summary.innerText())).toContain(
    `faturamento total de ${money(ERP_REF.whole.netCents)}, de ${ERP_REF.whole.clientsWithSales} clientes`,
  );

  // The Pareto tool says the same, then the user picks the last 12 months there.
  await openTool(page, '/pt-br/tools/pareto/', 'pareto');
  const pareto = page.locator('[data-widget="pareto"]');
  await expect(pareto.locator('[data-period-summary]')).toContainText('Arquivo inteiro');
  await expect(pareto.locator('[data-sentence="top20"]')).toContainText(formatPercent('pt-br', ERP_REF.whole.top20Share));
  expect(nbsp(await pareto.locator('[data-pareto-basis]').innerText())).toContain(money(ERP_REF.whole.totalCents));
  await pareto.locator('[data-period-select]').selectOption('last12');
  await expect(pareto.locator('[data-period-summary]')).toContainText('Últimos 12 meses');
  await expect(pareto.locator('[data-sentence="top20"]')).toContainText(formatPercent('pt-br', ERP_REF.last12.top20Share));
  expect(nbsp(await pareto.locator('[data-pareto-basis]').innerText())).toContain(money(ERP_REF.last12.totalCents));
  const left = ERP_REF.whole.clientsWithSales - ERP_REF.last12.clientsWithSales;
  await expect(pareto.locator('[data-period-no-sales]')).toContainText(`${left} clientes não compraram neste período`);
  // Nobody is described as having returns larger than sales for not buying.
  await expect(pareto.getByText('devoluções maiores que as vendas')).toHaveCount(0);

  // The choice is the portfolio's: the dashboard and a reload keep it.
  await page.reload();
  await openTool(page, '/pt-br/tools/pareto/', 'pareto');
  await expect(pareto.locator('[data-period-summary]')).toContainText('Últimos 12 meses');
  await openTool(page, '/pt-br/tools/portfolio/', 'portfolio');
  await expect(widget.locator('[data-period-summary]')).toContainText('Últimos 12 meses');
  expect(nbsp(await widget.locator('[data-period-summary]').innerText())).toContain(money(ERP_REF.last12.netCents));

  // On a phone the period bar (long month names in its list) does not push the page sideways. My
  // data fetches its bar once it sees clients: it shows the same chosen period.
  await page.setViewportSize({ width: 390, height: 800 });
  for (const [path, name] of [
    ['/pt-br/tools/portfolio/', 'portfolio'],
    ['/pt-br/tools/pareto/', 'pareto'],
    ['/pt-br/dashboard/', 'dashboard'],
    ['/pt-br/my-data/', 'my-data'],
  ] as const) {
    await openTool(page, path, name);
    await expect(page.locator('[data-period-bar]')).toBeVisible();
    await expect(page.locator('[data-period-summary]')).toContainText('Últimos 12 meses');
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
  }
});

test('en and pt-BR: a dollar file never shows reais', async ({ page, problems }) => {
  void problems;
  await openTool(page, '/pt-br/tools/portfolio/', 'portfolio');
  const widget = page.locator('[data-widget="portfolio"]');
  await openImport(widget);
  await widget.getByLabel('Arquivo CSV').setInputFiles(USD);
  await expect(widget.locator('[data-currency-note]')).toHaveText('Moeda encontrada nos valores: USD.');
  await widget.getByRole('button', { name: 'Importar', exact: true }).click();
  await expect(widget.locator('[data-import-report]')).toBeVisible();
  await expect(widget.locator('[data-period-summary]')).toContainText('US$');
  for (const path of ['/pt-br/tools/portfolio/', '/pt-br/tools/pareto/', '/pt-br/dashboard/', '/en/tools/pareto/']) {
    const name = path.includes('pareto') ? 'pareto' : path.includes('dashboard') ? 'dashboard' : 'portfolio';
    await openTool(page, path, name);
    await expect(page.locator(`[data-widget="${name}"] [data-period-summary]`)).toBeVisible();
    expect(await page.locator(`[data-widget="${name}"]`).innerText(), path).not.toContain('R$');
  }
  const pareto = page.locator('[data-widget="pareto"]');
  await expect(pareto.locator('[data-sentence="top20"]')).toContainText(formatPercent('en', USD_REF.whole.top20Share));
  expect(nbsp(await pareto.locator('[data-pareto-basis]').innerText())).toContain(
    nbsp(formatMoney('en', USD_REF.whole.totalCents / 100, 'USD', 2)),
  );
});

test('en: replacing a portfolio that has clients asks first, and Undo brings it back exactly', async ({ page, problems }) => {
  void problems;
  await openTool(page, '/en/tools/portfolio/', 'portfolio');
  const widget = page.locator('[data-widget="portfolio"]');
  // The user's own portfolio first (an import, not the sample: samples live in the demo workspace).
  await openImport(widget);
  await widget.getByLabel('CSV file').setInputFiles(ERP);
  await widget.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(widget.locator('[data-period-summary]')).toBeVisible();
  const before = await page.evaluate(() => localStorage.getItem('kam:portfolio'));
  expect(before).not.toBeNull();
  await widget.getByRole('button', { name: 'Choose another file' }).click();
  await widget.getByLabel('CSV file').setInputFiles(USD);
  await widget.getByRole('button', { name: 'Import', exact: true }).click();
  const confirm = widget.getByRole('alertdialog');
  await expect(confirm).toContainText('Replace your portfolio?');
  expect(await page.evaluate(() => localStorage.getItem('kam:portfolio'))).toBe(before);
  await confirm.getByRole('button', { name: /^Replace my \d+ clients$/ }).click();
  await expect(widget.locator('[data-import-report]')).toBeVisible();
  await widget.getByRole('button', { name: 'Undo' }).click();
  await expect(widget.getByText('Undone: your previous portfolio is back.')).toBeVisible();
  const after = JSON.parse((await page.evaluate(() => localStorage.getItem('kam:portfolio')))!);
  expect(after.data).toEqual(JSON.parse(before!).data);
});
