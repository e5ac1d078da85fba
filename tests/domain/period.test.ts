import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  importPortfolio,
  paretoAnalysis,
  periodMonths,
  previousRange,
  revenueForPeriod,
  revenueInWholeYears,
  salesSpan,
  sumMoney,
  linesFromColumns,
} from '../../src/domain/index.ts';
import { monthlyFromLines } from '../../src/domain/monthlySales.ts';
import type { MonthlyAmount } from '../../src/domain/monthlySales.ts';

const S = (key: string, month: string, amount: number): MonthlyAmount => ({ key, month, amount });
const client = (key: string, revenue: number) => ({ key, revenue });

describe('periods', () => {
  const sales = [S('a', '2023-02', 100), S('a', '2024-06', 50.1), S('a', '2025-03', 20.2), S('b', '2023-05', 70), S('c', '2025-11', -5)];
  const clients = [client('a', 170.3), client('b', 70), client('c', -5), client('manual', 999)];

  it('defaults to the whole file: the revenue the portfolio holds, every client', () => {
    const v = revenueForPeriod(clients, sales);
    expect(v.months).toBeNull();
    expect(v.span).toEqual({ start: '2023-02', end: '2025-11' });
    expect(v.clients.map((c) => c.revenue)).toEqual([170.3, 70, -5, 999]);
    expect(v.counts).toEqual({ sales: 4, 'no-sales': 0, undated: 0 });
    expect(v.total).toBe(1234.3);
  });

  it('last 12 months end with the last month that has a sale; clients without sales there are "no sales", not returns', () => {
    const v = revenueForPeriod(clients, sales, { kind: 'last12' });
    expect(v.months).toEqual({ start: '2024-12', end: '2025-11' });
    expect(v.previous).toEqual({ start: '2023-12', end: '2024-11' });
    expect(v.previousComplete).toBe(true);
    expect(v.clients).toEqual([
      { key: 'a', revenue: 20.2, previousRevenue: 50.1, status: 'sales' },
      { key: 'b', revenue: 0, previousRevenue: 0, status: 'no-sales' },
      { key: 'c', revenue: -5, previousRevenue: 0, status: 'sales' },
      { key: 'manual', revenue: 0, status: 'undated' },
    ]);
    expect(v.counts).toEqual({ sales: 2, 'no-sales': 1, undated: 1 });
    expect(v.total).toBe(15.2);
  });

  it('a calendar year and a custom range (given backwards too)', () => {
    expect(revenueForPeriod(clients, sales, { kind: 'year', year: 2023 }).clients.map((c) => c.status)).toEqual([
      'sales',
      'sales',
      'no-sales',
      'undated',
    ]);
    expect(revenueForPeriod(clients, sales, { kind: 'year', year: 2023 }).previousComplete).toBe(false);
    const r = revenueForPeriod(clients, sales, { kind: 'range', start: '2025-12', end: '2024-01' });
    expect(r.months).toEqual({ start: '2024-01', end: '2025-12' });
    expect(r.clients[0]!.revenue).toBe(70.3);
    expect(previousRange({ start: '2024-01', end: '2025-12' })).toEqual({ start: '2022-01', end: '2023-12' });
  });

  it('without dated sales every period is the whole portfolio', () => {
    const v = revenueForPeriod(clients, [], { kind: 'last12' });
    expect(v.period).toEqual({ kind: 'all' });
    expect(v.months).toBeNull();
    expect(periodMonths({ kind: 'year', year: 2020 }, salesSpan([]))).toBeNull();
  });

  it('period sums are exact to the cent and add up: the periods of a split make the whole', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.integer({ min: 0, max: 35 }), fc.integer({ min: -1_000_000, max: 100_000_000 })),
          { minLength: 1, maxLength: 200 },
        ),
        (rows) => {
          const lines = rows.map(([key, m, cents]) => ({
            key,
            date: `${2023 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-10`,
            amount: cents / 100,
          }));
          const monthly = monthlyFromLines(lines);
          const whole = ['a', 'b', 'c'].map((k) => ({ key: k, revenue: sumMoney(lines.filter((l) => l.key === k).map((l) => l.amount)) }));
          const y = [2023, 2024, 2025].map((year) => revenueForPeriod(whole, monthly, { kind: 'year', year }));
          for (let i = 0; i < 3; i++) {
            const parts = y.reduce((s, v) => s + Math.round(v.clients[i]!.revenue * 100), 0);
            expect(parts).toBe(Math.round(whole[i]!.revenue * 100));
            // Every period figure is a whole number of cents.
            for (const v of y) expect(Math.abs(v.clients[i]!.revenue * 100 - Math.round(v.clients[i]!.revenue * 100))).toBeLessThan(1e-6);
          }
        },
      ),
    );
  });

  it('a multi-year ERP export: whole-file and 12-month answers differ, and both are right', () => {
    // Three years; "Old Co" only bought in the first year, "New Co" only in the last.
    const rows = ['Cliente;Data;Valor'];
    for (let y = 2023; y <= 2025; y++) {
      for (let m = 1; m <= 12; m++) {
        const d = `10/${String(m).padStart(2, '0')}/${y}`;
        rows.push(`Big;${d};1.000,10`, `Mid;${d};300,33`);
        if (y === 2023) rows.push(`Old Co;${d};2.500,00`);
        if (y === 2025) rows.push(`New Co;${d};100,01`);
      }
    }
    const r = importPortfolio(rows.join('\r\n'));
    if (!r.ok) throw new Error(r.error.code);
    const monthly = monthlyFromLines(linesFromColumns(r.lineColumns!));
    const whole = revenueForPeriod(r.clients, monthly);
    expect(Object.fromEntries(r.clients.map((c) => [c.name, c.revenue]))).toEqual({
      Big: 36003.6,
      Mid: 10811.88,
      'Old Co': 30000,
      'New Co': 1200.12,
    });
    expect(whole.total).toBe(78015.6);
    const last12 = revenueForPeriod(r.clients, monthly, { kind: 'last12' });
    expect(last12.months).toEqual({ start: '2025-01', end: '2025-12' });
    expect(last12.total).toBe(12001.2 + 3603.96 + 1200.12);
    expect(last12.clients.find((c) => c.key === 'old co')!.status).toBe('no-sales');
    const ranked = (v: typeof whole) =>
      paretoAnalysis(
        r.clients
          .map((c, i) => ({ key: c.key, name: c.name, revenue: v.clients[i]!.revenue }))
          .filter((_, i) => v.clients[i]!.status === 'sales'),
      );
    expect(ranked(whole).ranked.map((x) => x.name)).toEqual(['Big', 'Old Co', 'Mid', 'New Co']);
    expect(ranked(last12).ranked.map((x) => x.name)).toEqual(['Big', 'Mid', 'New Co']);
    expect(ranked(last12).excluded).toEqual([]);
  });
});

