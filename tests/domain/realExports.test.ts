/**
 * Right answers on a user's own data: realistic exports (tests/fixtures/csv/generate.ts, items 10–12)
 * imported the way the portfolio does, against references the generator computed from integer
 * cents — clients, totals to the cent and the top-20 % share, for the whole file and per period.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paretoAnalysis, revenueForPeriod } from '../../src/domain/index.ts';
import type { RevenuePeriod } from '../../src/domain/index.ts';
import { runImport } from '../../src/import/importRun.ts';

const dir = new URL('../fixtures/csv/', import.meta.url);
const bytes = (name: string) => new Uint8Array(readFileSync(new URL(name, dir)));
type Ref = { clientsWithSales: number; ranked: number; totalCents: number; netCents: number; top20Share: number; largest: string | null };
const reference = (name: string) =>
  JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as Record<string, Ref> & {
    currency: string;
    rows: number;
    perClientCents?: Record<string, number>;
  };

function analyse(name: string, period: RevenuePeriod) {
  const out = runImport({ input: bytes(name), options: {}, extras: {} });
  if (!out.ok) throw new Error(out.error.code);
  const view = revenueForPeriod(out.clients, out.monthlySales, period);
  const inPeriod = out.clients
    .map((c, i) => ({ key: c.key, name: c.name, revenue: view.clients[i]!.revenue }))
    .filter((_, i) => view.clients[i]!.status === 'sales');
  return { out, view, pareto: paretoAnalysis(inPeriod) };
}

function expectMatches(name: string, period: RevenuePeriod, ref: Ref) {
  const { view, pareto } = analyse(name, period);
  expect(view.counts.sales).toBe(ref.clientsWithSales);
  expect(Math.round(view.total * 100)).toBe(ref.netCents);
  expect(pareto.ranked).toHaveLength(ref.ranked);
  expect(Math.round(pareto.total * 100)).toBe(ref.totalCents);
  expect(pareto.top20Share).toBeCloseTo(ref.top20Share, 12);
}

describe('a Brazilian ERP export over three years (Windows-1252, ;, R$)', () => {
  const name = 'erp-multiyear-ptbr-cp1252.csv';
  const ref = reference('erp-multiyear-ptbr-cp1252.reference.json');

  it('reads every line, in reais, with every client exact to the cent', () => {
    const { out } = analyse(name, { kind: 'all' });
    expect(out.summary).toMatchObject({ encoding: 'windows-1252', delimiter: ';', decimal: ',', rowCount: ref.rows, skippedRows: 0 });
    expect(out.summary.currency).toEqual({ code: 'BRL', source: 'symbol', mixed: [] });
    expect(out.clients).toHaveLength(ref['clients'] as unknown as number);
    for (const c of out.clients) expect(Math.round(c.revenue * 100), c.key).toBe(ref.perClientCents![c.key]);
    for (const c of out.clients) expect(String(c.revenue)).toMatch(/^-?\d+(\.\d{1,2})?$/);
  });

  it('whole file by default; last 12 months and each year are other, right, answers', () => {
    expectMatches(name, { kind: 'all' }, ref.whole!);
    expectMatches(name, { kind: 'last12' }, ref.last12!);
    expectMatches(name, { kind: 'year', year: 2023 }, ref.year2023!);
    expectMatches(name, { kind: 'year', year: 2024 }, ref.year2024!);
    // The answers differ: which span is analysed matters, so it is the user's choice.
    expect(ref.whole!.clientsWithSales).toBeGreaterThan(ref.last12!.clientsWithSales);
    expect(Math.abs(ref.whole!.top20Share - ref.last12!.top20Share)).toBeGreaterThan(0.001);
  });

  it('clients who left are "no sales in the period", never negative revenue', () => {
    const { view } = analyse(name, { kind: 'last12' });
    expect(view.counts['no-sales']).toBe(ref.whole!.clientsWithSales - ref.last12!.clientsWithSales);
    for (const c of view.clients) if (c.status === 'no-sales') expect(c.revenue).toBe(0);
  });
});

describe('a US retailer’s order lines in dollars', () => {
  const name = 'us-retailer-orders.csv';
  const ref = reference('us-retailer-orders.reference.json');

  it('is read as dollars, month-first dates, every line', () => {
    const { out } = analyse(name, { kind: 'all' });
    expect(out.summary.currency.code).toBe('USD');
    expect(out.summary).toMatchObject({ delimiter: ',', decimal: '.', dateOrder: 'mdy', rowCount: 2500, skippedRows: 0 });
  });

  it('gives the reference answers for the whole file and per period', () => {
    expectMatches(name, { kind: 'all' }, ref.whole!);
    expectMatches(name, { kind: 'last12' }, ref.last12!);
    expectMatches(name, { kind: 'year', year: 2024 }, ref.year2024!);
  });
});

describe('a file whose sums drift in floating point', () => {
  it('sums 30,000 small amounts exact to the cent', () => {
    const ref = reference('float-drift-ptbr.reference.json');
    const { out, pareto } = analyse('float-drift-ptbr.csv', { kind: 'all' });
    for (const c of out.clients) expect(c.revenue * 100).toBe(ref.perClientCents![c.name]);
    expect(Math.round(pareto.total * 100)).toBe(ref.whole!.totalCents);
    // What naive float addition gives, for the record: not the cent-exact answer.
    const naive = [...readFileSync(new URL('float-drift-ptbr.csv', dir), 'utf8').split('\n').slice(1)]
      .filter(Boolean)
      .reduce((s, l) => s + Number(l.split(';')[1]!.replace(',', '.')), 0);
    expect(naive * 100).not.toBe(ref.whole!.totalCents);
  });
});

describe('columns that identify something other than the client', () => {
  it('"Row ID", "Order ID" and "Product Name" are not taken for the client', async () => {
    const { importPortfolio } = await import('../../src/domain/index.ts');
    const r = importPortfolio(
      'Row ID,Order ID,Order Date,Product Name,Customer Name,Sales\n1,A-1,1/5/2024,Chair,Ana Lima,10.00\n2,A-1,1/5/2024,Desk,Ana Lima,5.50\n',
    );
    expect(r.ok && r.columns).toEqual({ name: 'Customer Name', amount: 'Sales', date: 'Order Date' });
    expect(r.ok && r.clients.map((c) => [c.name, c.revenue])).toEqual([['Ana Lima', 15.5]]);
    // A real customer id column is still used (the Superstore layout).
    const s = importPortfolio('Row ID,Order ID,Order Date,Customer ID,Customer Name,Sales\n1,A-1,1/5/2024,AL-1,Ana Lima,10.00\n');
    expect(s.ok && s.columns.id).toBe('Customer ID');
  });
});
