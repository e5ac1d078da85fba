import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARETO_THRESHOLDS, normaliseThresholds, paretoAnalysis, paretoConcentration } from '../../src/domain/index.ts';
import type { ParetoInput } from '../../src/domain/index.ts';

const c = (key: string, revenue: number, name = key.toUpperCase()): ParetoInput => ({ key, name, revenue });

describe('paretoAnalysis', () => {
  it('hand-computed example: the client that crosses 80 % is A', () => {
    // 100 total: 50, 25, 10, 8, 4, 2, 1. Cumulative before: 0, 50, 75, 85, 93, 97, 99.
    const r = paretoAnalysis([c('e', 4), c('a', 50), c('g', 1), c('c', 10), c('b', 25), c('f', 2), c('d', 8)]);
    expect(r.total).toBe(100);
    expect(r.ranked.map((x) => [x.key, x.class])).toEqual([
      ['a', 'A'],
      ['b', 'A'],
      ['c', 'A'], // before = 75 % < 80 %: it is the one that crosses
      ['d', 'B'], // before = 85 %
      ['e', 'B'], // before = 93 %
      ['f', 'C'], // before = 97 % >= 95 %
      ['g', 'C'],
    ]);
    expect(r.ranked.map((x) => x.cumulativeShare)).toEqual([0.5, 0.75, 0.85, 0.93, 0.97, 0.99, 1]);
    expect(r.counts).toEqual({ A: 3, B: 2, C: 2 });
    // top 20 % of 7 clients = ceil(1.4) = 2 clients = 75 %.
    expect(r.top20Share).toBe(0.75);
    expect(r.clientShareForA).toBeCloseTo(3 / 7, 12);
  });

  it('the textbook 80/20 case: 20 % of the clients make 80 % of revenue', () => {
    const clients = [c('a', 400), c('b', 400), ...Array.from({ length: 8 }, (_, i) => c(`x${i}`, 25))];
    const r = paretoAnalysis(clients);
    expect(r.top20Share).toBe(0.8);
    // a and b bring the cumulative share to exactly 80 %; the next client starts at 80 %: not A.
    expect(r.counts.A).toBe(2);
    expect(r.ranked[2]!.class).toBe('B');
  });

  it('excludes zero, negative and non-finite revenue and lists it for review', () => {
    const r = paretoAnalysis([c('a', 10), c('z', 0), c('n', -5), c('i', Number.NaN), c('inf', Number.POSITIVE_INFINITY)]);
    expect(r.ranked.map((x) => x.key)).toEqual(['a']);
    expect(r.excluded.map((x) => x.key)).toEqual(['z', 'n', 'i', 'inf']);
    expect(r.total).toBe(10);
  });

  it('empty input', () => {
    const r = paretoAnalysis([]);
    expect(r).toEqual({ total: 0, ranked: [], excluded: [], counts: { A: 0, B: 0, C: 0 }, top20Share: 0, clientShareForA: 0 });
  });

  it('ties: ordered by name then key, and always in the same class', () => {
    // 60 then four clients of 10: the boundary at 80 % falls inside the tie; all four share A.
    const r = paretoAnalysis([
      c('k4', 10, 'Delta'),
      c('k1', 10, 'Alfa'),
      c('big', 60, 'Big'),
      c('k3', 10, 'Charlie'),
      c('k2', 10, 'Bravo'),
    ]);
    expect(r.ranked.map((x) => x.key)).toEqual(['big', 'k1', 'k2', 'k3', 'k4']);
    expect(r.ranked.map((x) => x.class)).toEqual(['A', 'A', 'A', 'A', 'A']);
    const sameName = paretoAnalysis([c('b', 5, 'Same'), c('a', 5, 'Same')]);
    expect(sameName.ranked.map((x) => x.key)).toEqual(['a', 'b']);
  });

  it('subnormal revenues: the largest client is still A (regression found by fast-check)', () => {
    expect(paretoAnalysis([c('x', 5e-324)], { a: 0.05, b: 0.05 }).ranked[0]!.class).toBe('A');
  });

  it('custom thresholds (70/90) and clamping of nonsense thresholds', () => {
    const r = paretoAnalysis([c('a', 50), c('b', 25), c('c', 10), c('d', 8), c('e', 7)], { a: 0.7, b: 0.9 });
    // before: 0, 50, 75, 85, 93 (%)
    expect(r.ranked.map((x) => x.class)).toEqual(['A', 'A', 'B', 'B', 'C']);
    expect(normaliseThresholds({ a: 0, b: 2 })).toEqual({ a: 0.01, b: 1 });
    expect(normaliseThresholds({ a: 0.9, b: 0.5 })).toEqual({ a: 0.9, b: 0.9 });
    expect(normaliseThresholds({ a: Number.NaN, b: 0.5 })).toEqual({ a: 0.01, b: 0.5 });
    expect(DEFAULT_PARETO_THRESHOLDS).toEqual({ a: 0.8, b: 0.95 });
    expect(paretoAnalysis([c('a', 1), c('b', 1)], { a: 0, b: 0 }).ranked[0]!.class).toBe('A');
  });

  const clientsArb = fc.uniqueArray(
    fc.record({
      key: fc.string({ minLength: 1, maxLength: 6 }),
      name: fc.string({ maxLength: 6 }),
      revenue: fc.oneof(
        fc.integer({ min: -100, max: 1_000_000 }),
        fc.double({ min: -10, max: 1e9, noNaN: true }),
        fc.constantFrom(0, 100, 1000),
      ),
    }),
    { selector: (x) => x.key, maxLength: 60 },
  );
  const thresholdsArb = fc.record({ a: fc.double({ min: 0.05, max: 1, noNaN: true }), b: fc.double({ min: 0.05, max: 1, noNaN: true }) });

  it('property: shares sum to 1 and cumulative share never decreases, ending at exactly 1', () => {
    fc.assert(
      fc.property(clientsArb, (clients) => {
        const r = paretoAnalysis(clients);
        if (r.ranked.length === 0) return;
        const sum = r.ranked.reduce((s, x) => s + x.share, 0);
        expect(sum).toBeCloseTo(1, 9);
        for (let i = 1; i < r.ranked.length; i++) {
          expect(r.ranked[i]!.cumulativeShare).toBeGreaterThanOrEqual(r.ranked[i - 1]!.cumulativeShare);
          expect(r.ranked[i]!.revenue).toBeLessThanOrEqual(r.ranked[i - 1]!.revenue);
        }
        expect(r.ranked.at(-1)!.cumulativeShare).toBe(1);
        expect(r.ranked.length + r.excluded.length).toBe(clients.length);
      }),
      { numRuns: 400 },
    );
  });

  it('property: classes do not depend on input order', () => {
    fc.assert(
      fc.property(clientsArb, thresholdsArb, fc.integer(), (clients, t, seed) => {
        const shuffled = fc.sample(fc.shuffledSubarray(clients, { minLength: clients.length, maxLength: clients.length }), {
          numRuns: 1,
          seed,
        })[0]!;
        const a = paretoAnalysis(clients, t);
        const b = paretoAnalysis(shuffled, t);
        expect(b.ranked).toEqual(a.ranked);
        expect(b.counts).toEqual(a.counts);
      }),
      { numRuns: 300 },
    );
  });

  it('property: tied revenues share a class, the largest client is always A, classes never go back up', () => {
    fc.assert(
      fc.property(clientsArb, thresholdsArb, (clients, t) => {
        const r = paretoAnalysis(clients, t);
        if (r.ranked.length === 0) return;
        expect(r.ranked[0]!.class).toBe('A');
        const order = { A: 0, B: 1, C: 2 };
        for (let i = 1; i < r.ranked.length; i++) {
          const prev = r.ranked[i - 1]!;
          const cur = r.ranked[i]!;
          if (cur.revenue === prev.revenue) expect(cur.class).toBe(prev.class);
          expect(order[cur.class]).toBeGreaterThanOrEqual(order[prev.class]);
        }
        expect(r.counts.A + r.counts.B + r.counts.C).toBe(r.ranked.length);
      }),
      { numRuns: 400 },
    );
  });
});

describe('paretoConcentration', () => {
  it('hand-computed', () => {
    const r = paretoAnalysis([c('a', 50), c('b', 25), c('c', 10), c('d', 8), c('e', 4), c('f', 2), c('g', 1)]);
    expect(paretoConcentration(r)).toEqual({
      largestKey: 'a',
      largestShare: 0.5,
      largestDependence: 'strong',
      clientsFor50: 1,
      clientsFor80: 3,
      shareOfClientsFor80: 3 / 7,
    });
  });

  it('exactly 80 % counts as reached', () => {
    const r = paretoAnalysis([c('a', 0.4), c('b', 0.4), c('c', 0.1), c('d', 0.1)]);
    expect(paretoConcentration(r).clientsFor80).toBe(2);
  });

  it('empty result', () => {
    expect(paretoConcentration(paretoAnalysis([]))).toEqual({
      largestKey: null,
      largestShare: 0,
      largestDependence: 'none',
      clientsFor50: 0,
      clientsFor80: 0,
      shareOfClientsFor80: 0,
    });
  });
});
