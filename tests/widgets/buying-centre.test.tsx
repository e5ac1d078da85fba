// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { freshStorage } from '../state/helpers.ts';
import { $assessments, addClients, getBuyingCentre, getPlan, savePlan, updateBuyingCentre } from '../../src/state/index.ts';
import { accountPlanId, emptyAccountPlan } from '../../src/domain/index.ts';
import BuyingCentreTool from '../../src/widgets/buying-centre/BuyingCentre.tsx';
import { sampleBuyingCentres } from '../../src/samples/buyingCentreSample.ts';
import { $currentAccount } from '../../src/state/session.ts';
import en from '../../src/widgets/buying-centre/strings.en.ts';
import ptBr from '../../src/widgets/buying-centre/strings.pt-br.ts';

const year = new Date().getFullYear();
const unnamed = { 'technical-advisor': en['staff.technical-advisor'], 'logistics-coordinator': en['staff.logistics-coordinator'] };
const sample = (name: string) => sampleBuyingCentres('en', unnamed).find((s) => s.accountName === name)!.centre;

describe('Buying centre widget', () => {
  beforeEach(() => {
    freshStorage();
    $currentAccount.set(null);
    addClients([{ key: 'hpa', name: 'Hotel Parque das Águas', revenue: 100, keyAccount: true }]);
  });
  afterEach(() => cleanup());

  it('has its hooks, and an empty account says how to start', async () => {
    const { container } = render(<BuyingCentreTool locale="en" />);
    expect(container.querySelector('[data-widget="buying-centre"]')).not.toBeNull();
    expect(container.querySelector('[data-action="load-sample"]')).not.toBeNull();
    await screen.findByText('Buying centre of Hotel Parque das Águas');
    expect(screen.getByText(en.peopleEmpty)).toBeTruthy();
    expect(screen.getByText(en.mapEmpty)).toBeTruthy();
  });

  it('typing a team and a person autosaves and the map reads the gaps', async () => {
    render(<BuyingCentreTool locale="en" />);
    await screen.findByText('Buying centre of Hotel Parque das Águas');
    const member = screen.getByLabelText(en.teamNew);
    fireEvent.input(member, { target: { value: 'João' } });
    fireEvent.keyDown(member, { key: 'Enter' });
    await waitFor(() => expect(getBuyingCentre('hpa').team).toEqual(['João']));
    fireEvent.click(screen.getByRole('button', { name: en.addPerson }));
    const person = await screen.findByRole('group', { name: 'Person 1' });
    fireEvent.input(within(person).getByLabelText(en.name), { target: { value: 'Célia' } });
    fireEvent.input(within(person).getByLabelText(en.jobTitle), { target: { value: 'F&B manager' } });
    fireEvent.click(within(person).getByRole('checkbox', { name: en['role.champion'] }));
    fireEvent.change(within(person).getByLabelText(en.coveredBy), { target: { value: 'João' } });
    await waitFor(() =>
      expect(getBuyingCentre('hpa').people[0]).toMatchObject({
        name: 'Célia',
        jobTitle: 'F&B manager',
        roles: ['champion'],
        coveredBy: 'João',
      }),
    );
    const reading = await screen.findByTestId('buying-reading');
    expect(reading.textContent).toContain('Economic buyer, User, Technical / quality, Influencer, and Gatekeeper');
    expect(reading.querySelector('[data-gap="single-thread"]')?.textContent).toContain('every contact runs through João');
    expect(reading.querySelector('[data-gap="pattern"]')?.textContent).toBe(
      'Bow-tie: 1 person on our side, 1 function on theirs, every contact through one knot.',
    );
    // The grid puts her in the medium-power, neutral cell.
    const grid = screen.getByRole('table', { name: en.gridCaption });
    const medium = within(grid).getByRole('rowheader', { name: 'Medium' }).closest('tr')!;
    expect(medium.querySelectorAll('td')[2]!.textContent).toBe('Célia');
  });

  it('the Hotel Parque das Águas sample: a bow-tie hanging on Célia, the chain’s buyer uncovered', async () => {
    updateBuyingCentre('hpa', () => sample('Hotel Parque das Águas'));
    render(<BuyingCentreTool locale="en" />);
    const reading = await screen.findByTestId('buying-reading');
    expect(reading.querySelector('[data-gap="coverage"]')?.textContent).toContain(
      'High power, nobody on our side covers them: Ricardo Mendes.',
    );
    expect(reading.querySelector('[data-gap="single-thread"]')).not.toBeNull();
    expect(reading.querySelector('[data-gap="roles"]')?.textContent).toContain('Technical / quality');
    expect(screen.getByRole('table', { name: /People at Hotel Parque das Águas/ })).toBeTruthy();
  });

  it('removing a person can be undone', async () => {
    updateBuyingCentre('hpa', () => sample('Hotel Parque das Águas'));
    render(<BuyingCentreTool locale="en" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Sérgio' }));
    await waitFor(() => expect(getBuyingCentre('hpa').people.map((p) => p.name)).toEqual(['Célia', 'Ricardo Mendes']));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(getBuyingCentre('hpa').people.map((p) => p.name)).toEqual(['Célia', 'Ricardo Mendes', 'Sérgio']));
  });

  it('copies the people into this year’s plan, merged by name, says what was added, and undoes', async () => {
    const plan = emptyAccountPlan('hpa', 'Hotel Parque das Águas', year, '2026-01-01T00:00:00.000Z');
    savePlan(
      {
        ...plan,
        contacts: [
          { id: 'contact-1', name: 'célia', role: 'Food and beverage', influence: 'high', attitude: 'supporter', ourContact: 'João' },
        ],
      },
      { keepUpdatedAt: true },
    );
    updateBuyingCentre('hpa', () => sample('Hotel Parque das Águas'));
    render(<BuyingCentreTool locale="en" />);
    fireEvent.click(await screen.findByRole('button', { name: `Copy these people into the ${year} plan’s contacts` }));
    await screen.findByText(`Added to the ${year} plan: Ricardo Mendes and Sérgio. Already in the plan, left as they are: Célia.`);
    const contacts = () => getPlan('hpa', accountPlanId('hpa', year), $assessments.get())!.contacts;
    expect(contacts().map((c) => c.name)).toEqual(['célia', 'Ricardo Mendes', 'Sérgio']);
    expect(contacts()[1]).toMatchObject({ influence: 'high', attitude: 'neutral', ourContact: '' });
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(contacts().map((c) => c.name)).toEqual(['célia']));
  });

  it('creates this year’s plan when there is none, and the undo removes it again', async () => {
    updateBuyingCentre('hpa', () => sample('Hotel Parque das Águas'));
    render(<BuyingCentreTool locale="en" />);
    fireEvent.click(await screen.findByRole('button', { name: `Copy these people into the ${year} plan’s contacts` }));
    await waitFor(() => expect(getPlan('hpa', accountPlanId('hpa', year), $assessments.get())?.contacts).toHaveLength(3));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(getPlan('hpa', accountPlanId('hpa', year), $assessments.get())).toBeUndefined());
  });

  it('Portuguese page: every label in Portuguese, the reading too', async () => {
    updateBuyingCentre('hpa', () => ({
      team: ['João'],
      people: [{ id: 'p-1', name: 'Célia', jobTitle: 'Gerente', roles: ['user'], power: 'medium', stance: 'sponsor', coveredBy: 'João' }],
    }));
    render(<BuyingCentreTool locale="pt-br" />);
    await screen.findByText('Centro de compras de Hotel Parque das Águas');
    expect(screen.getByTestId('buying-reading').querySelector('[data-gap="pattern"]')?.textContent).toBe(
      'Gravata-borboleta: 1 pessoa do nosso lado, 1 função do lado deles, todo contato por um nó só.',
    );
    expect(screen.getByRole('table', { name: ptBr.gridCaption })).toBeTruthy();
  });
});
