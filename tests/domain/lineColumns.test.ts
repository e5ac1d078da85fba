/**
 * The column readers (monthly sums, new-customer sales, the campaign comparison) against the object
 * readers on the same lines: the same entries, order and cents, over generated files the import
 * reads (credit notes, bad dates, sub-cent amounts, clients on several spellings, years apart).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  columnsFromLines,
  compareCampaign,
  compareCampaignFromColumns,
  forEachLine,
  importPortfolio,
  linesFromColumns,
  monthlyFromColumns,
  newCustomerSales,
  newCustomerSalesFromColumns,
} from '../../src/domain/index.ts';
import type { NewCustomerPeriod } from '../../src/domain/index.ts';
import { monthlyFromLines } from '../../src/domain/monthlySales.ts';
import { generateTransactions } from '../../bench/generate.ts';

const NAMES = ['Alfa', 'alfa ', 'Beta', 'Gama Ltda', 'Delta', 'Épsilon', "'=Zeta", 'Total'];
const AMOUNTS = ['0,1', '0,2', '-0,3', '1.234,56', '0,005', '3,333', '-1.000,00', '10', '', 'abc', '7,77'];
const row = fc.record({
  name: fc.constantFrom(...NAMES),
  day: fc.integer({ min: 1, max: 31 }),
  month: fc.integer({ min: 1, max: 13 }),
  year: fc.constantFrom(2019, 2023, 2024, 2025),
  amount: fc.constantFrom(...AMOUNTS),
});
const file = fc
  .array(row, { minLength: 1, maxLength: 60 })
  .map((rows) =>
    [
      'Cliente;Data;Valor',
      ...rows.map((r) => `${r.name};${String(r.day).padStart(2, '0')}/${String(r.month).padStart(2, '0')}/${r.year};${r.amount}`),
    ].join('\n'),
  );
const period = fc.constantFrom<NewCustomerPeriod>('month', 'quarter', 'year');
const isoDay = fc.record({
  y: fc.constantFrom(2019, 2023, 2024, 2025),
  m: fc.integer({ min: 1, max: 12 }),
  d: fc.integer({ min: 1, max: 28 }),
});
const iso = ({ y, m, d }: { y: number; m: number; d: number }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

describe('lines as columns', () => {
  it('give the objects, months, new-customer sales and campaigns of the object route, exactly', () => {
    fc.assert(
      fc.property(file, period, fc.option(fc.integer({ min: 1, max: 30 })), isoDay, isoDay, (csv, p, lookback, a, b) => {
        const r = importPortfolio(csv, { includeLines: true });
        if (!r.ok || !r.lines) return;
        const columns = r.lineColumns!;
        expect(linesFromColumns(columns)).toEqual(r.lines);
        const walked: unknown[] = [];
        forEachLine(columns, (key, date, amount) => walked.push({ key, date, amount }));
        expect(walked).toEqual(r.lines);
        expect(monthlyFromColumns(columns)).toEqual(monthlyFromLines(r.lines));
        const options = lookback === null ? { period: p } : { period: p, lookbackMonths: lookback };
        expect(newCustomerSalesFromColumns(columns, options)).toEqual(newCustomerSales(r.lines, options));
        const window = { start: iso(a), end: iso(b) };
        expect(compareCampaignFromColumns(columns, window)).toEqual(compareCampaign(r.lines, window));
      }),
      { numRuns: 200 },
    );
  });

  it('agree on a generated export of 20 000 lines (floating sums added in the same order)', () => {
    const r = importPortfolio(generateTransactions(20_000, 300, 11), { includeLines: true });
    if (!r.ok || !r.lines) throw new Error('import');
    const columns = r.lineColumns!;
    expect(columns.client).toHaveLength(r.lines.length);
    expect(monthlyFromColumns(columns)).toEqual(monthlyFromLines(r.lines));
    for (const p of ['month', 'quarter', 'year'] as const) {
      expect(newCustomerSalesFromColumns(columns, { period: p, lookbackMonths: 6 })).toEqual(
        newCustomerSales(r.lines, { period: p, lookbackMonths: 6 }),
      );
    }
    const window = { start: '2024-03-01', end: '2024-05-31' };
    expect(compareCampaignFromColumns(columns, window)).toEqual(compareCampaign(r.lines, window));
  });

  it('round-trip through columnsFromLines, invalid dates and amounts skipped as the object route skips them', () => {
    const lines = [
      { key: 'b', date: '2024-02-30', amount: 5 },
      { key: 'a', date: '2024-01-05', amount: 1 },
      { key: 'b', date: '2024-03-01', amount: Number.NaN },
      { key: 'b', date: '2024-03-02', amount: 2 },
      { key: 'a', date: 'soon', amount: 3 },
    ];
    const columns = columnsFromLines(lines);
    expect(linesFromColumns(columns)).toEqual(lines);
    expect(newCustomerSalesFromColumns(columns)).toEqual(newCustomerSales(lines));
    expect(newCustomerSalesFromColumns(columnsFromLines([]))).toEqual([]);
    const window = { start: '2024-03-01', end: '2024-01-01' };
    expect(compareCampaignFromColumns(columns, window)).toEqual(compareCampaign(lines, window));
  });

  it('widen to 32 bits past 65 535 clients and distinct dates, with the same lines', () => {
    const day0 = Date.UTC(1900, 0, 1);
    const rows = Array.from(
      { length: 70_000 },
      (_, i) => `C${i};${new Date(day0 + i * 86_400_000).toISOString().slice(0, 10)};${i % 100},25`,
    );
    const r = importPortfolio(new TextEncoder().encode(['Código;Data;Valor', ...rows].join('\n')), { includeLines: true });
    if (!r.ok || !r.lines) throw new Error('import');
    const columns = r.lineColumns!;
    expect(columns.client).toBeInstanceOf(Int32Array);
    expect(columns.date).toBeInstanceOf(Int32Array);
    expect(columns.client.at(-1)).toBe(69_999);
    expect(linesFromColumns(columns)).toEqual(r.lines);
  });

  it('are the kept rows compacted in place, without a copy when the buffer is nearly full', () => {
    const csv = ['Cliente;Data;Valor', ...Array.from({ length: 5000 }, (_, i) => `C${i % 7};0${(i % 9) + 1}/01/2024;${i},5`)].join('\n');
    const r = importPortfolio(new TextEncoder().encode(csv));
    if (!r.ok) throw new Error('import');
    const { client, date, amount } = r.lineColumns!;
    expect(client.length).toBe(5000);
    // Sized from the sample (5 % spare), so these are views of the import's own arrays.
    expect(client.buffer.byteLength).toBeLessThanOrEqual(5000 * 2 * 1.125);
    expect(client).toBeInstanceOf(Uint16Array);
    expect([date.length, amount.length]).toEqual([5000, 5000]);
  });
});
