import { describe, expect, it } from 'vitest';
import {
  check,
  DEFAULT_ATTRACTIVENESS_CRITERIA,
  DEFAULT_KEY_ACCOUNT_CAPACITY,
  DEFAULT_STRENGTH_CRITERIA,
  QUADRANTS,
  assessFitCost,
  bubbleRadius,
  classifyAccounts,
  dpmDirection,
  dpmPoints,
  fitCostZone,
  quadrantOf,
  segmentSchema,
  strategyOf,
  weightTotal,
} from '../../src/domain/index.ts';
import type { Segment } from '../../src/domain/index.ts';

const A = [
  { id: 'growth', weight: 60 },
  { id: 'profit', weight: 40 },
];
const S = [
  { id: 'price', weight: 50 },
  { id: 'service', weight: 50 },
];

describe('quadrants', () => {
  it('four quadrants with their strategies', () => {
    expect(QUADRANTS.map((q) => [q.id, q.strategy])).toEqual([
      ['strategic', 'invest-for-growth'],
      ['star', 'invest-selectively'],
      ['status', 'maintain'],
      ['streamline', 'manage-for-cash'],
    ]);
    expect(strategyOf('status')).toBe('maintain');
  });

  it('high means >= midpoint', () => {
    expect(quadrantOf(5, 5)).toBe('strategic');
    expect(quadrantOf(5, 4.99)).toBe('star');
    expect(quadrantOf(4.99, 5)).toBe('status');
    expect(quadrantOf(0, 0)).toBe('streamline');
    expect(quadrantOf(6, 6, 7)).toBe('streamline');
  });

  it('bubbleRadius: area proportional to value', () => {
    expect(bubbleRadius(100, 100, 40)).toBe(40);
    expect(bubbleRadius(25, 100, 40)).toBe(20);
    expect(bubbleRadius(0, 100, 40, 3)).toBe(3);
    expect(bubbleRadius(1, 100, 40, 6)).toBe(6);
    expect(bubbleRadius(10, 0, 40)).toBe(0);
  });
});

describe('classifyAccounts', () => {
  it('default criteria weights sum to 100', () => {
    expect(weightTotal(DEFAULT_ATTRACTIVENESS_CRITERIA)).toBe(100);
    expect(weightTotal(DEFAULT_STRENGTH_CRITERIA)).toBe(100);
  });

  it('hand-computed weighted scores and quadrants', () => {
    const r = classifyAccounts({
      attractiveness: A,
      strength: S,
      accounts: [
        { key: 'x', scores: { growth: 8, profit: 5, price: 6, service: 4 }, revenue: 1000 },
        { key: 'y', scores: { growth: 2, profit: 3, price: 9, service: 9 } },
        { key: 'z', scores: { growth: 10, profit: 10, price: 0, service: 2 } },
        { key: 'w', scores: { growth: 0, profit: 0, price: 0, service: 0 } },
      ],
    });
    expect(r).toEqual({
      ok: true,
      accounts: [
        // 8×60+5×40 = 680/100 = 6.8; 6×50+4×50 = 5
        { key: 'x', attractiveness: 6.8, strength: 5, quadrant: 'strategic', revenue: 1000 },
        { key: 'y', attractiveness: 2.4, strength: 9, quadrant: 'status' },
        { key: 'z', attractiveness: 10, strength: 1, quadrant: 'star' },
        { key: 'w', attractiveness: 0, strength: 0, quadrant: 'streamline' },
      ],
    });
  });

  it('accepts decimal weights that add up to 100', () => {
    const thirds = [
      { id: 'a', weight: 33.3 },
      { id: 'b', weight: 33.3 },
      { id: 'c', weight: 33.4 },
    ];
    expect(classifyAccounts({ attractiveness: thirds, strength: thirds, accounts: [] }).ok).toBe(true);
  });

  it.each([
    [{ attractiveness: [{ id: 'g', weight: 90 }], strength: S }, 'weights-not-100', 'attractiveness'],
    [{ attractiveness: A, strength: [{ id: 'p', weight: 101 }] }, 'weights-not-100', 'strength'],
    [{ attractiveness: [], strength: S }, 'no-criteria', 'attractiveness'],
    [
      {
        attractiveness: [
          { id: 'g', weight: 50 },
          { id: 'g', weight: 50 },
        ],
        strength: S,
      },
      'duplicate-criterion',
      'attractiveness',
    ],
    [
      {
        attractiveness: [
          { id: 'g', weight: -10 },
          { id: 'h', weight: 110 },
        ],
        strength: S,
      },
      'invalid-weight',
      'attractiveness',
    ],
  ] as const)('criteria errors: %#', (criteria, code, axis) => {
    const r = classifyAccounts({ ...criteria, accounts: [] });
    expect(r).toMatchObject({ ok: false, error: { code, axis } });
  });

  it('score errors and other errors', () => {
    const base = { attractiveness: A, strength: S };
    expect(classifyAccounts({ ...base, accounts: [{ key: 'x', scores: { growth: 11, profit: 5, price: 5, service: 5 } }] })).toMatchObject({
      ok: false,
      error: { code: 'score-out-of-range', key: 'x', criterion: 'growth' },
    });
    expect(classifyAccounts({ ...base, accounts: [{ key: 'x', scores: { growth: -1, profit: 5, price: 5, service: 5 } }] })).toMatchObject({
      ok: false,
      error: { code: 'score-out-of-range' },
    });
    expect(classifyAccounts({ ...base, accounts: [{ key: 'x', scores: { growth: 5, profit: 5, price: 5 } }] })).toMatchObject({
      ok: false,
      error: { code: 'missing-score', criterion: 'service', axis: 'strength' },
    });
    const s = { growth: 5, profit: 5, price: 5, service: 5 };
    expect(
      classifyAccounts({
        ...base,
        accounts: [
          { key: 'x', scores: s },
          { key: 'x', scores: s },
        ],
      }),
    ).toMatchObject({ ok: false, error: { code: 'duplicate-key' } });
    expect(classifyAccounts({ ...base, accounts: [], midpoint: 10 })).toMatchObject({ ok: false, error: { code: 'invalid-midpoint' } });
    expect(classifyAccounts({ ...base, accounts: [{ key: 'x', scores: { ...s, growth: Number.NaN } }] })).toMatchObject({
      ok: false,
      error: { code: 'score-out-of-range' },
    });
  });

  it('midpoint moves the lines', () => {
    const r = classifyAccounts({
      attractiveness: A,
      strength: S,
      accounts: [{ key: 'x', scores: { growth: 6, profit: 6, price: 6, service: 6 } }],
      midpoint: 7,
    });
    expect(r.ok && r.accounts[0]!.quadrant).toBe('streamline');
  });
});

