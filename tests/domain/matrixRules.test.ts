/** The rules the three matrix tools used to work out in their widgets: areas, counts, orders, checks. */
import { describe, expect, it } from 'vitest';
import {
  QUADRANTS,
  assessFitCost,
  classifyScoredAccounts,
  countByDirection,
  countByQuadrant,
  countByZone,
  dpmPoints,
  fitCostListOrder,
  fitCostZone,
  fitCostZoneBounds,
  isMatrixScore,
  quadrantBounds,
  quadrantOf,
} from '../../src/domain/index.ts';

const A = [
  { id: 'growth', weight: 60 },
  { id: 'profit', weight: 40 },
];
const S = [
  { id: 'price', weight: 50 },
  { id: 'service', weight: 50 },
];
const centre = (b: { x: [number, number]; y: [number, number] }) => [(b.x[0] + b.x[1]) / 2, (b.y[0] + b.y[1]) / 2] as const;

describe('matrix scores', () => {
  it('accepts 0 to 10 and nothing else', () => {
    expect([0, 5, 7.25, 10].every(isMatrixScore)).toBe(true);
    expect([null, -0.1, 10.01, Number.NaN, Number.POSITIVE_INFINITY].some(isMatrixScore)).toBe(false);
  });
});

describe('quadrant areas and counts', () => {
  it('puts each quadrant where quadrantOf puts its points (x strength, y attractiveness), for any midpoint', () => {
    for (const mid of [5, 3, 7.5]) {
      for (const q of QUADRANTS) {
        const b = quadrantBounds(q.id, mid);
        const [strength, attractiveness] = centre(b);
        expect(quadrantOf(attractiveness, strength, mid), `${q.id} at ${mid}`).toBe(q.id);
        expect([b.x[1] - b.x[0] > 0, b.y[1] - b.y[0] > 0]).toEqual([true, true]);
      }
    }
    expect(quadrantBounds('star', 4)).toEqual({ x: [0, 4], y: [4, 10] });
  });

  it('counts every quadrant, zero included', () => {
    expect(countByQuadrant([{ quadrant: 'star' }, { quadrant: 'star' }, { quadrant: 'status' }])).toEqual({
      strategic: 0,
      star: 2,
      status: 1,
      streamline: 0,
    });
  });
});

describe('classification of a table being filled in', () => {
  it('classifies the accounts scored on every criterion and leaves the half-scored out', () => {
    const full = { growth: 8, profit: 8, price: 2, service: 2 };
    const result = classifyScoredAccounts({
      attractiveness: A,
      strength: S,
      accounts: [
        { key: 'a', scores: full, revenue: 10 },
        { key: 'b', scores: { growth: 8 } },
      ],
    });
    expect(result).toEqual([{ key: 'a', attractiveness: 8, strength: 2, quadrant: 'star', revenue: 10 }]);
  });

  it('classifies nobody when the criteria cannot be used', () => {
    const scores = { growth: 8, profit: 8 };
    expect(classifyScoredAccounts({ attractiveness: A, strength: [], accounts: [{ key: 'a', scores }] })).toEqual([]);
  });
});

describe('fit vs cost zones, counts and the listed order', () => {
  it('puts each zone where fitCostZone puts its points (x cost, y fit)', () => {
    for (const mid of [5, 2.5]) {
      for (const zone of ['select', 'consider', 'later', 'avoid'] as const) {
        const [cost, fit] = centre(fitCostZoneBounds(zone, mid));
        expect(fitCostZone(fit, cost, mid), `${zone} at ${mid}`).toBe(zone);
      }
    }
  });

  it('lists the recommended first in their order, then the rest by fit minus cost', () => {
    const result = assessFitCost({
      candidates: [
        { key: 'late', fit: 2, cost: 1 },
        { key: 'avoid', fit: 1, cost: 9 },
        { key: 'sel-narrow', fit: 6, cost: 4 },
        { key: 'sel-wide', fit: 9, cost: 1 },
        { key: 'consider', fit: 9, cost: 8 },
      ],
    });
    expect(fitCostListOrder(result).map((p) => p.key)).toEqual(['sel-wide', 'sel-narrow', 'consider', 'late', 'avoid']);
    expect(countByZone(result.points)).toEqual({ select: 2, consider: 1, later: 1, avoid: 1 });
  });
});

describe('DPM directions', () => {
  it('counts the segments moving each way', () => {
    const segment = (id: string, a3: number) => ({
      id,
      name: id,
      revenueNow: 1,
      revenueIn3Years: 1,
      attractivenessNow: 5,
      strengthNow: 5,
      attractivenessIn3Years: a3,
      strengthIn3Years: 5,
    });
    const result = dpmPoints([segment('up', 8), segment('same', 5.2), segment('down', 2), segment('up2', 9)]);
    if (!result.ok) throw new Error('valid segments');
    expect(countByDirection(result.points)).toEqual({ improving: 2, stable: 1, declining: 1 });
  });
});
