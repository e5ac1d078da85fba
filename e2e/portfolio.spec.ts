import { readFileSync } from 'node:fs';
import { importPortfolio } from '../src/domain/index.ts';
import { formatMoney } from '../src/i18n/format.ts';
import { expect, test } from './fixtures';
import { EN_FILE, PT_FILE, expectNoAxeViolations, nbsp, openImport, openTool } from './helpers';

test('pt-BR: imports an Excel (Windows-1252, ;, decimal comma) file, survives reload, exports and re-imports the same data', async ({
  page,
  problems,
}) => {
  void problems;
  const bytes = new Uint8Array(readFileSync(PT_FILE));
  const domain = importPortfolio(bytes);
  if (!domain.ok) throw new Error('fixture does not import');
  expect(domain.encoding).toBe('windows-1252');

  await openTool(page, '/pt-br/tools/portfolio/', 'portfolio');
  const widget = page.locator('[data-widget="portfolio"]');
  await expect(widget.locator('[data-action="load-sample"]')).toBeVisible();
  await openImport(widget);
  await widget.getByLabel('Arquivo CSV').setInputFiles(PT_FILE);
  await expect(widget.getByText('Confira antes de importar')).toBeVisible();
  await expect(widget.getByLabel('Separador de colunas')).toHaveValue(';');
  await expect(widget.getByLabel('Codificação do texto')).toHaveValue('windows-1252');
  await expect(widget.getByLabel('Separador decimal dos valores')).toHaveValue(',');
  await expect(widget.getByLabel('Ordem das datas')).toHaveValue('dmy');
  await expect(widget.getByLabel('Nome do cliente', { exact: true })).toHaveValue('Razão Social');
  await widget.getByRole('button', { name: 'Importar', exact: true }).click();

  const report = widget.locator('[data-import-report]');
  await expect(report).toContainText(`${domain.clients.length} clientes importados de ${domain.rowCount} linhas`);
  // The bad amount (line 10) and the report's total line are listed with their line numbers.
  for (const issue of domain.issues)
    await expect(
      report.locator('tr', { hasText: issue.code === 'invalid-amount' ? 'O valor não é um número' : 'linha de total' }).first(),
    ).toBeVisible();
  await expect(report.getByRole('cell', { name: String(domain.issues[0]!.row), exact: true })).toBeVisible();

  const rows = widget.locator('table.portfolio-table tbody tr');
  await expect(rows).toHaveCount(domain.clients.length);
  const biggest = [...domain.clients].sort((a, b) => b.revenue - a.revenue)[0]!;
  await expect(rows.first().locator('th')).toHaveText(biggest.name);
  expect(nbsp(await rows.first().locator('td.num').first().innerText())).toBe(nbsp(formatMoney('pt-br', biggest.revenue, 'BRL', 2)));
  await expect(widget.getByText('Supermercado São João Ltda')).toBeVisible();

  // Mark one key account, then reload: everything is still there.
  await widget.getByLabel(`Cliente-chave: ${biggest.name}`).check();
  await page.reload();
  await openTool(page, '/pt-br/tools/portfolio/', 'portfolio');
  await expect(rows).toHaveCount(domain.clients.length);
  await expect(widget.getByLabel(`Cliente-chave: ${biggest.name}`)).toBeChecked();

  await expectNoAxeViolations(page, 'portfolio');

  // Export (Brazilian Excel format) and check the file.
  const [download] = await Promise.all([page.waitForEvent('download'), widget.getByRole('button', { name: 'Exportar CSV' }).click()]);
  const path = await download.path();
  const exported = readFileSync(path);
  expect([...exported.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = exported.toString('utf8');
  expect(text.split('\r\n')[0]).toBe(
    '\uFEFFCódigo;Cliente;Segmento;Faturamento;Faturamento anterior;Margem %;Primeira compra;Gestor da conta;Cliente-chave;Observações',
  );
  expect(text).toContain('Supermercado São João Ltda;Varejo;22300;');
  const reread = importPortfolio(new Uint8Array(exported));
  if (!reread.ok) throw new Error('export does not import');
  expect(reread.clients.map((c) => [c.key, c.name, c.revenue]).sort()).toEqual(
    domain.clients.map((c) => [c.key, c.name, c.revenue]).sort(),
  );

  // Delete everything (with undo available), then re-import the exported file.
  await widget.getByLabel('Selecionar todos os clientes desta página').check();
  await widget.getByRole('button', { name: 'Excluir selecionados' }).click();
  await expect(widget.locator('[data-action="load-sample"]')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Desfazer' })).toBeVisible();
  await openImport(widget);
  await widget.getByLabel('Arquivo CSV').setInputFiles({ name: download.suggestedFilename(), mimeType: 'text/csv', buffer: exported });
  await widget.getByRole('button', { name: 'Importar', exact: true }).click();
  await expect(rows).toHaveCount(domain.clients.length);
  await expect(widget.getByLabel(`Cliente-chave: ${biggest.name}`)).toBeChecked();
  await expect(widget.getByLabel(`Cliente-chave: ${domain.clients[1]!.name}`)).not.toBeChecked();
});

test('en: pastes/imports an English file, filters, sorts, deletes with undo, exports with , and a decimal point', async ({
  page,
  problems,
}) => {
  void problems;
  const domain = importPortfolio(readFileSync(EN_FILE, 'utf8'));
  if (!domain.ok) throw new Error('fixture does not import');
  await openTool(page, '/en/tools/portfolio/', 'portfolio');
  const widget = page.locator('[data-widget="portfolio"]');
  await openImport(widget);
  await widget.getByLabel('CSV file').setInputFiles(EN_FILE);
  await expect(widget.getByLabel('Column separator')).toHaveValue(',');
  await expect(widget.getByLabel('Decimal separator in amounts')).toHaveValue('.');
  await expect(widget.getByLabel('Date order')).toHaveValue('mdy');
  await widget.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(widget.locator('[data-import-report]')).toContainText(
    `Imported ${domain.clients.length} clients from ${domain.rowCount} rows.`,
  );
  await expect(widget.locator('[data-import-report]')).toContainText('The row has no amount; skipped.');
  const rows = widget.locator('table.portfolio-table tbody tr');
  await expect(rows).toHaveCount(domain.clients.length);
  for (const c of domain.clients) {
    const row = widget.locator(`tr[data-key="${c.key}"]`);
    expect(nbsp(await row.locator('td.num').first().innerText())).toBe(nbsp(formatMoney('en', c.revenue, 'USD', 2)));
  }

  // Sort by name (keyboard), filter by segment.
  const sortName = widget.getByRole('button', { name: 'Sort by Name' });
  await sortName.focus();
  await page.keyboard.press('Enter');
  await expect(widget.locator('th[aria-sort="ascending"]')).toContainText('Name');
  await expect(rows.first().locator('th')).toHaveText([...domain.clients].map((c) => c.name).sort()[0]!);
  await widget.getByLabel('Segment', { exact: true }).first().selectOption('Food service');
  await expect(rows).toHaveCount(domain.clients.filter((c) => c.segment === 'Food service').length);
  await widget.getByLabel('Segment', { exact: true }).first().selectOption('');

  // Delete with undo.
  await widget.getByRole('button', { name: 'Delete Northwind Traders' }).click();
  await expect(rows).toHaveCount(domain.clients.length - 1);
  await widget.getByRole('button', { name: 'Undo' }).click();
  await expect(rows).toHaveCount(domain.clients.length);

  await expectNoAxeViolations(page, 'portfolio');

  await widget.getByLabel('CSV format').selectOption('en');
  const [download] = await Promise.all([page.waitForEvent('download'), widget.getByRole('button', { name: 'Export CSV' }).click()]);
  const text = readFileSync(await download.path(), 'utf8');
  expect(text.charCodeAt(0)).not.toBe(0xfeff);
  expect(text.split('\r\n')[0]).toBe(
    'Client code,Client,Segment,Revenue,Previous revenue,Margin %,First purchase,Account manager,Key account,Notes',
  );
  expect(text).toContain('C-01,Northwind Traders,Wholesale,24100,,,2024-01-05,,No,');
  expect(text).toContain('C-02,Blue Harbor Cafe,Food service,3540.5,');
});

test('load sample company in one click', async ({ page, problems }) => {
  void problems;
  test.slow();
  await openTool(page, '/en/tools/portfolio/', 'portfolio');
  const widget = page.locator('[data-widget="portfolio"]');
  await widget.locator('[data-action="load-sample"]').click();
  await expect(widget.locator('table.portfolio-table tbody tr').first()).toBeVisible();
  await expect(widget.locator('[data-summary]')).toContainText('clients');
  await expectNoAxeViolations(page, 'portfolio');
});

test('en: a large file (> 2 MB) imports in a Web Worker with a progress bar and Cancel', async ({ page, problems }) => {
  void problems;
  test.slow();
  const lines = ['Order Date,Customer ID,Customer Name,Amount'];
  for (let i = 0; i < 300_000; i++) lines.push(`${(i % 12) + 1}/${(i % 28) + 1}/2024,C${i % 3000},Customer ${i % 3000},${(i % 500) + 0.5}`);
  const buffer = Buffer.from(lines.join('\n'));
  expect(buffer.length).toBeGreaterThan(2 * 1024 * 1024);
  const domain = importPortfolio(new Uint8Array(buffer), { includeLines: false });
  if (!domain.ok) throw new Error('big file');

  await openTool(page, '/en/tools/portfolio/', 'portfolio');
  const widget = page.locator('[data-widget="portfolio"]');
  await openImport(widget);
  await widget.getByLabel('CSV file').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer });
  await expect(widget.getByText('Check before importing')).toBeVisible({ timeout: 30_000 });
  await expect(widget.getByText('300,000 data rows in the file.', { exact: false })).toBeVisible();

  await widget.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(widget.locator('progress')).toBeVisible();
  await widget.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(widget.getByText('Import cancelled. Nothing was changed.')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('kam:portfolio'))).toBeNull();

  await widget.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(widget.locator('[data-import-report]')).toContainText(
    `Imported ${domain.clients.length.toLocaleString('en')} clients from ${domain.rowCount.toLocaleString('en')} rows.`,
    { timeout: 60_000 },
  );
  await expect(widget.locator('table.portfolio-table tbody tr')).toHaveCount(50);
  await expect(widget.getByText(`Page 1 of ${Math.ceil(domain.clients.length / 50)}`)).toBeVisible();
  await widget.getByRole('button', { name: 'Next page' }).click();
  await expect(widget.getByText(`Page 2 of ${Math.ceil(domain.clients.length / 50)}`)).toBeVisible();
});

