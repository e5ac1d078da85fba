import { describe, expect, it } from 'vitest';
import { paretoAnalysis } from '../../src/domain/index.ts';
import { classAKeyChange, eightyTwenty, paretoClassTotals, thresholdsFromPercent, top20Count } from '../../src/domain/paretoExtras.ts';

describe('paretoExtras', () => {
  const result = paretoAnalysis([
    { key: 'a', name: 'A', revenue: 700 },
    { key: 'b', name: 'B', revenue: 200 },
    { key: 'c', name: 'C', revenue: 60 },
    { key: 'd', name: 'D', revenue: 40 },
    { key: 'z', name: 'Z', revenue: -5 },
  ]);

  it('sums clients and revenue per class, shares adding up to 1', () => {
    const totals = paretoClassTotals(result);
    expect(totals.A).toEqual({ clients: 2, clientShare: 0.5, revenue: 900, revenueShare: 0.9 });
    expect(totals.B.clients + totals.C.clients).toBe(2);
    expect(totals.A.revenueShare + totals.B.revenueShare + totals.C.revenueShare).toBeCloseTo(1, 12);
  });

  it('lists who marking class A changes', () => {
    expect(classAKeyChange(result, new Set(['b', 'd']))).toEqual({ toMark: ['a'], alreadyKey: ['b'], keyOutsideA: ['d'] });
  });

  it('counts the top 20 % of clients rounding up, at least one', () => {
    expect(top20Count(0)).toBe(0);
    expect(top20Count(1)).toBe(1);
    expect(top20Count(10)).toBe(2);
    expect(top20Count(11)).toBe(3);
  });

  it('calls a portfolio close to 80/20 within 5 points, else more or less concentrated', () => {
    expect(eightyTwenty(0.8)).toEqual({ verdict: 'close', points: 0 });
    expect(eightyTwenty(0.84).verdict).toBe('close');
    expect(eightyTwenty(0.76).verdict).toBe('close');
    expect(eightyTwenty(0.9)).toEqual({ verdict: 'more', points: expect.closeTo(10, 9) });
    expect(eightyTwenty(0.6)).toEqual({ verdict: 'less', points: expect.closeTo(20, 9) });
    expect(eightyTwenty(0.86).verdict).toBe('more');
  });

  it('reads class limits typed as percentages, refusing unusable ones', () => {
    expect(thresholdsFromPercent(80, 95)).toEqual({ a: 0.8, b: 0.95 });
    expect(thresholdsFromPercent(70, 70)).toEqual({ a: 0.7, b: 0.7 });
    expect(thresholdsFromPercent(80, 40)).toBeNull();
    expect(thresholdsFromPercent(0, 50)).toBeNull();
    expect(thresholdsFromPercent(80, 101)).toBeNull();
    expect(thresholdsFromPercent(Number.NaN, 95)).toBeNull();
  });
});
