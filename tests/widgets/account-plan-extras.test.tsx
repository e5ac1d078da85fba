// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { freshStorage } from '../state/helpers.ts';
import { addClients, saveDiagnosis, updateAccountTeam, updateKraljic, updateValueProposition } from '../../src/state/index.ts';
import { planToMarkdown } from '../../src/domain/index.ts';
import type { AccountPlan as Plan, ValueProposition } from '../../src/domain/index.ts';
import { caseBuyerAnswers } from '../course/caseBuyers.ts';
import AccountPlan from '../../src/widgets/account-plan/AccountPlan.tsx';
import { markdownLabels } from '../../src/widgets/account-plan/model.ts';
import { withExtras } from '../../src/widgets/account-plan/planExtras.ts';
import Dashboard from '../../src/widgets/dashboard/Dashboard.tsx';

const year = new Date().getFullYear();
/** Hospital Santa Clara's buyer in the case sheet: a leverage item, so Mid-KAM at most. */
const leverage = caseBuyerAnswers('hospital-santa-clara');
const members = [
  { id: 'k', name: 'Juliana', function: 'sales', role: 'kam' },
  { id: 's', name: 'Marta', function: 'management', role: 'sponsor' },
] as const;
const raci = [
  { decision: 'price', member: 's', letter: 'A' },
  { decision: 'price', member: 'k', letter: 'R' },
] as const;
const content = {
  alternative: 'A national distributor',
  offer: '',
  csfs: [{ id: 'csf-1', factor: 'No stock-outs', importance: 5, ours: 9, best: 6 }],
  lines: [{ id: 'l-1', category: 'risk', label: 'Stock-outs', ours: 4800, alternative: 24000, csf: 'csf-1', source: '', verified: false }],
} satisfies Omit<ValueProposition, 'accountKey' | 'updatedAt'>;

describe('Account plan: the team and the buyer’s view on paper and in Markdown', () => {
  beforeEach(() => {
    freshStorage();
    addClients([
      { key: 'acme', name: 'Acme', revenue: 500_000, keyAccount: true },
      { key: 'beta', name: 'Beta', revenue: 300_000, keyAccount: true },
    ]);
  });
  afterEach(() => cleanup());

  it('prints the team (sponsor, people, who decides) and the Kraljic reading with the cap against the plan’s target', async () => {
    saveDiagnosis('acme', { answers: { business: 'business.mid' }, signals: [], stage: 'mid', targetStage: 'partnership' });
    updateAccountTeam('acme', () => ({ members: [...members], raci: [...raci] }));
    updateKraljic('acme', () => leverage);
    const { container } = render(<AccountPlan locale="en" />);
    fireEvent.click(await screen.findByRole('button', { name: `Create the ${year} plan` }));
    const doc = () => container.querySelector('.ap-document')!;
    await waitFor(() => expect(doc().querySelector('[data-section="buyer-view"]')).not.toBeNull());
    const team = doc().querySelector('[data-section="account-team"]')!;
    expect(team.querySelector('h2')?.textContent).toBe('Account team');
    expect(team.querySelector('[data-sponsor]')?.textContent).toBe('Executive sponsor: Marta.');
    const price = team.querySelector('[data-raci] [data-decision="price"]')!;
    expect([...price.querySelectorAll('th, td')].map((c) => c.textContent)).toEqual(['Prices and discounts', 'Marta', 'Juliana', '—', '—']);
    const view = doc().querySelector('[data-section="buyer-view"]')!;
    expect(view.getAttribute('data-quadrant')).toBe('leverage');
    expect(view.textContent).toContain('The customer’s buyer sees what we sell as a leverage item.');
    expect(view.textContent).toContain('up to Mid-KAM');
    expect(view.textContent).toContain('The plan’s target stage, Partnership-KAM, is above what this view allows (Mid-KAM)');
    // The extras come after the plan's own sections.
    const sections = [...doc().querySelectorAll('[data-section]')].map((s) => s.getAttribute('data-section'));
    expect(sections.slice(-2)).toEqual(['account-team', 'buyer-view']);
  });

  it('prints neither for an account without them (no empty team, no unanswered reading)', async () => {
    updateAccountTeam('acme', () => ({ members: [{ id: 'x', name: '  ', function: 'other', role: 'counterpart' }], raci: [] }));
    const { container } = render(<AccountPlan locale="en" />);
    fireEvent.click(await screen.findByRole('button', { name: `Create the ${year} plan` }));
    await screen.findByText(`Plan ${year} (open)`);
    expect(container.querySelector('.ap-document [data-section="account-team"]')).toBeNull();
    expect(container.querySelector('.ap-document [data-section="buyer-view"]')).toBeNull();
  });

  it('the Markdown file appends the team, then the buyer’s view, then the proposition, in both languages', () => {
    const plan = {
      id: `acme-${year}`,
      accountKey: 'acme',
      accountName: 'Acme',
      year,
      updatedAt: '2026-01-01T00:00:00Z',
      mission: '',
      financialHistory: [],
      customerOverview: '',
      criticalSuccessFactors: [],
      customerPortfolio: '',
      assumptions: '',
      objectives: '',
      goals: [],
      actions: [],
      contacts: [],
      risks: [],
      nextReview: null,
      currentStage: 'mid',
      targetStage: 'partnership',
    } as unknown as Plan;
    const proposition: ValueProposition = { accountKey: 'acme', updatedAt: plan.updatedAt, ...content };
    const extras = { team: { members: [...members], raci: [...raci] }, buyerView: leverage, proposition };
    const en = withExtras('en', plan, 'BRL', planToMarkdown(plan, { ...markdownLabels('en'), currency: 'BRL' }), extras);
    const order = ['## Account team', '## The buyer’s view (Kraljic)', 'Value proposition'].map((h) => en.indexOf(h));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(en).toContain('- The customer’s buyer sees what we sell as a leverage item.');
    expect(en).toContain('- The relationship this view allows: up to Mid-KAM.');
    expect(en).toContain('- Closed while the buyer sees us this way: Partnership-KAM, Synergistic-KAM.');
    const pt = withExtras('pt-br', plan, 'BRL', '# Plano\n', { ...extras, team: undefined, proposition: undefined });
    expect(pt).toContain('## A visão do comprador (Kraljic)');
    expect(pt).toContain('- O comprador do cliente vê o que vendemos como item de alavancagem.');
    expect(pt).toContain('- O relacionamento que essa visão permite: até o estágio Mid-KAM.');
    expect(pt).not.toMatch(/\{\w+\}/);
    // Without answers, nothing is added.
    expect(withExtras('en', plan, 'BRL', '# Plan\n', { team: undefined, proposition: undefined, buyerView: {} })).toBe('# Plan\n');
  });
});

