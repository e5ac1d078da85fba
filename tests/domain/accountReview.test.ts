import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  REVENUE_WELL_BELOW,
  accountReviewSchema,
  assessUncoupling,
  buildDashboard,
  check,
  nextStepGroups,
  emptyAccountPlan,
  previousQuarter,
  quarterEnd,
  quarterMonths,
  quarterOf,
  reviewTrend,
  reviewVerdict,
} from '../../src/domain/index.ts';
import type { AccountPlan, AccountReview, StageId } from '../../src/domain/index.ts';
import { quarterGoal, reviewId, snapshotForReview } from '../../src/domain/accountReviewSnapshot.ts';
import { quarterPeriod, revenueInQuarter } from '../../src/domain/accountReviewRevenue.ts';
import { revenueForPeriod } from '../../src/domain/period.ts';
import type { MonthlyAmount } from '../../src/domain/monthlySales.ts';

/** A client's revenue in a quarter, as the review's start reads it (the period rules over the quarter's months). */
const quarterRevenue = (client: { key: string; revenue: number }, sales: readonly MonthlyAmount[], quarter: string) =>
  revenueInQuarter(revenueForPeriod([client], sales, quarterPeriod(quarter)), client.key);

const NOW = '2026-04-08T10:00:00.000Z';

function review(quarter: string, fields: Partial<AccountReview> = {}): AccountReview {
  return {
    id: `r-${quarter}`,
    accountKey: 'acme',
    quarter,
    date: quarterEnd(quarter),
    stage: 'mid',
    riskScore: 10,
    riskLevel: 'low',
    revenueActual: 100,
    revenueGoal: 100,
    actionsDone: 0,
    actionsDue: 0,
    agenda: [],
    decision: null,
    notes: '',
    updatedAt: NOW,
    ...fields,
  };
}

function plan(year: number, goals: Record<number, number>, updatedAt = NOW): AccountPlan {
  const p = emptyAccountPlan('acme', 'Acme', year, NOW);
  return { ...p, updatedAt, goals: p.goals.map((g) => ({ ...g, revenue: goals[g.year] ?? null })) };
}

describe('quarters', () => {
  it('names the quarter of a date, its months, its last day and the one before', () => {
    expect(quarterOf('2026-02-10')).toBe('2026-Q1');
    expect(quarterOf('2025-12-31')).toBe('2025-Q4');
    expect(quarterOf('2025-07-01')).toBe('2025-Q3');
    expect(quarterMonths('2025-Q3')).toEqual({ start: '2025-07', end: '2025-09' });
    expect(quarterEnd('2025-Q2')).toBe('2025-06-30');
    expect(quarterEnd('2025-Q4')).toBe('2025-12-31');
    expect(previousQuarter('2026-Q1')).toBe('2025-Q4');
    expect(previousQuarter('2026-Q3')).toBe('2026-Q2');
  });

  it('every date falls inside the months of its own quarter', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const m = quarterMonths(quarterOf(iso));
        expect(iso.slice(0, 7) >= m.start && iso.slice(0, 7) <= m.end).toBe(true);
        expect(iso <= quarterEnd(quarterOf(iso))).toBe(true);
      }),
    );
  });
});

describe('quarterGoal', () => {
  it('is a quarter of the year’s goal, from the latest plan that sets one', () => {
    expect(quarterGoal([plan(2026, { 2026: 1_045_000 })], '2026-Q2')).toBe(261_250);
    const older = plan(2025, { 2026: 900_000 });
    const newer = plan(2026, { 2026: 1_045_000 }, '2026-02-01T00:00:00.000Z');
    expect(quarterGoal([newer, older], '2026-Q1')).toBe(261_250);
    // The newer plan sets no 2025 goal: the older one still answers for 2025.
    expect(quarterGoal([newer, plan(2025, { 2025: 400_000 })], '2025-Q4')).toBe(100_000);
  });

  it('is null without a plan or a goal for the year', () => {
    expect(quarterGoal([], '2026-Q1')).toBeNull();
    expect(quarterGoal([plan(2026, {})], '2026-Q1')).toBeNull();
  });
});

