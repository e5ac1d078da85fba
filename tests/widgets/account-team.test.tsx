// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { freshStorage } from '../state/helpers.ts';
import { $accountTeams, addClients, getAccountTeam, updateAccountTeam, updateBuyingCentre } from '../../src/state/index.ts';
import AccountTeamTool from '../../src/widgets/account-team/AccountTeam.tsx';
import { $currentAccount } from '../../src/state/session.ts';
import en from '../../src/widgets/account-team/strings.en.ts';
import ptBr from '../../src/widgets/account-team/strings.pt-br.ts';

const juliana = { id: 'm-1', name: 'Juliana', function: 'sales', role: 'kam' } as const;
const marta = { id: 'm-2', name: 'Marta', function: 'management', role: 'sponsor' } as const;

describe('Account team widget', () => {
  beforeEach(() => {
    freshStorage();
    $currentAccount.set(null);
    addClients([
      { key: 'rbc', name: 'Rede Boa Compra', revenue: 1_260_000, keyAccount: true },
      { key: 'gsc', name: 'Grupo Sabor & Cia', revenue: 600_000, keyAccount: true },
    ]);
  });
  afterEach(() => cleanup());

  it('has its hooks, and an empty account says how to start', async () => {
    const { container } = render(<AccountTeamTool locale="en" />);
    expect(container.querySelector('[data-widget="account-team"]')).not.toBeNull();
    expect(container.querySelector('[data-action="load-sample"]')).not.toBeNull();
    await screen.findByText('Who decides what at Rede Boa Compra');
    expect(screen.getByText(en.membersEmpty)).toBeTruthy();
    expect(screen.getByText(en.raciEmpty)).toBeTruthy();
    expect(screen.getByText(en['gap.no-kam'])).toBeTruthy();
  });

  it('adding a member and choosing a RACI letter autosaves, and the reading follows the domain', async () => {
    render(<AccountTeamTool locale="en" />);
    await screen.findByText('Who decides what at Rede Boa Compra');
    fireEvent.click(screen.getByRole('button', { name: en.addMember }));
    const member = await screen.findByRole('group', { name: 'Team member 1' });
    fireEvent.input(within(member).getByLabelText(en.name), { target: { value: 'Juliana' } });
    fireEvent.change(within(member).getByLabelText(en.role), { target: { value: 'kam' } });
    await waitFor(() => expect(getAccountTeam('rbc').members[0]).toMatchObject({ name: 'Juliana', role: 'kam' }));
    const cell = await screen.findByLabelText('Prices and discounts: Juliana');
    fireEvent.change(cell, { target: { value: 'A' } });
    await waitFor(() => expect(getAccountTeam('rbc').raci).toEqual([{ decision: 'price', member: 'm-1', letter: 'A' }]));
    const reading = screen.getByRole('heading', { name: en.readingTitle }).parentElement!;
    await waitFor(() => expect(reading.textContent).not.toContain('Prices and discounts: nobody is accountable'));
    expect(reading.textContent).toContain(en['gap.no-sponsor']);
    expect(reading.textContent).toContain('Prices and discounts: nobody is responsible (no R)');
    expect(reading.textContent).not.toContain('Prices and discounts: nobody is accountable');
    expect(reading.textContent).toContain('Payment and delivery terms: nobody is accountable (no A)');
  });

  it('two As on one decision are named; a buying centre with users asks for a counterpart', async () => {
    updateAccountTeam('rbc', () => ({
      members: [juliana, marta],
      raci: [
        { decision: 'exceptions', member: 'm-1', letter: 'A' },
        { decision: 'exceptions', member: 'm-2', letter: 'A' },
      ],
    }));
    updateBuyingCentre('rbc', () => ({
      team: ['Juliana'],
      people: [{ id: 'p-1', name: 'Lúcia', jobTitle: 'Store manager', roles: ['user'], power: 'low', stance: 'supporter', coveredBy: '' }],
    }));
    const { container } = render(<AccountTeamTool locale="en" />);
    await screen.findByText('Who decides what at Rede Boa Compra');
    const problem = container.querySelector('[data-problem="exceptions-several-accountable"]');
    expect(problem?.textContent).toBe(
      'Exceptions (urgent orders, one-off deals): Juliana and Marta are all accountable. Keep exactly one A; the others become C.',
    );
    expect(container.querySelector('[data-problem="no-counterpart"]')?.textContent).toContain(
      'logistics, operations, or technical service',
    );
  });

  it('removing a member takes their letters with them, and undo puts both back', async () => {
    updateAccountTeam('rbc', () => ({ members: [juliana, marta], raci: [{ decision: 'price', member: 'm-2', letter: 'A' }] }));
    render(<AccountTeamTool locale="en" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Marta' }));
    await waitFor(() => expect(getAccountTeam('rbc').raci).toEqual([]));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(getAccountTeam('rbc').members.map((m) => m.name)).toEqual(['Juliana', 'Marta']));
    expect(getAccountTeam('rbc').raci).toHaveLength(1);
  });

  it('the workload table counts accounts per manager and warns above the limit typed', async () => {
    updateAccountTeam('rbc', () => ({ members: [juliana, marta], raci: [] }));
    updateAccountTeam('gsc', () => ({ members: [{ ...juliana, name: ' juliana' }], raci: [] }));
    const { container } = render(<AccountTeamTool locale="en" />);
    await screen.findByText('Who decides what at Rede Boa Compra');
    const row = container.querySelector('[data-table="workload"] tbody tr')!;
    expect(row.textContent).toContain('Juliana');
    expect(row.textContent).toContain('100%');
    expect(container.querySelector('[data-warning="over-capacity"]')).toBeNull();
    fireEvent.change(screen.getByLabelText(en.perManager), { target: { value: '1' } });
    await waitFor(() => expect($accountTeams.get().perManager).toBe(1));
    await waitFor(() =>
      expect(container.querySelector('[data-warning="over-capacity"]')?.textContent).toBe(
        'Juliana carries more key accounts than 1: move an account or lighten the load.',
      ),
    );
    fireEvent.change(screen.getByLabelText(en.perManager), { target: { value: 'zero' } });
    expect(screen.getByText(en.perManagerInvalid)).toBeTruthy();
    expect($accountTeams.get().perManager).toBe(1);
  });

  it('speaks Portuguese', async () => {
    render(<AccountTeamTool locale="pt-br" />);
    expect(await screen.findByText('Quem decide o quê em Rede Boa Compra')).toBeTruthy();
    expect(screen.getByText(ptBr['gap.no-kam'])).toBeTruthy();
  });
});
