import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  LADDER_STAGES,
  STAGE_QUESTIONS,
  accountQuadrant,
  assessUncoupling,
  buildDashboard,
  classifyAccounts,
  diagnoseStage,
  emptyAccountPlan,
  isEditableOn,
  isMatrixSetupValid,
  nextPlanYear,
  nextStepGroups,
  paretoAnalysis,
  paretoClassOf,
  planFileName,
  prefillPlan,
  spreadEnds,
  stepsToward,
  uncouplingRisk,
  visibleDashboardRows,
} from '../../src/domain/index.ts';
import type { DashboardAssessment, MatrixSetup } from '../../src/domain/index.ts';

const SETUP: MatrixSetup = {
  attractiveness: [
    { id: 'a1', weight: 60 },
    { id: 'a2', weight: 40 },
  ],
  strength: [{ id: 's1', weight: 100 }],
  midpoint: 5,
};

const answer = (id: string, stage: (typeof LADDER_STAGES)[number]) =>
  STAGE_QUESTIONS.find((q) => q.id === id)!.options.find((o) => o.stage === stage)!.id;

describe('uncouplingRisk: nothing ticked is "not assessed", never "low"', () => {
  it('is null for no ticks, an empty list or only unknown ids', () => {
    expect(uncouplingRisk(null)).toBeNull();
    expect(uncouplingRisk(undefined)).toBeNull();
    expect(uncouplingRisk([])).toBeNull();
    expect(uncouplingRisk(['no-such-sign'])).toBeNull();
  });

  it('is assessUncoupling of the known ticks otherwise', () => {
    fc.assert(
      fc.property(fc.subarray(['single-point-of-contact', 'late-payments', 'no-new-proposals', 'unknown-id']), (ticks) => {
        const known = ticks.filter((t) => t !== 'unknown-id');
        const risk = uncouplingRisk(ticks);
        if (known.length === 0) expect(risk).toBeNull();
        else expect(risk).toEqual(assessUncoupling(known));
      }),
    );
  });
});

describe('account standing (pareto class, quadrant)', () => {
  it('paretoClassOf is the class paretoAnalysis gives, null for an excluded or unknown client', () => {
    const clients = [
      { key: 'big', name: 'Big', revenue: 900 },
      { key: 'small', name: 'Small', revenue: 100 },
      { key: 'zero', name: 'Zero', revenue: 0 },
    ];
    const ranked = paretoAnalysis(clients).ranked;
    expect(paretoClassOf(clients, 'big')).toBe(ranked.find((r) => r.key === 'big')!.class);
    expect(paretoClassOf(clients, 'small')).toBe(ranked.find((r) => r.key === 'small')!.class);
    expect(paretoClassOf(clients, 'zero')).toBeNull();
    expect(paretoClassOf(clients, 'nobody')).toBeNull();
  });

  it('accountQuadrant needs every criterion scored and a valid setup, then agrees with classifyAccounts', () => {
    expect(accountQuadrant(SETUP, { a1: 9, a2: 9 })).toBeNull();
    expect(accountQuadrant({ ...SETUP, strength: [{ id: 's1', weight: 90 }] }, { a1: 9, a2: 9, s1: 9 })).toBeNull();
    expect(accountQuadrant({ ...SETUP, attractiveness: [], strength: [] }, {})).toBeNull();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }), (a1, a2, s1) => {
        const scores = { a1, a2, s1 };
        const expected = classifyAccounts({ ...SETUP, accounts: [{ key: 'x', scores }] });
        expect(expected.ok).toBe(true);
        if (expected.ok) expect(accountQuadrant(SETUP, scores)).toBe(expected.accounts[0]!.quadrant);
      }),
    );
  });

  it('isMatrixSetupValid follows the weights', () => {
    expect(isMatrixSetupValid(SETUP)).toBe(true);
    expect(isMatrixSetupValid({ ...SETUP, strength: [{ id: 's1', weight: 99 }] })).toBe(false);
  });
});

describe('dashboard', () => {
  const empty = (): DashboardAssessment => ({ diagnoses: [], uncoupling: null, matrixScores: {}, plans: [] });
  const clients = [
    { key: 'k1', name: 'Alpha', revenue: 500, keyAccount: true },
    { key: 'k2', name: 'Beta', revenue: 300, keyAccount: true },
    { key: 'k3', name: 'Gamma', revenue: 200, keyAccount: true },
    { key: 'o', name: 'Other', revenue: 100 },
  ];
  const plan = emptyAccountPlan('k2', 'Beta', 2026, '2026-01-01T00:00:00Z');
  const model = buildDashboard({
    portfolio: { clients },
    assessments: {
      k1: { ...empty(), uncoupling: { checked: [] } },
      k2: {
        ...empty(),
        uncoupling: { checked: ['single-point-of-contact', 'key-contact-changing', 'no-successor'] },
        plans: [{ ...plan, nextReview: '2025-12-01' }],
        matrixScores: { a1: 8, a2: 8, s1: 8 },
      },
    },
    matrixConfig: SETUP,
    today: '2026-01-10',
  });
  const row = (key: string) => model.rows.find((r) => r.key === key)!;

  it('a checklist with nothing ticked reads not assessed (null), a ticked one its level', () => {
    expect(row('k1').risk).toBeNull();
    expect(row('k3').risk).toBeNull();
    expect(row('k2').risk).toEqual({
      level: 'high',
      score: assessUncoupling(['single-point-of-contact', 'key-contact-changing', 'no-successor']).score,
    });
  });

  it('one row per key account with the rules of the tools: quadrant, warnings', () => {
    expect(model.rows.map((r) => r.key)).toEqual(['k1', 'k2', 'k3']);
    expect(row('k2').quadrant).toBe('strategic');
    expect(row('k1').quadrant).toBeNull();
    // Beta makes 300 of 1100 (27 %): over the strong dependence share too.
    expect(row('k2').warnings).toEqual(['review-overdue', 'high-risk', 'dependence']);
    expect(row('k1').warnings).toContain('no-plan');
    expect(model.keyRevenue).toBe(1000);
  });

  it('filters and sorts; what is missing sorts lowest', () => {
    const byRisk = visibleDashboardRows(model.rows, { query: '', show: 'all', sort: 'risk', dir: -1 });
    expect(byRisk[0]!.key).toBe('k2');
    expect(visibleDashboardRows(model.rows, { query: 'gam', show: 'all', sort: 'name', dir: 1 }).map((r) => r.key)).toEqual(['k3']);
    expect(visibleDashboardRows(model.rows, { query: '', show: 'noPlan', sort: 'name', dir: 1 }).map((r) => r.key)).toEqual(['k1', 'k3']);
    expect(visibleDashboardRows(model.rows, { query: '', show: 'warned', sort: 'revenue', dir: -1 }).map((r) => r.key)).toEqual([
      'k1',
      'k2',
      'k3',
    ]);
  });

  it('next steps group the accounts by warning, the most urgent first', () => {
    const groups = nextStepGroups(model.rows);
    expect(groups[0]).toEqual({ warning: 'high-risk', names: ['Beta'] });
    expect(groups.find((g) => g.warning === 'no-plan')!.names).toEqual(['Alpha', 'Gamma']);
  });
});

