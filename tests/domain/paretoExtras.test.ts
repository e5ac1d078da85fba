import { describe, expect, it } from 'vitest';
import { paretoAnalysis } from '../../src/domain/index.ts';
import { classAKeyChange, paretoClassTotals } from '../../src/domain/paretoExtras.ts';

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
});