describe('revenueInWholeYears', () => {
  const sales: MonthlyAmount[] = [
    { key: 'a', month: '2023-07', amount: 5 },
    { key: 'a', month: '2024-01', amount: 0.1 },
    { key: 'a', month: '2024-12', amount: 0.2 },
    { key: 'b', month: '2025-12', amount: 7 },
    { key: 'a', month: '2025-03', amount: 1000.33 },
  ];

  it('gives each year the file covers from January to December, to the cent; partly covered years are left out', () => {
    // The file runs from July 2023 to December 2025: 2023 is only half of it.
    expect([...revenueInWholeYears(sales, 'a', [2023, 2024, 2025])]).toEqual([
      [2024, 0.3],
      [2025, 1000.33],
    ]);
    // A client without sales in a covered year had none: 0, not unknown.
    expect(revenueInWholeYears(sales, 'b', [2024])).toEqual(new Map([[2024, 0]]));
    expect(revenueInWholeYears(sales, 'a', [2026]).size).toBe(0);
    expect(revenueInWholeYears([], 'a', [2024]).size).toBe(0);
  });
});

describe('the previous period', () => {
  const clients = [{ key: 'a', name: 'A', revenue: 0 }];
  const line = (month: string, amount: number): MonthlyAmount => ({ key: 'a', month, amount });

  it('is given only when the data covers all of it, never as 0 for months the file does not hold', () => {
    const twoYears = [line('2023-01', 10), line('2023-12', 5), line('2024-06', 7)];
    expect(revenueForPeriod(clients, twoYears, { kind: 'year', year: 2024 }).clients[0]).toEqual({
      key: 'a',
      revenue: 7,
      previousRevenue: 15,
      status: 'sales',
    });
    // The first year of the file: nothing is known before it.
    const first = revenueForPeriod(clients, twoYears, { kind: 'year', year: 2023 });
    expect(first.previousComplete).toBe(false);
    expect(first.clients[0]).toEqual({ key: 'a', revenue: 15, status: 'sales' });
    // A file that starts inside the previous period: a part is not the whole.
    const partly = revenueForPeriod(clients, [line('2023-07', 10), line('2024-06', 7)], { kind: 'year', year: 2024 });
    expect(partly.clients[0]).not.toHaveProperty('previousRevenue');
  });
});
