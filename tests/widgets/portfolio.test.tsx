// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { freshStorage } from '../state/helpers.ts';
import { $portfolio, replacePortfolio } from '../../src/state/index.ts';
import { importPortfolio, toCsv } from '../../src/domain/index.ts';
import Portfolio from '../../src/widgets/portfolio/Portfolio.tsx';
import { exportRows } from '../../src/widgets/portfolio/exportRows.ts';

const PASTE = [
  'Código;Cliente;Segmento;Faturamento',
  'C1;Mercado Bom;Varejo;1.000,50',
  'C2;Padaria Sol;Food;abc',
  'C3;Oficina Zé;Serviços;300,25',
].join('\n');

/** The import panel loads on demand: open it and wait for its fields. */
async function renderWithImport(locale: 'en' | 'pt-br') {
  render(<Portfolio locale={locale} />);
  fireEvent.click(document.querySelector('[data-action="open-import"]')!);
  // The portfolio's own add form has a textarea too: wait for the panel itself. Its first load
  // transforms a dozen modules, slower than testing-library's 1 s default on a busy machine.
  await waitFor(() => expect(document.querySelector('.import-panel')).not.toBeNull(), { timeout: 5000 });
}

async function pasteAndPreview(text: string) {
  fireEvent.input(await screen.findByLabelText(/Or paste from a spreadsheet/), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Preview pasted data' }));
  await screen.findByText('Check before importing');
}

describe('Portfolio widget', () => {
  beforeEach(() => freshStorage());
  afterEach(() => cleanup());

  it('previews pasted data with the detected settings and mapping, imports, and reports skipped rows with line numbers', async () => {
    await renderWithImport('en');
    expect(document.querySelector('[data-action="load-sample"]')).not.toBeNull();
    await pasteAndPreview(PASTE);
    expect((screen.getByLabelText('Column separator') as HTMLSelectElement).value).toBe(';');
    expect((screen.getByLabelText('Decimal separator in amounts') as HTMLSelectElement).value).toBe(',');
    expect((screen.getByLabelText('Client name') as HTMLSelectElement).value).toBe('Cliente');
    expect((screen.getByLabelText('Amount (revenue)') as HTMLSelectElement).value).toBe('Faturamento');
    expect(screen.getByRole('table', { name: 'First rows of the file' })).toBeTruthy();
    // The segment mapping can be changed: drop it.
    fireEvent.change(within(screen.getByRole('group', { name: 'Which column holds what' })).getByLabelText('Segment'), {
      target: { value: '' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText('Import report');
    const domain = importPortfolio(PASTE);
    if (!domain.ok) throw new Error('domain import failed');
    expect(screen.getByText(/Imported 2 clients from 3 rows/)).toBeTruthy();
    const issues = screen.getAllByRole('table').find((t) => within(t).queryByText('Reason'))!;
    expect(within(issues).getByText('3')).toBeTruthy(); // line 3 of the file
    expect(within(issues).getByText('The amount is not a number; skipped.')).toBeTruthy();
    const clients = $portfolio.get().clients;
    expect(clients.map((c) => [c.key, c.revenue, c.segment])).toEqual(domain.clients.map((c) => [c.key, c.revenue, undefined]));
  });

  it('translates the report in Portuguese', async () => {
    await renderWithImport('pt-br');
    fireEvent.input(await screen.findByLabelText(/Ou cole de uma planilha/), { target: { value: PASTE } });
    fireEvent.click(screen.getByRole('button', { name: 'Ver prévia dos dados colados' }));
    await screen.findByText('Confira antes de importar');
    fireEvent.click(screen.getByRole('button', { name: 'Importar' }));
    await screen.findByText('Relatório da importação');
    expect(screen.getByText('O valor não é um número; ignorada.')).toBeTruthy();
  });

  it('imports a two-year file whole, says which months it covers, and lets the user pick a period', async () => {
    const twoYears = [
      'Data;Código;Cliente;Valor',
      '10/01/2024;C1;Mercado Bom;100,10',
      '15/12/2024;C1;Mercado Bom;50,20',
      '05/01/2025;C1;Mercado Bom;300,30',
      '20/12/2025;C2;Padaria Sol;80,00',
    ].join('\n');
    await renderWithImport('en');
    await pasteAndPreview(twoYears);
    // No currency in the file and none known yet: the page's is assumed, and the note says so.
    expect((screen.getByLabelText('Currency of the amounts', { selector: '[data-import-currency]' }) as HTMLSelectElement).value).toBe(
      'USD',
    );
    expect(document.querySelector('[data-currency-note]')!.textContent).toMatch(/does not say which currency.*USD is assumed/);
    fireEvent.change(screen.getByLabelText('Currency of the amounts', { selector: '[data-import-currency]' }), {
      target: { value: 'BRL' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText('Import report');
    expect(document.querySelector('[data-import-periods]')!.textContent).toBe(
      'The sales lines run from Jan 2024 to Dec 2025. Every tool shows the whole file; choose a period (last 12 months, a year, a range) above the figures.',
    );
    // Whole file, exact to the cent; no previous period invented.
    expect($portfolio.get().clients.map((c) => [c.key, c.revenue, c.previousRevenue, c.firstPurchase])).toEqual([
      ['C1', 450.6, undefined, '2024-01-10'],
      ['C2', 80, undefined, '2025-12-20'],
    ]);
    expect($portfolio.get().currency).toBe('BRL');
    const summary = () => document.querySelector('[data-period-summary]')!.textContent!;
    await waitFor(() => expect(summary()).toContain('Whole file (Jan 2024 – Dec 2025): total revenue R$530.60 from 2 clients.'));
    // The year 2024: Padaria Sol had no sales then, and is said to be left out (not "returns").
    fireEvent.change(document.querySelector('[data-period-select]')!, { target: { value: 'year:2024' } });
    await waitFor(() => expect(summary()).toContain('Year 2024: total revenue R$150.30 from 1 client.'));
    expect(document.querySelector('[data-period-no-sales]')!.textContent).toMatch(/^1 client had no sales in this period/);
    expect($portfolio.get().period).toEqual({ kind: 'year', year: 2024 });
    // The client table is fetched once there are clients.
    await waitFor(() => expect(document.querySelector('tr[data-key="C1"]')).not.toBeNull(), { timeout: 5000 });
    const row = (key: string) => document.querySelector(`tr[data-key="${key}"]`)!.textContent!;
    expect(row('C1')).toContain('R$150.30');
    expect(row('C2')).toContain('no sales in this period');
  });

  it('asks before replacing a portfolio that has clients, and undoes the replacement', async () => {
    replacePortfolio({ clients: [{ key: 'old', name: 'Old Client', revenue: 10, keyAccount: true }], monthlySales: [], currency: 'BRL' });
    const before = localStorage.getItem('kam:portfolio');
    await renderWithImport('en');
    await pasteAndPreview(PASTE);
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    const confirm = await screen.findByRole('alertdialog');
    expect(confirm.textContent).toMatch(/Your 1 client and its sales will be replaced/);
    expect(localStorage.getItem('kam:portfolio')).toBe(before);
    fireEvent.click(within(confirm).getByRole('button', { name: 'Replace my 1 client' }));
    await screen.findByText('Import report');
    expect($portfolio.get().clients.map((c) => c.key)).toEqual(['C1', 'C3']);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect($portfolio.get().clients.map((c) => c.key)).toEqual(['old']));
    expect($portfolio.get().currency).toBe('BRL');
  });

  it('a dollar file is in dollars on a Portuguese page', async () => {
    await renderWithImport('pt-br');
    fireEvent.input(await screen.findByLabelText(/Ou cole de uma planilha/), {
      target: { value: 'Customer,Order Date,Sales\nAcme,1/5/2024,"$1,234.50"\nBeta,2/15/2024,$99.99\n' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Ver prévia dos dados colados' }));
    await screen.findByText('Confira antes de importar');
    expect(document.querySelector('[data-currency-note]')!.textContent).toBe('Moeda encontrada nos valores: USD.');
    fireEvent.click(screen.getByRole('button', { name: 'Importar' }));
    await screen.findByText('Relatório da importação');
    expect($portfolio.get().currency).toBe('USD');
    await waitFor(() => expect(document.querySelector('[data-period-summary]')!.textContent).toContain('US$'));
    expect(document.querySelector('[data-widget="portfolio"]')!.textContent).not.toContain('R$');
  });

  it('says in Portuguese which months a file covers', async () => {
    await renderWithImport('pt-br');
    fireEvent.input(await screen.findByLabelText(/Ou cole de uma planilha/), {
      target: { value: 'Data;Cliente;Valor\n10/02/2025;Mercado Bom;100,00\n10/11/2025;Mercado Bom;20,00' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Ver prévia dos dados colados' }));
    await screen.findByText('Confira antes de importar');
    fireEvent.click(screen.getByRole('button', { name: 'Importar' }));
    await screen.findByText('Relatório da importação');
    expect(document.querySelector('[data-import-periods]')!.textContent).toMatch(
      /^As linhas de venda vão de fev\.? de 2025 a nov\.? de 2025\. Todas as ferramentas mostram o arquivo inteiro/,
    );
    expect($portfolio.get().clients.map((c) => [c.revenue, c.previousRevenue])).toEqual([[120, undefined]]);
  });

  it('folds the column mapping away when the automatic one found every needed column, and opens it when not', async () => {
    await renderWithImport('en');
    await pasteAndPreview(PASTE);
    const found = document.querySelector<HTMLDetailsElement>('details[data-mapping]')!;
    expect(found.dataset.mapping).toBe('automatic');
    expect(found.open).toBe(false);
    expect(found.querySelector('summary')!.textContent).toBe('Which column holds what: found automatically (open to check or change)');
    fireEvent.click(screen.getByRole('button', { name: 'Choose another file' }));
    await pasteAndPreview('Foo;Bar\nx;1,5\ny;2');
    const unsure = document.querySelector<HTMLDetailsElement>('details[data-mapping]')!;
    expect(unsure.dataset.mapping).toBe('unsure');
    expect(unsure.open).toBe(true);
    expect(screen.getByRole('alert').textContent).toBe('Choose the amount column.');
  });

  it('shows a translated error when no amount column is chosen', async () => {
    await renderWithImport('en');
    await pasteAndPreview(PASTE);
    fireEvent.change(screen.getByLabelText('Amount (revenue)'), { target: { value: '' } });
    expect(screen.getByRole('alert').textContent).toBe('Choose the amount column.');
    expect((screen.getByRole('button', { name: 'Import' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows an empty portfolio whole without the client list, and fetches the list once there are clients', async () => {
    render(<Portfolio locale="en" />);
    expect(screen.getByText('No clients yet')).toBeTruthy();
    expect(document.querySelector('[data-action="open-import"]')).not.toBeNull();
    expect(document.querySelector('.portfolio-table')).toBeNull();
    expect(screen.queryByText('Loading your clients…')).toBeNull();
    replacePortfolio({ clients: [{ key: 'a', name: 'Alpha', revenue: 100, keyAccount: false }], monthlySales: [] });
    await screen.findByText('Alpha', {}, { timeout: 5000 });
    expect(screen.queryByText('Loading your clients…')).toBeNull();
    expect(screen.getByLabelText('Search by name, code, manager or notes')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeTruthy();
  });

  it('deletes a client with undo, and bulk-marks key accounts', async () => {
    replacePortfolio({
      clients: [
        { key: 'a', name: 'Alpha', revenue: 100, keyAccount: false },
        { key: 'b', name: 'Beta', revenue: 50, keyAccount: false },
      ],
      monthlySales: [{ key: 'a', month: '2024-01', amount: 100 }],
    });
    await renderWithImport('en');
    await screen.findByText('Alpha');
    const deleteButton = screen.getByRole('button', { name: 'Delete Alpha' });
    deleteButton.focus();
    fireEvent.click(deleteButton);
    await waitFor(() => expect(screen.queryByText('Alpha')).toBeNull());
    expect($portfolio.get().clients.map((c) => c.key)).toEqual(['b']);
    // The focused button went with its row: a keyboard user lands on "Undo", not at the top of the page.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' }));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Alpha');
    expect($portfolio.get().clients.map((c) => c.key)).toEqual(['a', 'b']);
    expect($portfolio.get().monthlySales).toHaveLength(1);

    fireEvent.click(screen.getByLabelText('Select all clients on this page'));
    fireEvent.click(screen.getByRole('button', { name: 'Mark as key accounts' }));
    expect($portfolio.get().clients.every((c) => c.keyAccount)).toBe(true);
    // What happened, counted in words, and where to go next.
    expect(screen.getByText(/^2 clients marked as key accounts\. Next, diagnose the relationship stage/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Diagnose the relationship stage' }).getAttribute('href')).toBe('/en/tools/stage-diagnosis/');
    expect(screen.getByRole('link', { name: 'See my portfolio dashboard' }).getAttribute('href')).toBe('/en/dashboard/');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect($portfolio.get().clients.some((c) => c.keyAccount)).toBe(false);
  });

  it('adds a client through the folded form and edits it in place (both forms load on demand)', async () => {
    render(<Portfolio locale="en" />);
    const details = document.querySelector<HTMLDetailsElement>('details.portfolio-add')!;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    fireEvent.input(await screen.findByLabelText('Client name (required)', {}, { timeout: 5000 }), { target: { value: 'Gamma' } });
    fireEvent.input(screen.getByLabelText('Revenue this period'), { target: { value: '1,234.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add client' }));
    expect($portfolio.get().clients).toEqual([{ key: 'gamma', name: 'Gamma', revenue: 1234.5, keyAccount: false }]);
    expect(screen.getByText('Gamma was added.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Edit Gamma' }));
    const revenue = await waitFor(
      () => {
        const input = document.querySelector<HTMLInputElement>('#pf-edit-revenue');
        if (!input) throw new Error('the edit form is still loading');
        return input;
      },
      { timeout: 5000 },
    );
    expect(revenue.value).toBe('1,234.50');
    fireEvent.input(revenue, { target: { value: 'abc' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert').textContent).toContain('abc');
    fireEvent.input(revenue, { target: { value: '99' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect($portfolio.get().clients[0]!.revenue).toBe(99);
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
  });

  it('shows key-account candidates and promotes one only when the user chooses it, with undo', async () => {
    replacePortfolio({
      clients: [
        { key: 'a', name: 'Alpha', revenue: 100, keyAccount: false, candidate: true },
        { key: 'b', name: 'Beta', revenue: 50, keyAccount: false },
      ],
      monthlySales: [],
    });
    render(<Portfolio locale="en" />);
    const alpha = (await screen.findByText('Alpha')).closest('tr')!;
    expect(within(alpha).getByText('Candidate')).toBeTruthy();
    expect(within(screen.getByText('Beta').closest('tr')!).queryByText('Candidate')).toBeNull();
    fireEvent.click(within(alpha).getByRole('button', { name: 'Choose Alpha as a key account' }));
    expect($portfolio.get().clients[0]).toMatchObject({ key: 'a', keyAccount: true });
    expect(within(screen.getByText('Alpha').closest('tr')!).queryByText('Candidate')).toBeNull();
    await screen.findByText('Alpha is now a key account.');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect($portfolio.get().clients[0]).toMatchObject({ keyAccount: false, candidate: true });
    await waitFor(() => expect(within(screen.getByText('Alpha').closest('tr')!).getByText('Candidate')).toBeTruthy());
  });

  it('sorts by a column with aria-sort and filters by text', async () => {
    replacePortfolio({
      clients: [
        { key: 'a', name: 'Alpha', revenue: 100, keyAccount: false },
        { key: 'b', name: 'Beta', revenue: 500, keyAccount: true },
      ],
      monthlySales: [],
    });
    await renderWithImport('en');
    await screen.findByText('Alpha');
    const rowNames = () => screen.getAllByRole('rowheader').map((h) => h.textContent);
    expect(rowNames()).toEqual(['Beta', 'Alpha']);
    fireEvent.click(screen.getByRole('button', { name: 'Sort by Name' }));
    expect(rowNames()).toEqual(['Alpha', 'Beta']);
    expect(screen.getByRole('button', { name: 'Sort by Name' }).closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(screen.getByLabelText('Key accounts only'));
    expect(rowNames()).toEqual(['Beta']);
  });

  it('exports every field and the export imports back to the same clients', async () => {
    const { runImport, runPreview } = await import('../../src/import/importRun.ts');
    const clients = [
      {
        key: 'C1',
        code: 'C1',
        name: '=Evil Corp',
        segment: 'Varejo',
        revenue: 1234.5,
        previousRevenue: -10,
        marginPct: 12.5,
        firstPurchase: '2023-02-01',
        manager: 'Ana',
        keyAccount: true,
        notes: 'a; b, "c"',
      },
      { key: 'C2', code: 'C2', name: 'Padaria Sol', revenue: 0, keyAccount: false },
    ];
    for (const [locale, format] of [
      ['pt-br', 'pt-BR'],
      ['en', 'en'],
    ] as const) {
      const csv = toCsv(exportRows(clients, locale, format), format);
      expect(csv.includes("'=Evil Corp")).toBe(true);
      const preview = runPreview(csv, {});
      if (!preview.ok) throw new Error('preview');
      const out = runImport({ input: csv, options: {}, extras: preview.extras ?? {} });
      if (!out.ok) throw new Error('import');
      expect(out.clients).toEqual(clients);
    }
  });
});