for (const width of [390, 1280]) {
  test(`pt-BR at ${width} px: the import preview's settings never overlap, and the automatic column mapping is folded away`, async ({
    page,
    problems,
  }) => {
    void problems;
    await page.setViewportSize({ width, height: 900 });
    await openTool(page, '/pt-br/tools/portfolio/', 'portfolio');
    const widget = page.locator('[data-widget="portfolio"]');
    await openImport(widget);
    await widget.getByLabel('Arquivo CSV').setInputFiles(PT_FILE);
    await expect(widget.getByText('Confira antes de importar')).toBeVisible();

    const boxes = await widget.locator('[data-import-settings] > .import-field').evaluateAll((fields) =>
      fields.map((f) => {
        const field = f.getBoundingClientRect();
        const select = f.querySelector('select')!.getBoundingClientRect();
        return {
          left: field.left,
          right: field.right,
          top: field.top,
          bottom: field.bottom,
          selectLeft: select.left,
          selectRight: select.right,
        };
      }),
    );
    expect(boxes.length).toBe(5);
    for (const [i, a] of boxes.entries()) {
      // Each select stays inside its own field, and the field inside the viewport…
      expect(a.selectLeft).toBeGreaterThanOrEqual(a.left - 0.5);
      expect(a.selectRight).toBeLessThanOrEqual(a.right + 0.5);
      expect(a.right).toBeLessThanOrEqual(width);
      // …and no two fields share any area.
      for (const b of boxes.slice(i + 1)) {
        const overlap =
          Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
        expect(overlap).toBe(false);
      }
    }

    const mapping = widget.locator('details[data-mapping]');
    await expect(mapping).toHaveAttribute('data-mapping', 'automatic');
    await expect(widget.getByLabel('Nome do cliente', { exact: true })).toBeHidden();
    await mapping.locator('summary').click();
    await expect(widget.getByLabel('Nome do cliente', { exact: true })).toBeVisible();
  });
}