describe('stage diagnosis helpers', () => {
  it('spreadEnds names the questions at the lowest and highest rung', () => {
    expect(spreadEnds({})).toBeNull();
    const answers = {
      contacts: answer('contacts', 'partnership'),
      price: answer('price', 'early'),
      trust: answer('trust', 'mid'),
      costs: answer('costs', 'early'),
    };
    const ends = spreadEnds(answers)!;
    expect(ends.low).toEqual({
      stage: 'early',
      questionIds: ['price', 'costs'].sort(
        (a, b) => STAGE_QUESTIONS.findIndex((q) => q.id === a) - STAGE_QUESTIONS.findIndex((q) => q.id === b),
      ),
    });
    expect(ends.high).toEqual({ stage: 'partnership', questionIds: ['contacts'] });
    expect(LADDER_STAGES.indexOf(ends.high.stage) - LADDER_STAGES.indexOf(ends.low.stage)).toBe(diagnoseStage({ answers }).spread);
  });

  it('stepsToward climbs from the ladder stage, or from the foot when uncoupling', () => {
    expect(stepsToward({ stage: 'early', ladderStage: 'early' }, 'partnership')).toEqual(['mid', 'partnership']);
    expect(stepsToward({ stage: 'partnership', ladderStage: 'partnership' }, 'mid')).toEqual([]);
    expect(stepsToward({ stage: 'uncoupling', ladderStage: 'mid' }, 'mid')).toEqual(['early', 'mid']);
  });

  it('a diagnosis is editable on the day it was taken only', () => {
    expect(isEditableOn('2026-03-04T23:00:00.000Z', '2026-03-04T08:00:00.000Z')).toBe(true);
    expect(isEditableOn('2026-03-03T23:00:00.000Z', '2026-03-04T08:00:00.000Z')).toBe(false);
  });
});

describe('starting a plan', () => {
  it('nextPlanYear: this year, or the year after the latest plan once this year has one', () => {
    expect(nextPlanYear([], 2026)).toBe(2026);
    expect(nextPlanYear([{ year: 2025 }], 2026)).toBe(2026);
    expect(nextPlanYear([{ year: 2026 }, { year: 2027 }], 2026)).toBe(2028);
  });

  it('prefillPlan takes revenue and margin from the client and stage and target from the latest diagnosis', () => {
    const plan = emptyAccountPlan('k', 'K', 2026, '2026-01-01T00:00:00Z');
    const filled = prefillPlan(plan, {
      client: { revenue: 1000, marginPct: 20, previousRevenue: 800 },
      diagnoses: [
        { date: '2025-09-01', stage: 'mid', targetStage: 'partnership' },
        { date: '2025-01-01', stage: 'early' },
      ],
    });
    expect(filled.financialHistory).toEqual([
      { year: 2023, revenue: null, marginPct: null },
      { year: 2024, revenue: 800, marginPct: null },
      { year: 2025, revenue: 1000, marginPct: 20 },
    ]);
    expect(filled.currentStage).toBe('mid');
    expect(filled.targetStage).toBe('partnership');
    expect(prefillPlan(plan, { diagnoses: [] })).toEqual(plan);
  });

  it('prefillPlan takes each history year from dated sales when they are given, not the client’s totals', () => {
    const plan = emptyAccountPlan('k', 'K', 2026, '2026-01-01T00:00:00Z');
    const filled = prefillPlan(plan, {
      client: { revenue: 5000, marginPct: 20, previousRevenue: 800 },
      revenueByYear: new Map([
        [2024, 1200.5],
        [2025, 0],
      ]),
      diagnoses: [],
    });
    expect(filled.financialHistory).toEqual([
      { year: 2023, revenue: null, marginPct: null },
      { year: 2024, revenue: 1200.5, marginPct: null },
      { year: 2025, revenue: 0, marginPct: 20 },
    ]);
  });

  it('planFileName is safe on every system', () => {
    expect(planFileName({ accountName: 'Hospital São José / Unidade 2', year: 2026 }, 'md')).toBe(
      'account-plan-hospital-sao-jose-unidade-2-2026.md',
    );
    expect(planFileName({ accountName: '***', year: 2026 }, 'json')).toBe('account-plan-account-2026.json');
  });
});
