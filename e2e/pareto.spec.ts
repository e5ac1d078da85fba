import { readFileSync } from 'node:fs';
import { importPortfolio, paretoAnalysis, paretoConcentration } from '../src/domain/index.ts';
import { formatPercent } from '../src/i18n/format.ts';
import { expect, test } from './fixtures';
import { EN_FILE, PT_FILE, expectNoAxeViolations, nbsp, openTool } from './helpers';

test('pt-BR: the imported portfolio’s 80/20 picture equals the domain, class A marked as key-account candidates with undo, kept after reload, one chosen in the portfolio', async ({
  page,
  problems,
}) => {
  void problems;
  const imported = importPortfolio(new Uint8Array(readFileSync(PT_FILE)));
  if (!imported.ok) throw new Error('fixture');
  const result = paretoAnalysis(imported.clients);
  const conc = paretoConcentration(result);

  await openTool(page, '/pt-br/tools/portfolio/', 'portfolio');
  const portfolio = page.locator('[data-widget="portfolio"]');
  await portfolio.locator('[data-action="open-import"]').click();
  await portfolio.getByLabel('Arquivo CSV').setInputFiles(PT_FILE);
  await portfolio.getByRole('button', { name: 'Importar', exact: true }).click();
  await expect(portfolio.locator('[data-import-report]')).toBeVisible();

  await openTool(page, '/pt-br/tools/pareto/', 'pareto');
  const widget = page.locator('[data-widget="pareto"]');
  const n = result.ranked.length;
  await expect(widget.locator('[data-sentence="top20"]')).toHaveText(
    nbsp(
      `Seus 20% maiores clientes (${Math.ceil(n * 0.2)} de ${n}) respondem por ${formatPercent('pt-br', result.top20Share)} do faturamento.`,
    ),
    { useInnerText: true },
  );
  expect(nbsp(await widget.locator('[data-sentence="for80"]').innerText())).toBe(
    nbsp(
      `${conc.clientsFor80} clientes (${formatPercent('pt-br', conc.shareOfClientsFor80)} dos seus clientes) respondem por 80% do faturamento.`,
    ),
  );
  expect(nbsp(await widget.locator('[data-sentence="largest"]').innerText())).toContain(nbsp(formatPercent('pt-br', conc.largestShare)));
  for (const c of ['A', 'B', 'C'] as const)
    await expect(widget.locator(`[data-class="${c}"] td`).first()).toHaveText(String(result.counts[c]));
  // The client with a negative net revenue is listed apart.
  for (const e of result.excluded) await expect(widget.locator('.pareto-excluded')).toContainText(e.name);
  await expect(widget.locator('canvas')).toBeVisible();

  await widget.getByRole('button', { name: 'Marcar a classe A como candidatos…' }).click();
  const classA = result.ranked.filter((r) => r.class === 'A');
  await expect(widget.locator('[data-mark-preview] li')).toHaveCount(classA.length);
  await expectNoAxeViolations(page, 'pareto');
  await widget.getByRole('button', { name: 'Marcar', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Desfazer' })).toBeVisible();
  await page.getByRole('button', { name: 'Desfazer' }).click();
  await widget.getByRole('button', { name: 'Marcar a classe A como candidatos…' }).click();
  await widget.getByRole('button', { name: 'Marcar', exact: true }).click();
  await expect(page.getByText(/clientes marcados como candidatos — o tamanho, sozinho, não faz um cliente-chave/)).toBeVisible();

  await page.reload();
  await openTool(page, '/pt-br/tools/portfolio/', 'portfolio');
  // Candidates, not key accounts: the user chooses.
  for (const r of classA) {
    await expect(portfolio.getByLabel(`Cliente-chave: ${r.name}`)).not.toBeChecked();
    await expect(portfolio.getByRole('button', { name: `Escolher ${r.name} como cliente-chave` })).toBeVisible();
  }
  await portfolio.getByRole('button', { name: `Escolher ${classA[0]!.name} como cliente-chave` }).click();
  await expect(portfolio.getByLabel(`Cliente-chave: ${classA[0]!.name}`)).toBeChecked();
});

test('en: analyses a file without saving it; thresholds change the classes', async ({ page, problems }) => {
  void problems;
  const imported = importPortfolio(readFileSync(EN_FILE, 'utf8'));
  if (!imported.ok) throw new Error('fixture');
  await openTool(page, '/en/tools/pareto/', 'pareto');
  const widget = page.locator('[data-widget="pareto"]');
  await expect(widget.locator('[data-action="load-sample"]')).toBeVisible();
  await widget.getByLabel('A file, without saving it').check();
  await widget.getByLabel('CSV file').setInputFiles(EN_FILE);
  await widget.getByRole('button', { name: 'Analyse this file' }).click();
  const result = paretoAnalysis(imported.clients);
  const n = result.ranked.length;
  await expect(widget.locator('[data-sentence="top20"]')).toHaveText(
    `Your top 20% of clients (${Math.ceil(n * 0.2)} of ${n}) account for ${formatPercent('en', result.top20Share)} of revenue.`,
  );
  await widget.getByLabel('Class A up to (% of revenue)').fill('60');
  const r60 = paretoAnalysis(imported.clients, { a: 0.6, b: 0.95 });
  await expect(widget.locator('[data-class="A"] td').first()).toHaveText(String(r60.counts.A));
  await expect(widget.locator('[data-rule]')).toContainText('reach 60%');
  await expectNoAxeViolations(page, 'pareto');
  // Nothing was saved.
  expect(await page.evaluate(() => localStorage.getItem('kam:portfolio'))).toBeNull();
});

test('pt-BR: load sample company in one click, then the curve for many clients', async ({ page, problems }) => {
  void problems;
  test.slow();
  await openTool(page, '/pt-br/tools/pareto/', 'pareto');
  const widget = page.locator('[data-widget="pareto"]');
  await widget.locator('[data-action="load-sample"]').click();
  await expect(widget.locator('[data-sentence="top20"]')).toBeVisible();
  await expect(widget.locator('canvas')).toBeVisible();
  await expectNoAxeViolations(page, 'pareto');
});
