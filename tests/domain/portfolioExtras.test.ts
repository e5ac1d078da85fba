import { describe, expect, it } from 'vitest';
import { clientFromTotal, linesFromMonthly, monthlyFromLines } from '../../src/domain/portfolioExtras.ts';

describe('portfolioExtras', () => {
  it('sums transaction lines per client and month without float noise', () => {
    const rows = monthlyFromLines([
      { key: 'a', date: '2024-01-05', amount: 0.1 },
      { key: 'a', date: '2024-01-20', amount: 0.2 },
      { key: 'b', date: '2024-01-02', amount: 5 },
      { key: 'a', date: '2024-02-01', amount: -1 },
    ]);
    expect(rows).toEqual([
      { key: 'a', month: '2024-01', amount: 0.3 },
      { key: 'b', month: '2024-01', amount: 5 },
      { key: 'a', month: '2024-02', amount: -1 },
    ]);
    expect(linesFromMonthly(rows)[0]).toEqual({ key: 'a', date: '2024-01-01', amount: 0.3 });
  });

  it('builds a client from an imported total', () => {
    expect(clientFromTotal({ key: '12', name: 'Acme', revenue: 10, rows: 2, firstDate: '2024-01-01', segment: 'Retail' }, true)).toEqual({
      key: '12',
      name: 'Acme',
      code: '12',
      revenue: 10,
      segment: 'Retail',
      firstPurchase: '2024-01-01',
    });
    expect(clientFromTotal({ key: 'acme', name: 'Acme', revenue: 10, rows: 1 }, false)).toEqual({ key: 'acme', name: 'Acme', revenue: 10 });
  });
});
