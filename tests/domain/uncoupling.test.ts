import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNCOUPLING_CAUSES, assessUncoupling, causeOfIndicator, uncouplingHeatmap } from '../../src/domain/index.ts';

const allIndicators = UNCOUPLING_CAUSES.flatMap((c) => c.indicators.map((i) => i.id));

describe('UNCOUPLING_CAUSES', () => {
  it('the article five plus two external causes, each with indicators and mitigations; ids unique', () => {
    expect(UNCOUPLING_CAUSES.map((c) => [c.id, c.external])).toEqual([
      ['key-personnel-change', false],
      ['trust-breach', false],
      ['exhaustion', false],
      ['cultural-mismatch', false],
      ['quality-problems', false],
      ['market-position-loss', true],
      ['financial-problems', true],
    ]);
    expect(new Set(allIndicators).size).toBe(allIndicators.length);
    for (const c of UNCOUPLING_CAUSES) {
      expect(c.indicators.length).toBeGreaterThanOrEqual(3);
      expect(c.mitigations.length).toBeGreaterThanOrEqual(3);
      for (const i of c.indicators) expect(i.weight).toBeGreaterThan(0);
    }
    expect(causeOfIndicator('single-point-of-contact')).toBe('key-personnel-change');
    expect(causeOfIndicator('nope')).toBeNull();
  });
});

describe('assessUncoupling', () => {
  it('nothing checked → 0, low; everything → 100, high; unknown ids ignored', () => {
    const none = assessUncoupling(['nope']);
    expect(none.score).toBe(0);
    expect(none.level).toBe('low');
    expect(Object.values(none.byCause).every((v) => v === 0)).toBe(true);
    const all = assessUncoupling(allIndicators);
    expect(all.score).toBe(100);
    expect(all.level).toBe('high');
    expect(Object.values(all.byCause).every((v) => v === 100)).toBe(true);
  });

  it('hand-computed: weights 3 of the 10 of key-personnel-change, out of 64 in total', () => {
    const r = assessUncoupling(['single-point-of-contact']);
    expect(r.byCause['key-personnel-change']).toBe(30);
    const total = UNCOUPLING_CAUSES.flatMap((c) => [...c.indicators] as { weight: number }[]).reduce((s, i) => s + i.weight, 0);
    expect(total).toBe(64);
    expect(r.score).toBeCloseTo(300 / 64, 10);
    expect(r.level).toBe('low');
  });

  it('one cause nearly fully present raises the level by itself', () => {
    // single point of contact (3) + contact changing (3) = 60 % of the cause: medium.
    expect(assessUncoupling(['single-point-of-contact', 'key-contact-changing']).level).toBe('medium');
    // + no successor (2) = 80 %: high.
    expect(assessUncoupling(['single-point-of-contact', 'key-contact-changing', 'no-successor']).level).toBe('high');
  });

  it('property: monotonic: checking one more indicator never lowers the score, a cause score or the level', () => {
    const rank = { low: 0, medium: 1, high: 2 };
    fc.assert(
      fc.property(fc.subarray(allIndicators), fc.constantFrom(...allIndicators), (checked, extra) => {
        const a = assessUncoupling(checked);
        const b = assessUncoupling([...checked, extra]);
        expect(b.score).toBeGreaterThanOrEqual(a.score);
        expect(rank[b.level]).toBeGreaterThanOrEqual(rank[a.level]);
        for (const c of UNCOUPLING_CAUSES) expect(b.byCause[c.id]).toBeGreaterThanOrEqual(a.byCause[c.id]);
        expect(b.score).toBeLessThanOrEqual(100);
      }),
    );
  });
});

describe('uncouplingHeatmap', () => {
  it('rows sorted by score, ties by key', () => {
    const rows = uncouplingHeatmap([
      { key: 'b', checked: [] },
      { key: 'c', checked: ['late-payments'] },
      { key: 'a', checked: [] },
      { key: 'd', checked: allIndicators },
    ]);
    expect(rows.map((r) => r.key)).toEqual(['d', 'c', 'a', 'b']);
    expect(rows[0]).toMatchObject({ score: 100, level: 'high' });
    expect(rows[1]!.byCause['financial-problems']).toBeCloseTo((100 * 3) / 9, 10);
  });

  it('puts a High account (one cause ticked in full) above a Medium one with a higher score', () => {
    const oneCause = UNCOUPLING_CAUSES[0]!.indicators.map((i) => i.id);
    // One indicator from each of the other causes: a broad, moderate picture.
    const spread = UNCOUPLING_CAUSES.slice(1).flatMap((c) => c.indicators.slice(0, 2).map((i) => i.id));
    const high = assessUncoupling(oneCause);
    const medium = assessUncoupling(spread);
    expect(high.level).toBe('high');
    expect(medium.level).toBe('medium');
    expect(medium.score).toBeGreaterThan(high.score);
    const rows = uncouplingHeatmap([
      { key: 'broad', checked: spread },
      { key: 'one-cause', checked: oneCause },
    ]);
    expect(rows.map((r) => r.key)).toEqual(['one-cause', 'broad']);
  });
});