describe('Dashboard: a value-proposition line per key account', () => {
  beforeEach(() => {
    freshStorage();
    addClients([
      { key: 'acme', name: 'Acme', revenue: 500_000, keyAccount: true },
      { key: 'beta', name: 'Beta', revenue: 300_000, keyAccount: true },
      { key: 'small', name: 'Small Co', revenue: 1_000, keyAccount: false },
    ]);
  });
  afterEach(() => cleanup());

  it('shows what each proposition holds, or that there is none yet, linking to the tool for that account', async () => {
    updateValueProposition('acme', () => content);
    const { container } = render(<Dashboard locale="en" />);
    await waitFor(() => expect(container.querySelector('[data-value-propositions]')).not.toBeNull());
    const line = (key: string) => container.querySelector(`[data-value-propositions] [data-account="${key}"]`);
    expect(line('acme')?.textContent).toMatch(
      /^Acme: value proposition: 1 critical success factor, value in use \$19,200 a year, 1 point in the resonating focus\.$/,
    );
    expect(line('beta')?.textContent).toBe('Beta: no value proposition yet: build it in the value-proposition tool.');
    expect(line('beta')?.querySelector('a')?.getAttribute('href')).toMatch(/tools\/value-proposition\/?\?account=beta$/);
    expect(line('small')).toBeNull();
  });

  it('speaks Portuguese', async () => {
    updateValueProposition('beta', () => content);
    const { container } = render(<Dashboard locale="pt-br" />);
    await waitFor(() => expect(container.querySelector('[data-value-propositions]')).not.toBeNull());
    expect(container.querySelector('[data-value-propositions] h2')?.textContent).toBe('Propostas de valor');
    expect(container.querySelector('[data-value-propositions] [data-account="beta"]')?.textContent).toContain(
      '1 fator crítico de sucesso, valor em uso de R$',
    );
    expect(container.querySelector('[data-value-propositions] [data-account="acme"]')?.textContent).toContain(
      'ainda sem proposta de valor',
    );
  });
});
