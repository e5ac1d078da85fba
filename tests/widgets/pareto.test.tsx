// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { freshStorage } from '../state/helpers.ts';
import { $portfolio, replacePortfolio } from '../../src/state/index.ts';
import { paretoAnalysis, paretoConcentration } from '../../src/domain/index.ts';
import { formatPercent } from '../../src/i18n/format.ts';
import Pareto from '../../src/widgets/pareto/Pareto.tsx';

const CLIENTS = [
  { key: 'a', name: 'Atacado Norte', revenue: 5000, keyAccount: false },
  { key: 'b', name: 'Bazar Sul', revenue: 2000, keyAccount: true },
  { key: 'c', name: 'Casa Leste', revenue: 1200, keyAccount: false },
  { key: 'd', name: 'Depósito Oeste', revenue: 800, keyAccount: false },
  { key: 'e', name: 'Empório', revenue: 500, keyAccount: false },
  { key: 'f', name: 'Feira', revenue: 300, keyAccount: true },
  { key: 'g', name: 'Granja', revenue: 200, keyAccount: false },
  { key: 'z', name: 'Zero Ltda', revenue: -40, keyAccount: false },
];

describe('Pareto widget', () => {
  beforeEach(() => {
    freshStorage();
    replacePortfolio({ clients: CLIENTS, monthlySales: [] });
  });
  afterEach(() => cleanup());

  it('states the domain’s figures in its sentences', async () => {
    render(<Pareto locale="en" />);
    const result = paretoAnalysis(CLIENTS);
    const conc = paretoConcentration(result);
    const top20 = await screen.findByText(/Your top 20% of clients/);
    expect(top20.textContent).toBe(`Your top 20% of clients (2 of 7) account for ${formatPercent('en', result.top20Share)} of revenue.`);
    expect(document.querySelector('[data-sentence="for80"]')!.textContent).toBe(
      `${conc.clientsFor80} clients (${formatPercent('en', conc.shareOfClientsFor80)} of your clients) account for 80% of revenue.`,
    );
    expect(document.querySelector('[data-sentence="largest"]')!.textContent).toBe(
      `Your largest client, Atacado Norte, accounts for ${formatPercent('en', conc.largestShare)} of revenue.`,
    );
    expect(conc.largestShare).toBeGreaterThan(0.25);
    expect(document.querySelector('[data-warning="dependence"]')).not.toBeNull();
    // Excluded client listed for review.
    expect(screen.getByText(/Zero Ltda/)).toBeTruthy();
    // ABC table counts equal the domain's.
    for (const c of ['A', 'B', 'C'] as const) {
      expect(document.querySelector(`[data-class="${c}"] td`)!.textContent).toBe(String(result.counts[c]));
    }
  });

  it('recomputes with new thresholds and explains the rule', async () => {
    render(<Pareto locale="pt-br" />);
    await screen.findByText(/Seus 20% maiores clientes/);
    fireEvent.input(screen.getByLabelText('Classe A até (% do faturamento)'), { target: { value: '50' } });
    const result = paretoAnalysis(CLIENTS, { a: 0.5, b: 0.95 });
    expect(document.querySelector('[data-class="A"] td')!.textContent).toBe(String(result.counts.A));
    expect(document.querySelector('[data-rule]')!.textContent).toContain(formatPercent('pt-br', 0.5));
    fireEvent.input(screen.getByLabelText('Classe B até (% do faturamento)'), { target: { value: '40' } });
    expect(screen.getByRole('alert').textContent).toContain('B não pode ser menor que A');
  });

  it('marks class A as key-account candidates (not key accounts) after a preview, with undo', async () => {
    render(<Pareto locale="en" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Mark class A as candidates…' }));
    const result = paretoAnalysis(CLIENTS);
    const classA = result.ranked.filter((r) => r.class === 'A').map((r) => r.key);
    const toMark = classA.filter((k) => !CLIENTS.find((c) => c.key === k)!.keyAccount);
    expect(screen.getByText(`These ${toMark.length} class A clients will be marked as candidates:`)).toBeTruthy();
    expect(screen.getByText(/1 key account or candidate outside class A stays marked/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Mark them' }));
    const keyAccounts = () =>
      $portfolio
        .get()
        .clients.filter((c) => c.keyAccount)
        .map((c) => c.key)
        .sort();
    const candidates = () =>
      $portfolio
        .get()
        .clients.filter((c) => c.candidate === true)
        .map((c) => c.key)
        .sort();
    // Size alone does not make a key account: the key accounts are unchanged, class A became candidates.
    expect(keyAccounts()).toEqual(['b', 'f']);
    expect(candidates()).toEqual([...toMark].sort());
    expect(
      screen.getByText(new RegExp(`^${toMark.length} clients marked as candidates — size alone does not make a key account`)),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Check fit and cost' }).getAttribute('href')).toBe('/en/tools/fit-cost/');
    expect(screen.getByRole('link', { name: 'Diagnose the relationship stage' }).getAttribute('href')).toBe('/en/tools/stage-diagnosis/');
    expect(screen.getByRole('link', { name: 'See my portfolio dashboard' }).getAttribute('href')).toBe('/en/dashboard/');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(candidates()).toEqual([]);
    expect(keyAccounts()).toEqual(['b', 'f']);
  });

  it('notices a largest client from 10 % and warns strongly from 25 % (one domain rule)', async () => {
    replacePortfolio({
      clients: [
        { key: 'x', name: 'X', revenue: 15, keyAccount: false },
        ...Array.from({ length: 17 }, (_, i) => ({ key: `o${i}`, name: `Other ${i}`, revenue: 5, keyAccount: false })),
      ],
      monthlySales: [],
    });
    render(<Pareto locale="en" />);
    const notice = await screen.findByText(/^Notice: one client accounts for 15%/);
    expect(notice.getAttribute('data-level')).toBe('notice');
    expect(notice.textContent).toContain('from about 10%');
    cleanup();
    replacePortfolio({ clients: CLIENTS, monthlySales: [] });
    render(<Pareto locale="en" />);
    expect((await screen.findByText(/^Strong warning: one client accounts for/)).getAttribute('data-level')).toBe('strong');
  });

  it('analyses a pasted file without saving it', async () => {
    render(<Pareto locale="en" />);
    fireEvent.click(screen.getByLabelText('A file, without saving it'));
    fireEvent.input(await screen.findByLabelText(/Or paste from a spreadsheet/), {
      target: { value: 'Customer,Revenue\nOne,900\nTwo,100\n' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Preview pasted data' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Analyse this file' }));
    await screen.findByText(/Your top 20% of clients \(1 of 2\) account for 90%/);
    expect($portfolio.get().clients).toHaveLength(CLIENTS.length);
    expect(screen.queryByRole('button', { name: 'Mark class A as key accounts…' })).toBeNull();
  });
});
