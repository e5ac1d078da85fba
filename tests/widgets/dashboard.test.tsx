// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { freshStorage } from '../state/helpers.ts';
import { assessUncoupling, clientDependence, emptyAccountPlan, paretoAnalysis } from '../../src/domain/index.ts';
import { pickSampleKeyAccounts } from '../../src/samples/sampleAccounts.ts';
import {
  $portfolio,
  addClients,
  defaultMatrixConfig,
  saveDiagnosis,
  savePlan,
  setKeyAccounts,
  setMatrixScores,
  setUncouplingChecks,
} from '../../src/state/index.ts';
import Dashboard from '../../src/widgets/dashboard/Dashboard.tsx';
import { STRINGS } from '../../src/widgets/dashboard/strings.ts';
import { fillCount } from '../../src/i18n/plural.ts';
import { buildDashboard } from '../../src/domain/index.ts';
import { DOMAIN_TEXTS } from '../../src/i18n/domain-texts.ts';

const CLIENTS = [
  { key: 'C1', name: 'Rede Boa Compra', revenue: 1_260_000 },
  { key: 'C2', name: 'Hospital Santa Clara', revenue: 840_000 },
  { key: 'C3', name: 'Grupo Sabor & Cia', revenue: 600_000 },
  { key: 'C4', name: 'Hotel Parque das Águas', revenue: 480_000 },
  ...Array.from({ length: 20 }, (_, i) => ({ key: `S${i}`, name: `Small ${i}`, revenue: 30_000 + i * 1000 })),
];

function allScores(value: number): Record<string, number> {
  const cfg = defaultMatrixConfig();
  return Object.fromEntries([...cfg.attractiveness, ...cfg.strength].map((c) => [c.id, value]));
}

function seed(): void {
  addClients(CLIENTS);
  setKeyAccounts(['C1', 'C2', 'C3', 'C4', 'S0'], true);
  saveDiagnosis('C1', { answers: {}, signals: [], stage: 'early', targetStage: 'mid' });
  saveDiagnosis('C2', { answers: {}, signals: [], stage: 'mid', targetStage: 'partnership' });
  setUncouplingChecks('C4', ['single-point-of-contact', 'key-contact-changing', 'no-successor', 'late-payments']);
  setMatrixScores('C3', allScores(8));
  const plan = emptyAccountPlan('C2', 'Hospital Santa Clara', 2026, '2026-01-10T00:00:00Z');
  savePlan({
    ...plan,
    mission: 'Main partner',
    nextReview: '2020-03-15',
    contacts: [{ id: 'c-1', name: 'Ana', role: 'Purchasing', influence: 'high', attitude: 'supporter' }],
  });
  const plan3 = emptyAccountPlan('C3', 'Grupo Sabor & Cia', 2026, '2026-01-10T00:00:00Z');
  savePlan({
    ...plan3,
    nextReview: '2999-01-01',
    contacts: [
      { id: 'c-1', name: 'Bia', role: 'Kitchen', influence: 'high', attitude: 'supporter' },
      { id: 'c-2', name: 'Caio', role: 'Finance', ourContact: 'Our controller', influence: 'medium', attitude: 'neutral' },
    ],
  });
}

const row = (key: string) => document.querySelector(`tr[data-account="${key}"]`) as HTMLElement;
const cell = (key: string, col: string) => row(key).querySelector(`[data-col="${col}"]`)!.textContent;

