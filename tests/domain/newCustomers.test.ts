import { describe, expect, it } from 'vitest';
import { compareCampaign, newCustomerSales, periodOf } from '../../src/domain/index.ts';

const L = (key: string, date: string, amount: number) => ({ key, date, amount });
const lines = [
  L('a', '2024-01-05', 100),
  L('b', '2024-01-20', 50),
  L('a', '2024-02-10', 70),
  L('c', '2024-02-11', 30),
  L('c', '2024-02-28', 10),
  L('b', '2024-04-01', 20),
  L('d', '2024-04-15', 80),
  L('a', '2024-04-20', -20), // credit note
];

describe('newCustomerSales', () => {
  it('periodOf', () => {
    expect(periodOf('2024-03-15', 'month')).toBe('2024-03');
    expect(periodOf('2024-03-15', 'quarter')).toBe('2024-Q1');
    expect(periodOf('2024-10-01', 'quarter')).toBe('2024-Q4');
    expect(periodOf('2024-03-15', 'year')).toBe('2024');
  });

  it('by month, hand-computed, with the empty month filled in', () => {
    expect(newCustomerSales(lines)).toEqual([
      { period: '2024-01', total: 150, fromNew: 150, share: 1, newCustomers: 2 },
      { period: '2024-02', total: 110, fromNew: 40, share: 40 / 110, newCustomers: 1 },
      { period: '2024-03', total: 0, fromNew: 0, share: 0, newCustomers: 0 },
      { period: '2024-04', total: 80, fromNew: 80, share: 1, newCustomers: 1 },
    ]);
  });

  it('by quarter and year', () => {
    expect(newCustomerSales(lines, { period: 'quarter' })).toEqual([
      { period: '2024-Q1', total: 260, fromNew: 260, share: 1, newCustomers: 3 },
      { period: '2024-Q2', total: 80, fromNew: 80, share: 1, newCustomers: 1 },
    ]);
    expect(newCustomerSales([...lines, L('e', '2025-07-01', 5), L('a', '2025-07-02', 5)], { period: 'year' })).toEqual([
      { period: '2024', total: 340, fromNew: 340, share: 1, newCustomers: 4 },
      { period: '2025', total: 10, fromNew: 5, share: 0.5, newCustomers: 1 },
    ]);
  });

  it('quarters across a year boundary are continuous', () => {
    const r = newCustomerSales([L('a', '2023-11-01', 1), L('b', '2024-05-01', 1)], { period: 'quarter' });
    expect(r.map((x) => x.period)).toEqual(['2023-Q4', '2024-Q1', '2024-Q2']);
  });

  it('lookbackMonths: a customer back after a long gap counts as new again', () => {
    const data = [L('a', '2024-01-10', 10), L('a', '2024-09-10', 10), L('b', '2024-09-01', 5)];
    expect(newCustomerSales(data).find((r) => r.period === '2024-09')).toMatchObject({ fromNew: 5, newCustomers: 1 });
    expect(newCustomerSales(data, { lookbackMonths: 6 }).find((r) => r.period === '2024-09')).toMatchObject({
      fromNew: 15,
      newCustomers: 2,
    });
    expect(newCustomerSales(data, { lookbackMonths: 12 }).find((r) => r.period === '2024-09')).toMatchObject({ fromNew: 5 });
  });

  it('ignores lines with invalid dates or amounts; empty input', () => {
    expect(newCustomerSales([L('a', '2024-13-01', 1), L('b', 'x', 1), L('c', '2024-01-01', Number.NaN)])).toEqual([]);
    expect(newCustomerSales([])).toEqual([]);
  });
});

describe('compareCampaign', () => {
  it('campaign window against the same length before it', () => {
    const r = compareCampaign(lines, { start: '2024-02-01', end: '2024-02-29' });
    expect(r.days).toBe(29);
    expect(r.beforeStart).toBe('2024-01-03');
    expect(r.beforeEnd).toBe('2024-01-31');
    expect(r.during).toEqual({ total: 110, fromNew: 40, share: 40 / 110, newCustomers: 1 });
    expect(r.before).toEqual({ total: 150, fromNew: 150, share: 1, newCustomers: 2 });
  });

  it('swapped dates are put in order; invalid dates give empty figures', () => {
    expect(compareCampaign(lines, { start: '2024-02-29', end: '2024-02-01' }).days).toBe(29);
    const bad = compareCampaign(lines, { start: 'x', end: 'y' });
    expect(bad.days).toBe(0);
    expect(bad.during).toEqual({ total: 0, fromNew: 0, share: 0, newCustomers: 0 });
  });

  it('one-day window', () => {
    const r = compareCampaign(lines, { start: '2024-04-15', end: '2024-04-15' });
    expect(r).toMatchObject({ days: 1, beforeStart: '2024-04-14', beforeEnd: '2024-04-14' });
    expect(r.during).toEqual({ total: 80, fromNew: 80, share: 1, newCustomers: 1 });
  });
});
