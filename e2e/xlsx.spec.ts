import { readFileSync } from 'node:fs';
import { formatMoney } from '../src/i18n/format.ts';
import { xlsxToCsv } from '../src/import/xlsx.ts';
import { XLSX_CSV_OPTIONS } from '../src/import/workbookFile.ts';
import { importPortfolio } from '../src/domain/index.ts';
import { runImport, runPreview } from '../src/import/importRun.ts';
import { expect, test } from './fixtures';
import { expectNoAxeViolations, nbsp, openImport, openTool } from './helpers';

const PT_XLSX = 'tests/fixtures/xlsx/excel-ptbr.xlsx';
const EN_XLSX = 'tests/fixtures/xlsx/excel-usd-1904.xlsx';

/** What the page should end with: the same conversion and import, run here. */
function expected(path: string, sheet?: number) {
  const conversion = xlsxToCsv(new Uint8Array(readFileSync(path)), sheet === undefined ? {} : { sheet });
  if (!conversion.ok) throw new Error('fixture does not convert');
  // The extra columns (margin…) the preview guesses, as the panel does.
  const preview = runPreview(conversion.csv, { ...XLSX_CSV_OPTIONS });
  const extras = preview.ok ? (preview.extras ?? {}) : {};
  const outcome = runImport({ input: conversion.csv, options: { ...XLSX_CSV_OPTIONS }, extras });
  if (!outcome.ok) throw new Error('fixture does not import');
  const biggest = [...outcome.clients].sort((a, b) => b.revenue - a.revenue)[0]!;
  return { clients: outcome.clients, rows: outcome.summary.rowCount, biggest };
}

test('pt-BR: an Excel workbook shows its sheets, previews the chosen one and imports its clients', async ({ page, problems }) => {
  void problems;
  const first = expected(PT_XLSX);
  const summary = expected(PT_XLSX, 1);
  await openTool(page, '/pt-br/tools/portfolio/', 'portfolio');
  const widget = page.locator('[data-widget="portfolio"]');
  await openImport(widget);
  await widget.getByLabel('Arquivo CSV ou pasta de trabalho do Excel (.xlsx)').setInputFiles(PT_XLSX);

  await expect(widget.getByText('Confira antes de importar')).toBeVisible();
  const picker = widget.getByLabel('Planilha (aba) da pasta de trabalho');
  await expect(picker).toHaveValue('0');
  await expect(widget.locator('[data-import-workbook]')).toContainText('planilha “Vendas”');
  await expect(widget.locator('[data-import-workbook]')).toContainText('BRL');
  // The workbook's CSV has fixed separators: no separator or encoding to choose.
  await expect(widget.getByLabel('Separador de colunas')).toHaveCount(0);
  await expect(widget.getByLabel('Nome do cliente', { exact: true })).toHaveValue('Razão social');
  await expect(widget.locator('table.import-sample tbody tr').first()).toContainText('R$ 15000');
  await expectNoAxeViolations(page, 'portfolio');

  // The other sheet, then back to the first one.
  await picker.selectOption('1');
  await expect(widget.locator('[data-import-workbook]')).toContainText('planilha “Resumo”');
  await expect(widget.getByText(`${summary.rows} linhas de dados no arquivo.`)).toBeVisible();
  await picker.selectOption('0');
  await expect(widget.getByText(`${first.rows} linhas de dados no arquivo.`)).toBeVisible();

  await widget.getByRole('button', { name: 'Importar', exact: true }).click();
  const report = widget.locator('[data-import-report]');
  await expect(report).toContainText(`${first.clients.length} clientes importados de ${first.rows} linhas`);
  // The total line is reported at its Excel row (16).
  await expect(report.getByRole('cell', { name: '16', exact: true })).toBeVisible();

  const rows = widget.locator('table.portfolio-table tbody tr');
  await expect(rows).toHaveCount(first.clients.length);
  await expect(rows.first().locator('th')).toHaveText(first.biggest.name);
  expect(nbsp(await rows.first().locator('td.num').first().innerText())).toBe(nbsp(formatMoney('pt-br', first.biggest.revenue, 'BRL', 2)));
  await expect(widget.getByText('Farmácia Central')).toBeVisible();
});

test('en: a 1904-system dollar workbook imports; an .xls gets a clear error and changes nothing', async ({ page, problems }) => {
  void problems;
  const want = expected(EN_XLSX);
  // The percent cells (0.25 shown as 25.0 %) arrive as a margin of 25.
  expect(want.clients.find((c) => c.name === 'Acme Corp')?.marginPct).toBe(25);
  await openTool(page, '/en/tools/portfolio/', 'portfolio');
  const widget = page.locator('[data-widget="portfolio"]');
  await openImport(widget);

  const ole = Buffer.alloc(1024);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
  await widget
    .getByLabel('CSV file or Excel workbook (.xlsx)')
    .setInputFiles({ name: 'old.xls', mimeType: 'application/vnd.ms-excel', buffer: ole });
  await expect(widget.getByRole('alert')).toContainText('old Excel file (.xls) or a password-protected workbook');
  await expect(widget.locator('table.portfolio-table tbody tr')).toHaveCount(0);

  await widget.getByLabel('CSV file or Excel workbook (.xlsx)').setInputFiles(EN_XLSX);
  await expect(widget.getByText('Check before importing')).toBeVisible();
  // One sheet: no picker, but the note says which sheet was read.
  await expect(widget.getByLabel('Sheet of the workbook')).toHaveCount(0);
  await expect(widget.locator('[data-import-workbook]')).toContainText('sheet “Sales”');
  await expect(widget.getByLabel('Margin %', { exact: true })).toHaveValue('Margin %');
  await widget.getByRole('button', { name: 'Import', exact: true }).click();

  const report = widget.locator('[data-import-report]');
  await expect(report).toContainText(`Imported ${want.clients.length} clients from ${want.rows} rows`);
  const rows = widget.locator('table.portfolio-table tbody tr');
  await expect(rows).toHaveCount(want.clients.length);
  await expect(rows.first().locator('th')).toHaveText(want.biggest.name);
  expect(nbsp(await rows.first().locator('td.num').first().innerText())).toBe(nbsp(formatMoney('en', want.biggest.revenue, 'USD', 2)));

  // Export as .xlsx: the workbook reads back to the same clients and revenues.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    widget.getByRole('button', { name: 'Export Excel (.xlsx)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^clients-whole-file-USD-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const exported = xlsxToCsv(new Uint8Array(readFileSync(await download.path())));
  if (!exported.ok) throw new Error(`exported workbook unreadable: ${exported.error.code}`);
  const back = importPortfolio(exported.csv, { ...XLSX_CSV_OPTIONS });
  if (!back.ok) throw new Error('exported workbook does not import');
  expect(back.clients.map((c) => [c.name, c.revenue]).sort()).toEqual(want.clients.map((c) => [c.name, c.revenue]).sort());
});
