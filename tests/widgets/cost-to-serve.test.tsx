// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { freshStorage } from '../state/helpers.ts';
import { $costToServe, addClients, clientCostsOf, updateClientCosts } from '../../src/state/index.ts';
import CostToServe from '../../src/widgets/cost-to-serve/CostToServe.tsx';
import { whaleSentence } from '../../src/widgets/cost-to-serve/WhaleCurve.tsx';
import { costToServe } from '../../src/domain/index.ts';

describe('Cost to serve widget', () => {
  beforeEach(() => freshStorage());
  afterEach(() => cleanup());

  it('shows its hooks and the empty state without clients', () => {
    const { container } = render(<CostToServe locale="en" />);
    expect(container.querySelector('[data-widget="cost-to-serve"]')).not.toBeNull();
    expect(container.querySelector('[data-action="load-sample"]')).not.toBeNull();
    expect(screen.getByText(/no clients yet/)).toBeTruthy();
    expect(screen.queryByText('Loading your figures…')).toBeNull();
    expect((container.querySelector('[data-action="print"]') as HTMLButtonElement).disabled).toBe(true);
  });

  // Runs before any other test shows the figures: their module is kept once fetched.
  it('with clients, the figures are fetched (a line says so) and print waits for them', async () => {
    addClients([{ key: 'a', name: 'A', revenue: 100, marginPct: 20 }]);
    const { container } = render(<CostToServe locale="pt-br" />);
    const print = container.querySelector('[data-action="print"]') as HTMLButtonElement;
    expect(screen.getByText('Carregando seus números…')).toBeTruthy();
    expect(print.disabled).toBe(true);
    await screen.findByRole('heading', { name: 'Ranking de rentabilidade' });
    await waitFor(() => expect(print.disabled).toBe(false));
    expect(screen.queryByText('Carregando seus números…')).toBeNull();
  });

  it('ranks by margin after cost to serve beside the revenue rank; typing a cost saves it and moves the client', async () => {
    addClients([
      { key: 'big', name: 'Big', revenue: 1000, marginPct: 10 },
      { key: 'small', name: 'Small', revenue: 500, marginPct: 30 },
    ]);
    const { container } = render(<CostToServe locale="en" />);
    await screen.findByRole('heading', { name: 'Profitability ranking' });
    const table = container.querySelector('[data-ranking]') as HTMLElement;
    const names = () =>
      within(table)
        .getAllByRole('rowheader')
        .map((c) => c.textContent);
    expect(names()).toEqual(['Small', 'Big', 'Total']);
    const first = within(table).getAllByRole('row')[1]!;
    expect(
      within(first)
        .getAllByRole('cell')
        .map((c) => c.textContent)
        .slice(0, 2),
    ).toEqual(['1', '2']);
    fireEvent.click(screen.getByRole('button', { name: 'Edit Big' }));
    const delivery = screen.getByRole('textbox', { name: 'Deliveries' });
    fireEvent.input(delivery, { target: { value: '150' } });
    await waitFor(() => expect(clientCostsOf($costToServe.get(), 'big').costs).toEqual({ delivery: 150 }));
    await waitFor(() =>
      expect(within(container.querySelector('[data-ranking]') as HTMLElement).getAllByRole('row')[2]!.className).toBe('is-loss'),
    );
    expect(container.querySelector('[data-whale-sentence]')!.textContent).toMatch(
      /^The 1 most profitable client makes \d+% of the profit; the last 1 client loses /,
    );
  });

  it('whale sentence in both languages', () => {
    const result = costToServe({
      clients: [
        { key: 'a', name: 'A', revenue: 100, marginPct: 50 },
        { key: 'b', name: 'B', revenue: 100, marginPct: 10 },
      ],
      lines: [{ key: 'b', type: 'visits', amount: 20 }],
      paymentDays: {},
      creditRatePct: 0,
    });
    const money = (n: number) => `R$ ${n}`;
    expect(whaleSentence('en', result, money)).toBe(
      'The 1 most profitable client makes 125% of the profit; the last 1 client loses R$ 10.',
    );
    expect(whaleSentence('pt-br', result, money)).toBe('Os clientes mais rentáveis (1) fazem 125% do lucro; os últimos (1) perdem R$ 10.');
  });

  it('a cost line stored for a client called "constructor" works like any other', async () => {
    addClients([{ key: 'constructor', name: 'Constructor Ltd', revenue: 100, marginPct: 20 }]);
    updateClientCosts('constructor', { costs: { visits: 5 } });
    const { container } = render(<CostToServe locale="en" />);
    await waitFor(() => expect(container.querySelector('[data-ranking] tbody td:nth-child(7)')?.textContent).toMatch(/15/));
  });
});