describe('assessFitCost', () => {
  it('zones', () => {
    expect(fitCostZone(8, 2)).toBe('select');
    expect(fitCostZone(8, 5)).toBe('consider');
    expect(fitCostZone(2, 2)).toBe('later');
    expect(fitCostZone(4.9, 9)).toBe('avoid');
  });

  it('recommends select-zone candidates best first, flags invalid input and capacity', () => {
    const r = assessFitCost({
      candidates: [
        { key: 'a', fit: 7, cost: 3 }, // margin 4
        { key: 'b', fit: 9, cost: 1 }, // margin 8
        { key: 'c', fit: 6, cost: 2 }, // margin 4, lower fit than a
        { key: 'd', fit: 9, cost: 9 },
        { key: 'e', fit: 1, cost: 1 },
        { key: 'f', fit: 1, cost: 9 },
        { key: 'g', fit: 11, cost: 1 },
      ],
      capacity: 2,
    });
    expect(r.points.map((p) => [p.key, p.zone])).toEqual([
      ['a', 'select'],
      ['b', 'select'],
      ['c', 'select'],
      ['d', 'consider'],
      ['e', 'later'],
      ['f', 'avoid'],
    ]);
    expect(r.recommended).toEqual(['b', 'a', 'c']);
    expect(r.overCapacity).toBe(true);
    expect(r.invalid).toEqual(['g']);
  });

  it('default capacity 25', () => {
    expect(DEFAULT_KEY_ACCOUNT_CAPACITY).toBe(25);
    const many = Array.from({ length: 25 }, (_, i) => ({ key: `k${i}`, fit: 9, cost: 1 }));
    expect(assessFitCost({ candidates: many }).overCapacity).toBe(false);
    expect(assessFitCost({ candidates: [...many, { key: 'x', fit: 9, cost: 1 }] }).overCapacity).toBe(true);
  });

  it('custom midpoint', () => {
    expect(assessFitCost({ candidates: [{ key: 'a', fit: 6, cost: 4 }], midpoint: 7 }).points[0]!.zone).toBe('later');
  });
});

describe('directional policy matrix', () => {
  const seg = (over: Partial<Segment> = {}): Segment => ({
    id: 'retail',
    name: 'Varejo',
    revenueNow: 1000,
    revenueIn3Years: 1331,
    attractivenessNow: 6,
    strengthNow: 4,
    attractivenessIn3Years: 7,
    strengthIn3Years: 6,
    ...over,
  });

  it('segmentSchema validates ranges', () => {
    expect(check(segmentSchema, seg()).success).toBe(true);
    expect(check(segmentSchema, seg({ strengthNow: 11 })).success).toBe(false);
    expect(check(segmentSchema, seg({ revenueNow: -1 })).success).toBe(false);
    expect(check(segmentSchema, { ...seg(), id: '' }).success).toBe(false);
  });

  it('points now and in three years, growth rate and direction', () => {
    const r = dpmPoints([
      seg(),
      seg({ id: 'gov', name: 'Governo', revenueNow: 0, revenueIn3Years: 10, attractivenessIn3Years: 6, strengthIn3Years: 4 }),
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [p, q] = r.points;
    expect(p!.now).toEqual({ attractiveness: 6, strength: 4, revenue: 1000, quadrant: 'star' });
    expect(p!.future).toEqual({ attractiveness: 7, strength: 6, revenue: 1331, quadrant: 'strategic' });
    expect(p!.growthRate).toBeCloseTo(0.1, 12);
    expect(p!.direction).toBe('improving');
    expect(q!.growthRate).toBeNull();
    expect(q!.direction).toBe('stable');
  });

  it('direction', () => {
    expect(dpmDirection(seg({ attractivenessIn3Years: 5, strengthIn3Years: 3 }))).toBe('declining');
    expect(dpmDirection(seg({ attractivenessIn3Years: 6.2, strengthIn3Years: 4.2 }))).toBe('stable');
  });

  it('validation errors', () => {
    expect(dpmPoints([seg({ attractivenessNow: 12 })])).toMatchObject({ ok: false, error: { code: 'invalid-segment', id: 'retail' } });
    expect(dpmPoints([{ nope: true }])).toMatchObject({ ok: false, error: { code: 'invalid-segment' } });
    expect(dpmPoints([seg(), seg()])).toMatchObject({ ok: false, error: { code: 'duplicate-id', id: 'retail' } });
    expect(dpmPoints([seg()], 0)).toMatchObject({ ok: false, error: { code: 'invalid-midpoint' } });
    expect(dpmPoints([])).toEqual({ ok: true, points: [] });
  });
});
