// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { freshStorage } from '../state/helpers.ts';
import { $settings, getAssessment, replacePortfolio, setFitCost, updateSettings } from '../../src/state/index.ts';
import { assessFitCost } from '../../src/domain/index.ts';
import FitCost from '../../src/widgets/fit-cost/FitCost.tsx';

const CLIENTS = [
  { key: 'a', name: 'Atacado Norte', revenue: 5000, keyAccount: false },
  { key: 'b', name: 'Bazar Sul', revenue: 2000, keyAccount: true },
  { key: 'c', name: 'Casa Leste', revenue: 1200, keyAccount: false },
  { key: 'd', name: 'Depósito Oeste', revenue: 800, keyAccount: true },
];
const SCORES = { a: { fit: 8, cost: 2 }, b: { fit: 7, cost: 4 }, c: { fit: 9, cost: 3 }, d: { fit: 3, cost: 8 } };

describe('Fit vs cost widget', () => {
  beforeEach(() => {
    freshStorage();
    replacePortfolio({ clients: CLIENTS, monthlySales: [] });
  });
  afterEach(() => cleanup());

  it('lists key accounts first and recommends the domain’s list, in order', async () => {
    for (const [k, v] of Object.entries(SCORES)) setFitCost(k, v);
    updateSettings({ keyAccountCapacity: 10 });
    render(<FitCost locale="en" />);
    await waitFor(() => expect(document.querySelector('[data-list="recommended"]')).not.toBeNull());
    const rows = [...document.querySelectorAll('tbody tr[data-client]')].map((r) => r.getAttribute('data-client'));
    expect(rows).toEqual(['b', 'd', 'a', 'c']);
    const expected = assessFitCost({ candidates: Object.entries(SCORES).map(([key, v]) => ({ key, ...v })), capacity: 10 });
    const names = new Map(CLIENTS.map((c) => [c.key, c.name]));
    const shown = [...document.querySelectorAll('[data-list="recommended"] li')].map((li) => li.textContent);
    expect(shown).toEqual(expected.recommended.map((k) => names.get(k)));
    expect(document.querySelector('tr[data-client="d"] [data-col="zone"]')!.textContent).toBe('Avoid');
    expect(document.querySelector('[data-warning="over-capacity"]')).toBeNull();
  });

  it('lists the candidates marked from class A right after the key accounts, badged as candidates', async () => {
    replacePortfolio({
      clients: [...CLIENTS, { key: 'e', name: 'Empório', revenue: 100, keyAccount: false, candidate: true }],
      monthlySales: [],
    });
    render(<FitCost locale="pt-br" />);
    await waitFor(() => expect(document.querySelector('tr[data-client="e"]')).not.toBeNull());
    const rows = [...document.querySelectorAll('tbody tr[data-client]')].map((r) => r.getAttribute('data-client'));
    expect(rows.slice(0, 3)).toEqual(['b', 'd', 'e']);
    expect(document.querySelector('tr[data-client="e"] [data-candidate]')!.textContent).toBe('candidato');
    expect(document.querySelector('tr[data-client="a"] [data-candidate]')).toBeNull();
  });

  it('warns when the recommended list exceeds the team’s capacity, and saves the capacity in settings', async () => {
    for (const [k, v] of Object.entries(SCORES)) setFitCost(k, v);
    updateSettings({ keyAccountCapacity: 2 });
    render(<FitCost locale="pt-br" />);
    const warning = await waitFor(() => {
      const w = document.querySelector('[data-warning="over-capacity"]');
      expect(w).not.toBeNull();
      return w!;
    });
    expect(warning.textContent).toContain('3 candidatos estão na zona de seleção: mais do que os 2 clientes-chave');
    expect(document.querySelectorAll('[data-list="recommended"] li.over')).toHaveLength(1);
    fireEvent.input(screen.getByLabelText('Clientes-chave que a equipe consegue gerenciar'), { target: { value: '3' } });
    expect($settings.get().keyAccountCapacity).toBe(3);
    await waitFor(() => expect(document.querySelector('[data-warning="over-capacity"]')).toBeNull());
    fireEvent.input(screen.getByLabelText('Clientes-chave que a equipe consegue gerenciar'), { target: { value: '2.5' } });
    expect(screen.getByRole('alert').textContent).toContain('número inteiro');
    expect($settings.get().keyAccountCapacity).toBe(3);
  });

  it('stores a candidate once both scores are valid, and refuses scores outside 0–10', async () => {
    render(<FitCost locale="en" />);
    const fit = (await screen.findByLabelText('Casa Leste: business fit (0 to 10)')) as HTMLInputElement;
    fireEvent.input(fit, { target: { value: '7' } });
    expect(getAssessment('c').fitCost).toBeNull();
    expect(screen.getByText('Give both scores to place “Casa Leste” on the chart.')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Casa Leste: implementation cost (0 to 10)'), { target: { value: '3' } });
    expect(getAssessment('c').fitCost).toEqual({ fit: 7, cost: 3 });
    fireEvent.input(screen.getByLabelText('Casa Leste: implementation cost (0 to 10)'), { target: { value: '14' } });
    expect((await screen.findByRole('alert')).textContent).toContain('Use numbers from 0 to 10');
    expect(getAssessment('c').fitCost).toEqual({ fit: 7, cost: 3 });
  });
});