describe('snapshotForReview', () => {
  const diagnoses: { date: string; stage: StageId }[] = [
    { date: '2026-05-01', stage: 'partnership' },
    { date: '2026-01-10', stage: 'early' },
    { date: '2026-03-02', stage: 'mid' },
  ];
  const sales = [
    { key: 'acme', month: '2026-01', amount: 100.1 },
    { key: 'acme', month: '2026-03', amount: 200.2 },
    { key: 'acme', month: '2026-04', amount: 999 },
    { key: 'acme', month: '2025-12', amount: 50 },
  ];
  const p = plan(2026, { 2026: 1200 });
  p.actions = [
    { id: 'a1', what: 'x', owner: '', due: '2026-02-01', status: 'done' },
    { id: 'a2', what: 'y', owner: '', due: '2026-03-15', status: 'doing' },
    { id: 'a3', what: 'z', owner: '', due: '2026-06-01', status: 'todo' },
  ];
  const client = { key: 'acme', revenue: 1349.3 };
  const input = {
    accountKey: 'acme',
    date: '2026-03-20',
    diagnoses,
    uncouplingChecked: ['single-point-of-contact', 'late-payments'],
    revenueActual: quarterRevenue(client, sales, '2026-Q1'),
    plans: [p],
    id: 'r1',
    now: NOW,
  };

  it('takes the diagnosis latest on the review date, the checklist’s risk, the quarter’s revenue and goal, the actions', () => {
    const r = snapshotForReview(input);
    expect(r.quarter).toBe('2026-Q1');
    expect(r.stage).toBe('mid');
    const risk = assessUncoupling(['single-point-of-contact', 'late-payments']);
    expect(r.riskScore).toBeCloseTo(risk.score, 1);
    expect(r.riskLevel).toBe(risk.level);
    expect(r.revenueActual).toBe(300.3);
    expect(r.revenueGoal).toBe(300);
    expect([r.actionsDone, r.actionsDue]).toEqual([1, 1]);
    expect(r.decision).toBeNull();
    expect(check(accountReviewSchema, r).success).toBe(true);
  });

  it('leaves what is unknown empty: no diagnosis yet, nothing ticked, no dated sales, no plan', () => {
    const r = snapshotForReview({
      ...input,
      diagnoses: [],
      uncouplingChecked: [],
      revenueActual: quarterRevenue(client, [], '2026-Q1'),
      plans: [],
    });
    expect([r.stage, r.riskScore, r.riskLevel, r.revenueActual, r.revenueGoal]).toEqual([null, null, null, null, null]);
    expect([r.actionsDone, r.actionsDue]).toEqual([0, 0]);
  });

  it('reads the quarter’s revenue from the dated sales of its three months only; none without dated sales', () => {
    expect(quarterRevenue(client, sales, '2026-Q1')).toBe(300.3);
    expect(quarterRevenue(client, sales, '2026-Q2')).toBe(999);
    expect(quarterRevenue(client, sales, '2025-Q4')).toBe(50);
    expect(quarterRevenue(client, [], '2026-Q1')).toBeNull();
  });

  it('reviews a chosen quarter (the one just ended), held on a later day', () => {
    const r = snapshotForReview({ ...input, date: '2026-04-08', quarter: '2026-Q1' });
    expect(r.quarter).toBe('2026-Q1');
    expect(r.revenueActual).toBe(300.3);
    expect(r.stage).toBe('mid');
  });
});

describe('reviewTrend', () => {
  it('orders by quarter, keeps the latest review of a quarter, and reads the last two', () => {
    const t = reviewTrend([
      review('2025-Q3', { riskScore: 20 }),
      review('2025-Q1', { riskScore: 5 }),
      review('2025-Q2', { riskScore: 10 }),
      review('2025-Q2', { riskScore: 12, date: '2025-07-02' }),
    ]);
    expect(t.points.map((p) => [p.quarter, p.riskScore])).toEqual([
      ['2025-Q1', 5],
      ['2025-Q2', 12],
      ['2025-Q3', 20],
    ]);
    expect(t.direction).toBe('worsening');
    expect(t.riskUpTwoQuarters).toBe(true);
  });

  it('a stage falling is worsening even when the risk falls; a rise with the same risk is improving', () => {
    expect(
      reviewTrend([review('2025-Q1', { stage: 'mid', riskScore: 30 }), review('2025-Q2', { stage: 'early', riskScore: 5 })]).direction,
    ).toBe('worsening');
    expect(reviewTrend([review('2025-Q1', { stage: 'mid' }), review('2025-Q2', { stage: 'partnership' })]).direction).toBe('improving');
    expect(reviewTrend([review('2025-Q1'), review('2025-Q2')]).direction).toBe('steady');
    expect(reviewTrend([review('2025-Q1')]).direction).toBe('unknown');
    expect(reviewTrend([review('2025-Q1', { stage: 'early' }), review('2025-Q2', { stage: 'uncoupling' })]).direction).toBe('worsening');
  });

  it('risk up two quarters running needs two rises in a row; revenue below plan needs two quarters under the line', () => {
    const flat = reviewTrend([
      review('2025-Q1', { riskScore: 5 }),
      review('2025-Q2', { riskScore: 10 }),
      review('2025-Q3', { riskScore: 10 }),
    ]);
    expect(flat.riskUpTwoQuarters).toBe(false);
    const low = (q: string, share: number) => review(q, { revenueActual: share * 100, revenueGoal: 100 });
    expect(reviewTrend([low('2025-Q1', 0.5), low('2025-Q2', 0.9)]).revenueBelowPlanTwoQuarters).toBe(false);
    expect(reviewTrend([low('2025-Q1', 0.8), low('2025-Q2', REVENUE_WELL_BELOW - 0.01)]).revenueBelowPlanTwoQuarters).toBe(true);
    expect(reviewTrend([low('2025-Q1', 0.8), review('2025-Q2', { revenueGoal: null })]).revenueBelowPlanTwoQuarters).toBe(false);
  });
});

