// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { freshStorage } from '../state/helpers.ts';
import { replacePortfolio } from '../../src/state/index.ts';
import { compareCampaign, importPortfolio, newCustomerSales } from '../../src/domain/index.ts';
import { formatDate, formatMoney, formatNumber, formatPercent } from '../../src/i18n/format.ts';
import NewCustomers from '../../src/widgets/new-customers/NewCustomers.tsx';

const FILE = [
  'Date,Customer,Amount',
  '2024-01-10,Alpha,100',
  '2024-01-20,Beta,50',
  '2024-02-05,Alpha,80',
  '2024-02-15,Gamma,40',
  '2024-03-03,Delta,60',
  '2024-03-09,Beta,30',
].join('\n');

describe('New-customer sales widget', () => {
  beforeEach(() => freshStorage());
  afterEach(() => cleanup());

  it('shows the empty state with a load-sample button', () => {
    render(<NewCustomers locale="en" />);
    expect(document.querySelector('[data-widget="new-customers"] [data-action="load-sample"]')).not.toBeNull();
  });

  it('tabulates the portfolio’s monthly sales as the domain computes them', async () => {
    replacePortfolio({
      clients: [{ key: 'a', name: 'A', revenue: 1, keyAccount: false }],
      monthlySales: [
        { key: 'a', month: '2024-01', amount: 100 },
        { key: 'b', month: '2024-02', amount: 40 },
        { key: 'a', month: '2024-02', amount: 60 },
      ],
    });
    render(<NewCustomers locale="pt-br" />);
    const rows = newCustomerSales([
      { key: 'a', date: '2024-01-01', amount: 100 },
      { key: 'b', date: '2024-02-01', amount: 40 },
      { key: 'a', date: '2024-02-01', amount: 60 },
    ]);
    const last = rows[rows.length - 1]!;
    await screen.findByText('Vendas para novos clientes e para clientes existentes');
    const sentence = document.querySelector('[data-sentence="latest"]')!;
    expect(sentence.textContent).toContain(formatMoney('pt-br', last.fromNew, 'BRL'));
    expect(sentence.textContent).toContain(formatPercent('pt-br', last.share, 1));
  });

  it('compares a campaign window with the same length before it, in words', async () => {
    render(<NewCustomers locale="en" />);
    fireEvent.click(screen.getByLabelText('A transaction file, without saving it'));
    fireEvent.input(await screen.findByLabelText(/Or paste from a spreadsheet/), { target: { value: FILE } });
    fireEvent.click(screen.getByRole('button', { name: 'Preview pasted data' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Analyse this file' }));
    await screen.findByText('Sales from new and existing customers');
    fireEvent.input(screen.getByLabelText('Campaign start'), { target: { value: '2024-02-01' } });
    fireEvent.input(screen.getByLabelText('Campaign end'), { target: { value: '2024-03-31' } });
    const imported = importPortfolio(FILE, { includeLines: true });
    if (!imported.ok || !imported.lines) throw new Error('import');
    const c = compareCampaign(imported.lines, { start: '2024-02-01', end: '2024-03-31' });
    const text = document.querySelector('[data-sentence="campaign"]')!.textContent;
    expect(text).toBe(
      `During the campaign (${formatDate('en', '2024-02-01')} to ${formatDate('en', '2024-03-31')}, ${formatNumber('en', c.days)} days), new customers brought ${formatMoney('en', c.during.fromNew, 'USD')}, ${formatPercent('en', c.during.share, 1)} of sales (new customers: ${c.during.newCustomers}), against ${formatPercent('en', c.before.share, 1)} in the same length of time before it (${formatDate('en', c.beforeStart)} to ${formatDate('en', c.beforeEnd)}).`,
    );
  });

  it('asks for a date column when analysing a file without one', async () => {
    render(<NewCustomers locale="en" />);
    fireEvent.click(screen.getByLabelText('A transaction file, without saving it'));
    fireEvent.input(await screen.findByLabelText(/Or paste from a spreadsheet/), { target: { value: 'Customer,Amount\nA,1\n' } });
    fireEvent.click(screen.getByRole('button', { name: 'Preview pasted data' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Choose the date column: this tool needs dated sales lines.');
  });
});
