// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, waitFor } from '@testing-library/preact';
import { freshStorage } from '../state/helpers.ts';
import { addClients, setAccountsPerManager, setKeyAccounts, updateAccountTeam } from '../../src/state/index.ts';
import Dashboard from '../../src/widgets/dashboard/Dashboard.tsx';

const kam = (name: string) => ({ id: 'm-1', name, function: 'sales', role: 'kam' }) as const;
const sponsor = { id: 'm-2', name: 'Marta', function: 'management', role: 'sponsor' } as const;

describe('Dashboard: account-team lines', () => {
  beforeEach(() => {
    freshStorage();
    addClients([
      { key: 'C1', name: 'Rede Boa Compra', revenue: 1_260_000 },
      { key: 'C2', name: 'Grupo Sabor & Cia', revenue: 600_000 },
      { key: 'C3', name: 'Hotel Parque das Águas', revenue: 480_000 },
    ]);
    setKeyAccounts(['C1', 'C2', 'C3'], true);
  });
  afterEach(() => cleanup());

  it('shows nothing while no team is recorded', async () => {
    const { container } = render(<Dashboard locale="en" />);
    await waitFor(() => expect(container.querySelector('tr[data-account="C1"]')).not.toBeNull());
    expect(container.querySelector('[data-account-team]')).toBeNull();
  });

  it('names the account with no sponsor and the accounts of an overloaded manager, as the domain reads them', async () => {
    updateAccountTeam('C1', () => ({ members: [kam('Juliana'), sponsor], raci: [] }));
    updateAccountTeam('C2', () => ({ members: [kam('Juliana'), sponsor], raci: [] }));
    updateAccountTeam('C3', () => ({ members: [kam('João')], raci: [] }));
    const { container } = render(<Dashboard locale="en" />);
    await waitFor(() => expect(container.querySelector('[data-account-team]')).not.toBeNull());
    expect(container.querySelector('[data-account-team] [data-account="C3"]')?.textContent).toBe(
      'Hotel Parque das Águas: no executive sponsor on its team.',
    );
    expect(container.querySelector('[data-account-team] [data-account="C1"]')).toBeNull();
    setAccountsPerManager(1);
    await waitFor(() =>
      expect(container.querySelector('[data-account-team] [data-account="C1"]')?.textContent).toBe(
        'Rede Boa Compra: its manager (Juliana) carries more key accounts than 1.',
      ),
    );
  });
});