describe('Dashboard', () => {
  beforeEach(() => freshStorage());
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows an empty state with load-sample that loads the sample company with key accounts picked like every loader', async () => {
    const csv = 'Código;Cliente;Valor\nA1;Mercado Bom;1.000,00\nA2;Padaria Sol;100,00\nA3;Bar Lua;100,00\nA4;Café Mar;50,00\n';
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(new TextEncoder().encode(csv))),
    );
    const { container } = render(<Dashboard locale="en" />);
    expect(container.querySelector('[data-widget="dashboard"]')).not.toBeNull();
    fireEvent.click(container.querySelector('[data-action="load-sample"]')!);
    await waitFor(() => expect($portfolio.get().clients).toHaveLength(4));
    // Not the sample company's six: the shared rule's class A kept between 3 and 5.
    const expected = pickSampleKeyAccounts($portfolio.get().clients);
    await waitFor(() =>
      expect(
        $portfolio
          .get()
          .clients.filter((c) => c.keyAccount)
          .map((c) => c.key)
          .sort(),
      ).toEqual([...expected].sort()),
    );
    await waitFor(() => expect(row('A1')).not.toBeNull());
  });

  it('with no key account, marks class A as candidates (not key accounts) and points to fit/cost', async () => {
    addClients([
      { key: 'A1', name: 'Mercado Bom', revenue: 1000 },
      { key: 'A2', name: 'Padaria Sol', revenue: 100 },
      { key: 'A3', name: 'Bar Lua', revenue: 100 },
    ]);
    render(<Dashboard locale="en" />);
    fireEvent.click(await screen.findByRole('button', { name: /Mark the 1 class A client as candidates/ }));
    // The portfolio's writer is fetched on the click: the write follows it.
    await waitFor(() =>
      expect(
        $portfolio
          .get()
          .clients.filter((c) => c.candidate === true)
          .map((c) => c.key),
      ).toEqual(['A1']),
    );
    expect($portfolio.get().clients.filter((c) => c.keyAccount)).toEqual([]);
    expect((await screen.findByText(/1 candidate marked/)).textContent).toContain('fit/cost tool');
    expect(screen.getByRole('link', { name: 'Compare them in the fit/cost tool' }).getAttribute('href')).toBe('/en/tools/fit-cost/');
    expect(screen.queryByRole('button', { name: /Mark the/ })).toBeNull();
  });

  it('shows every key account with the domain’s figures', async () => {
    seed();
    render(<Dashboard locale="en" />);
    await waitFor(() => expect(row('C1')).not.toBeNull());
    expect(document.querySelectorAll('tbody tr[data-account]')).toHaveLength(5);
    const pareto = paretoAnalysis(CLIENTS);
    for (const key of ['C1', 'C2', 'C3', 'C4', 'S0']) {
      expect(cell(key, 'abc')).toBe(pareto.ranked.find((r) => r.key === key)!.class);
    }
    const t = DOMAIN_TEXTS.en;
    expect(cell('C1', 'stage')).toBe(t.stages.early.name);
    expect(cell('C1', 'target')).toBe(t.stages.mid.name);
    expect(cell('C3', 'stage')).toBe('Not diagnosed');
    expect(cell('C4', 'risk')).toBe(
      t.uncouplingLevels[assessUncoupling(['single-point-of-contact', 'key-contact-changing', 'no-successor', 'late-payments']).level],
    );
    expect(cell('C1', 'risk')).toBe('Not assessed');
    expect(cell('C3', 'quadrant')).toBe(t.quadrants.strategic.name);
    expect(cell('C1', 'quadrant')).toBe('Not scored');
    expect(cell('C2', 'plan')).toMatch(/^\d+%$/);
    expect(cell('C1', 'plan')).toBe('No plan');
    // Tool links carry the account key.
    const links = within(row('C2'))
      .getAllByRole('link')
      .map((a) => a.getAttribute('href'));
    expect(links).toContain('/en/tools/stage-diagnosis/?account=C2');
    expect(links).toContain('/en/tools/account-plan/?account=C2');
  });

  it('raises the warnings that matter', async () => {
    seed();
    render(<Dashboard locale="en" />);
    await waitFor(() => expect(row('C1')).not.toBeNull());
    const warnings = (key: string) => [...row(key).querySelectorAll('[data-warning]')].map((w) => w.getAttribute('data-warning'));
    expect(warnings('C1')).toEqual(['no-plan', 'dependence']);
    expect(warnings('C2')).toEqual(['review-overdue', 'single-contact']);
    expect(warnings('C3')).toEqual([]);
    expect(warnings('C4')).toEqual(['no-plan', 'high-risk']);
    // Rede Boa Compra is above 25 % of this small portfolio's revenue (the domain's share).
    const model = buildDashboard({
      portfolio: $portfolio.get(),
      assessments: {},
      matrixConfig: defaultMatrixConfig(),
      today: '2026-01-01',
    });
    expect(model.rows.find((r) => r.key === 'C1')!.share!).toBeCloseTo(1_260_000 / paretoAnalysis(CLIENTS).total, 12);
    // One domain rule: C1 (32 %) is a strong warning; C2–C4 (12–21 %) are notices (from 10 %).
    expect(model.dependence.map((x) => [x.key, x.level])).toEqual([
      ['C1', 'strong'],
      ['C2', 'notice'],
      ['C3', 'notice'],
      ['C4', 'notice'],
    ]);
    expect(model.dependence.every((x) => x.level === clientDependence(x.share))).toBe(true);
  });

  it('flags dependence on one client over 25 % of revenue', async () => {
    addClients([
      { key: 'BIG', name: 'Big One', revenue: 700 },
      { key: 'B', name: 'B', revenue: 200 },
      { key: 'C', name: 'C', revenue: 100 },
    ]);
    setKeyAccounts(['BIG', 'B'], true);
    render(<Dashboard locale="pt-br" />);
    await waitFor(() => expect(row('BIG')).not.toBeNull());
    expect([...row('BIG').querySelectorAll('[data-warning]')].map((w) => w.getAttribute('data-warning'))).toContain('dependence');
    expect(document.querySelector('.db-alert[data-warning="dependence"]')!.textContent).toContain('Big One');
    expect(screen.getByText(/25%? ou mais do faturamento/, { selector: 'li' })).toBeTruthy();
  });

  it('sorts and filters', async () => {
    seed();
    render(<Dashboard locale="en" />);
    await waitFor(() => expect(row('C1')).not.toBeNull());
    const order = () => [...document.querySelectorAll('tbody tr[data-account]')].map((r) => r.getAttribute('data-account'));
    expect(order()).toEqual(['C1', 'C2', 'C3', 'C4', 'S0']); // revenue, largest first
    const sortButton = (key: string) => document.querySelector(`button[data-sort="${key}"]`) as HTMLButtonElement;
    fireEvent.click(sortButton('name'));
    expect(order()).toEqual(['C3', 'C2', 'C4', 'C1', 'S0']);
    expect(sortButton('name').closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(sortButton('name'));
    expect(order()).toEqual(['S0', 'C1', 'C4', 'C2', 'C3']);
    fireEvent.input(screen.getByLabelText('Find an account'), { target: { value: 'hos' } });
    expect(order()).toEqual(['C2']);
    fireEvent.input(screen.getByLabelText('Find an account'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'noPlan' } });
    expect(order().sort()).toEqual(['C1', 'C4', 'S0']);
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'warned' } });
    expect(order()).not.toContain('C3');
    expect(screen.getByText(/Showing \d of 5 key accounts/)).toBeTruthy();
  });

  it('suggests next steps in plain words', async () => {
    seed();
    render(<Dashboard locale="en" />);
    await waitFor(() => expect(row('C1')).not.toBeNull());
    expect(screen.getByText(/Write an account plan for .*Rede Boa Compra/)).toBeTruthy();
    expect(screen.getByText(/Review the plan of Hospital Santa Clara/)).toBeTruthy();
    expect(screen.getByText(/Act on the uncoupling risk of Hotel Parque das Águas/)).toBeTruthy();
  });
});

describe('the dashboard summary', () => {
  it('says how many key accounts need attention with the right number, in both languages', () => {
    expect(fillCount('en', STRINGS.en.warnedSummary, { n: 1 })).toBe('1 of them needs attention.');
    expect(fillCount('en', STRINGS.en.warnedSummary, { n: 3 })).toBe('3 of them need attention.');
    expect(fillCount('pt-br', STRINGS['pt-br'].warnedSummary, { n: 1 })).toBe('1 deles precisa de atenção.');
    expect(fillCount('pt-br', STRINGS['pt-br'].warnedSummary, { n: 3 })).toBe('3 deles precisam de atenção.');
  });
});
