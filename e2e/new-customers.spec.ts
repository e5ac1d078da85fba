import { readFileSync } from 'node:fs';
import { compareCampaign, importPortfolio, newCustomerSales } from '../src/domain/index.ts';
import { linesFromMonthly, monthlyFromLines } from '../src/domain/portfolioExtras.ts';
import { formatMoney, formatPercent } from '../src/i18n/format.ts';
import { expect, test } from './fixtures';
import { EN_FILE, PT_FILE, expectNoAxeViolations, nbsp, openTool } from './helpers';

test('en: a transaction file analysed without saving: periods and the campaign sentence equal the domain', async ({ page, problems }) => {
  void problems;
  const imported = importPortfolio(readFileSync(EN_FILE, 'utf8'), { includeLines: true });
  if (!imported.ok || !imported.lines) throw new Error('fixture');
  await openTool(page, '/en/tools/new-customers/', 'new-customers');
  const widget = page.locator('[data-widget="new-customers"]');
  await expect(widget.locator('[data-action="load-sample"]')).toBeVisible();
  await widget.getByLabel('A transaction file, without saving it').check();
  await widget.getByLabel('CSV file').setInputFiles(EN_FILE);
  await widget.getByRole('button', { name: 'Analyse this file' }).click();

  const rows = newCustomerSales(imported.lines, { period: 'month' });
  const last = rows[rows.length - 1]!;
  expect(nbsp(await widget.locator('[data-sentence="latest"]').innerText())).toContain(
    nbsp(
      `new customers brought ${formatMoney('en', last.fromNew, 'USD')}, ${formatPercent('en', last.share, 1)} of sales (new customers: ${last.newCustomers})`,
    ),
  );
  await widget.getByLabel('Group by').selectOption('quarter');
  const quarters = newCustomerSales(imported.lines, { period: 'quarter' });
  await expect(widget.locator('.chart-table tbody tr')).toHaveCount(quarters.length);

  await widget.getByLabel('Campaign start').fill('2024-02-15');
  await widget.getByLabel('Campaign end').fill('2024-03-31');
  const c = compareCampaign(imported.lines, { start: '2024-02-15', end: '2024-03-31' });
  const sentence = nbsp(await widget.locator('[data-sentence="campaign"]').innerText());
  expect(sentence).toContain(`${c.days} days)`);
  expect(sentence).toContain(
    nbsp(`new customers brought ${formatMoney('en', c.during.fromNew, 'USD')}, ${formatPercent('en', c.during.share, 1)} of sales`),
  );
  expect(sentence).toContain(`against ${nbsp(formatPercent('en', c.before.share, 1))} in the same length of time before it`);
  await expectNoAxeViolations(page, 'new-customers');
  expect(await page.evaluate(() => localStorage.getItem('kam:portfolio'))).toBeNull();
});

test('pt-BR: from the portfolio’s monthly sales after importing an Excel file, kept after reload', async ({ page, problems }) => {
  void problems;
  const imported = importPortfolio(new Uint8Array(readFileSync(PT_FILE)), { includeLines: true });
  if (!imported.ok || !imported.lines) throw new Error('fixture');
  await openTool(page, '/pt-br/tools/portfolio/', 'portfolio');
  const portfolio = page.locator('[data-widget="portfolio"]');
  await portfolio.locator('[data-action="open-import"]').click();
  await portfolio.getByLabel('Arquivo CSV').setInputFiles(PT_FILE);
  await portfolio.getByRole('button', { name: 'Importar', exact: true }).click();
  await expect(portfolio.locator('[data-import-report]')).toBeVisible();

  await page.goto('/pt-br/tools/new-customers/');
  await page.reload();
  await openTool(page, '/pt-br/tools/new-customers/', 'new-customers');
  const widget = page.locator('[data-widget="new-customers"]');
  const lines = linesFromMonthly(monthlyFromLines(imported.lines));
  const rows = newCustomerSales(lines, { period: 'month' });
  const last = rows[rows.length - 1]!;
  expect(nbsp(await widget.locator('[data-sentence="latest"]').innerText())).toContain(
    nbsp(`os novos clientes trouxeram ${formatMoney('pt-br', last.fromNew, 'BRL')}, ${formatPercent('pt-br', last.share, 1)} das vendas`),
  );
  await expect(widget.locator('.chart-table tbody tr')).toHaveCount(rows.length);
  await widget.getByLabel('Início da campanha').fill('2024-03-01');
  await widget.getByLabel('Fim da campanha').fill('2024-03-31');
  const c = compareCampaign(lines, { start: '2024-03-01', end: '2024-03-31' });
  expect(nbsp(await widget.locator('[data-sentence="campaign"]').innerText())).toContain(
    nbsp(
      `os novos clientes trouxeram ${formatMoney('pt-br', c.during.fromNew, 'BRL')}, ${formatPercent('pt-br', c.during.share, 1)} das vendas`,
    ),
  );
  await expectNoAxeViolations(page, 'new-customers');
});

test('pt-BR: load sample company in one click', async ({ page, problems }) => {
  void problems;
  test.slow();
  await openTool(page, '/pt-br/tools/new-customers/', 'new-customers');
  const widget = page.locator('[data-widget="new-customers"]');
  await widget.locator('[data-action="load-sample"]').click();
  await expect(widget.locator('[data-sentence="latest"]')).toBeVisible();
  await expectNoAxeViolations(page, 'new-customers');
});
