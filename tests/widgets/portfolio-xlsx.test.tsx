// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { freshStorage } from '../state/helpers.ts';
import { $portfolio } from '../../src/state/index.ts';
import Portfolio from '../../src/widgets/portfolio/Portfolio.tsx';

// The panel, its strings and the reader load on demand: allow for a busy machine.
const SLOW = { timeout: 8000 };
const workbook = readFileSync('tests/fixtures/xlsx/excel-ptbr.xlsx');

async function pick(locale: 'en' | 'pt-br', file: File) {
  render(<Portfolio locale={locale} />);
  fireEvent.click(document.querySelector('[data-action="open-import"]')!);
  const input = (await screen.findByLabelText(
    locale === 'en' ? 'CSV file or Excel workbook (.xlsx)' : 'Arquivo CSV ou pasta de trabalho do Excel (.xlsx)',
    {},
    SLOW,
  )) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('Portfolio import of an .xlsx (converted on the page where there is no Worker)', () => {
  beforeEach(() => freshStorage());
  afterEach(() => cleanup());

  it('reads the first sheet, switches to the chosen one and imports it', async () => {
    await pick('pt-br', new File([workbook], 'vendas.xlsx'));
    await screen.findByText('Confira antes de importar', {}, SLOW);
    const picker = screen.getByLabelText('Planilha (aba) da pasta de trabalho') as HTMLSelectElement;
    expect([...picker.options].map((o) => o.textContent)).toEqual(['Vendas', 'Resumo']);
    expect(screen.getByText(/13 linhas de dados no arquivo/)).toBeTruthy();
    expect(screen.queryByLabelText('Separador de colunas')).toBeNull();
    expect(screen.queryByLabelText('Codificação do texto')).toBeNull();

    fireEvent.change(picker, { target: { value: '1' } });
    await screen.findByText(/ 2 linhas de dados no arquivo/, {}, SLOW);
    fireEvent.click(screen.getByRole('button', { name: 'Importar' }));
    await screen.findByText(/2 clientes importados de 2 linhas/, {}, SLOW);
    expect($portfolio.get().clients.map((c) => [c.name, c.revenue])).toEqual([
      ['Padaria São João Ltda', 44501],
      ['Distribuidora Norte', 70000],
    ]);
  });

  it('a damaged workbook gets a translated error and changes nothing', async () => {
    const before = $portfolio.get();
    await pick('en', new File([workbook.subarray(0, 1000)], 'broken.xlsx'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('not a readable Excel workbook'), SLOW);
    expect(screen.queryByText('Check before importing')).toBeNull();
    expect($portfolio.get()).toBe(before);
  });
});