describe('reviewVerdict', () => {
  it('keeps a healthy account', () => {
    expect(reviewVerdict({ reviews: [review('2025-Q1'), review('2025-Q2')], abc: 'A', quadrant: 'strategic' })).toEqual({
      outcome: 'keep',
      reasons: [],
    });
  });

  it('any one reason asks to reclassify', () => {
    expect(reviewVerdict({ reviews: [review('2025-Q1')], abc: 'B' })).toEqual({ outcome: 'reclassify', reasons: ['not-class-a'] });
    expect(reviewVerdict({ reviews: [review('2025-Q1')], quadrant: 'streamline' }).reasons).toEqual(['streamline']);
    expect(reviewVerdict({ reviews: [review('2025-Q1', { riskLevel: 'high' })] }).outcome).toBe('reclassify');
  });

  it('Uncoupling-KAM, or three reasons together, say leave KAM', () => {
    expect(reviewVerdict({ reviews: [review('2025-Q1', { stage: 'uncoupling' })] })).toEqual({
      outcome: 'leave-kam',
      reasons: ['uncoupling-stage'],
    });
    const sliding = [
      review('2025-Q1', { riskScore: 3, revenueActual: 70 }),
      review('2025-Q2', { riskScore: 8, revenueActual: 70 }),
      review('2025-Q3', { riskScore: 14, revenueActual: 60 }),
    ];
    expect(reviewVerdict({ reviews: sliding, abc: 'B' })).toEqual({
      outcome: 'leave-kam',
      reasons: ['risk-up-two-quarters', 'revenue-below-plan', 'not-class-a'],
    });
  });

  it('no reviews and nothing known: keep, no reasons', () => {
    expect(reviewVerdict({ reviews: [] })).toEqual({ outcome: 'keep', reasons: [] });
  });
});

describe('reviewId', () => {
  it('is new among the reviews, also for a second review of a quarter', () => {
    expect(reviewId([], 'acme', '2026-Q1')).toBe('acme:2026-Q1');
    expect(reviewId([{ id: 'acme:2026-Q1' }], 'acme', '2026-Q1')).toBe('acme:2026-Q1-2');
  });
});

describe('accountReviewSchema', () => {
  it('rejects a malformed quarter, an unknown decision and a risk over 100', () => {
    expect(check(accountReviewSchema, review('2026-Q1')).success).toBe(true);
    expect(check(accountReviewSchema, review('2026-Q5')).success).toBe(false);
    expect(check(accountReviewSchema, { ...review('2026-Q1'), decision: 'sell' }).success).toBe(false);
    expect(check(accountReviewSchema, { ...review('2026-Q1'), riskScore: 101 }).success).toBe(false);
  });
});

describe('the dashboard reads the reviews', () => {
  const clients = [
    { key: 'sliding', name: 'Sliding', revenue: 500, keyAccount: true },
    { key: 'healthy', name: 'Healthy', revenue: 400, keyAccount: true },
    { key: 'unreviewed', name: 'Unreviewed', revenue: 300, keyAccount: true },
  ];
  const reviews = [
    review('2025-Q1', { id: 's1', accountKey: 'sliding', riskScore: 3 }),
    review('2025-Q2', { id: 's2', accountKey: 'sliding', riskScore: 8 }),
    review('2025-Q3', { id: 's3', accountKey: 'sliding', riskScore: 14, stage: 'uncoupling' }),
    review('2025-Q1', { id: 'h1', accountKey: 'healthy', riskScore: 6 }),
    review('2025-Q2', { id: 'h2', accountKey: 'healthy', riskScore: 3 }),
  ];
  const model = buildDashboard({
    portfolio: { clients },
    assessments: {},
    matrixConfig: { attractiveness: [], strength: [], midpoint: 5 },
    today: '2026-01-10',
    reviews,
  });
  const row = (key: string) => model.rows.find((r) => r.key === key)!;

  it('gives each reviewed account its trend and the rules’ verdict, as the domain does', () => {
    expect(row('sliding').review).toEqual({ trend: 'worsening', verdict: 'leave-kam' });
    expect(row('healthy').review).toEqual({ trend: 'improving', verdict: 'keep' });
    expect(row('unreviewed').review).toBeNull();
    expect(reviewVerdict({ reviews: reviews.filter((r) => r.accountKey === 'sliding'), abc: row('sliding').abc }).outcome).toBe(
      'leave-kam',
    );
  });

  it('warns when the rules say reclassify or leave, and puts it right after the uncoupling risk in the next steps', () => {
    expect(row('sliding').warnings).toContain('review-rules');
    expect(row('healthy').warnings).not.toContain('review-rules');
    expect(row('unreviewed').warnings).not.toContain('review-rules');
    const groups = nextStepGroups(model.rows).map((g) => g.warning);
    expect(groups.indexOf('review-rules')).toBeLessThan(groups.indexOf('no-plan'));
  });

  it('without reviews, as before: no review, no warning from them', () => {
    const before = buildDashboard({
      portfolio: { clients },
      assessments: {},
      matrixConfig: { attractiveness: [], strength: [], midpoint: 5 },
      today: '2026-01-10',
    });
    expect(before.rows.every((r) => r.review === null && !r.warnings.includes('review-rules'))).toBe(true);
  });
});
