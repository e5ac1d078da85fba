import { describe, expect, it } from 'vitest';
import { clientFromTotal, linesFromMonthly, monthlyFromLines, revenueByPeriod } from '../../src/domain/portfolioExtras.ts';

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
      key: '12', name: 'Acme', code: '12', revenue: 10, segment: 'Retail', firstPurchase: '2024-01-01',
    });
    expect(clientFromTotal({ key: 'acme', name: 'Acme', revenue: 10, rows: 1 }, false)).toEqual({ key: 'acme', name: 'Acme', revenue: 10 });
  });

  describe('revenueByPeriod', () => {
    const L = (key: string, date: string, amount: number) => ({ key, date, amount });

    it('keeps one period (null) when the lines span 12 months or fewer', () => {
      expect(revenueByPeriod([])).toBeNull();
      expect(revenueByPeriod([L('a', '2024-01-31', 1), L('a', '2024-12-01', 2)])).toBeNull();
      expect(revenueByPeriod([L('a', 'not a date', 5), L('a', '2024-03-01', 2)])).toBeNull();
    });

    it('splits two years into the last 12 months and the 12 before, ending with the last month', () => {
      const split = revenueByPeriod([
        L('a', '2024-01-05', 100),
        L('a', '2024-12-28', 50),
        L('a', '2025-01-02', 0.1),
        L('a', '2025-06-30', 0.2),
        L('b', '2025-12-15', 7),
        L('b', '2025-12-20', -2),
        L('c', '2024-05-05', 30),
      ])!;
      expect(split.periods).toEqual({
        file: { start: '2024-01', end: '2025-12' },
        current: { start: '2025-01', end: '2025-12' },
        previous: { start: '2024-01', end: '2024-12' },
        previousPartial: false,
      });
      expect(Object.fromEntries(split.byKey)).toEqual({
        a: { revenue: 0.3, previousRevenue: 150 },
        b: { revenue: 5, previousRevenue: 0 },
        c: { revenue: 0, previousRevenue: 30 },
      });
    });

    it('says when the previous period is only partly in the file, and ignores lines older than 24 months', () => {
      const partial = revenueByPeriod([L('a', '2024-07-10', 10), L('a', '2025-09-01', 20)])!;
      expect(partial.periods.current).toEqual({ start: '2024-10', end: '2025-09' });
      expect(partial.periods.previous).toEqual({ start: '2023-10', end: '2024-09' });
      expect(partial.periods.previousPartial).toBe(true);
      expect(partial.byKey.get('a')).toEqual({ revenue: 20, previousRevenue: 10 });

      const long = revenueByPeriod([L('a', '2021-02-01', 1000), L('a', '2023-02-01', 10), L('a', '2024-01-31', 20)])!;
      expect(long.periods.previous).toEqual({ start: '2022-02', end: '2023-01' });
      expect(long.periods.previousPartial).toBe(false);
      expect(long.byKey.get('a')).toEqual({ revenue: 30, previousRevenue: 0 });
    });
  });
});
