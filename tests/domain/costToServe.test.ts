/**
 * Cost to serve: the sums, the two rankings, the whale curve, and the sample company's cost lines
 * reproducing the case sheet's margins after cost to serve exactly.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costToServe, creditCost, revenueForPeriod, sumMoney } from '../../src/domain/index.ts';
import type { CostLine } from '../../src/domain/index.ts';
import { importCostLines } from '../../src/domain/costLinesImport.ts';
import { runImport } from '../../src/import/importRun.ts';
import { sampleCostData } from '../../src/samples/costToServeSample.ts';
import { costLinesOf, perClient } from '../../src/state/costToServe.ts';
import { SAMPLE_PERIOD } from '../../src/samples/sampleCompany.ts';
import sheet from '../../content/case/en/horizonte.json';

const clients = [
  { key: 'a', name: 'Alpha', revenue: 1000, marginPct: 20 },
  { key: 'b', name: 'Beta', revenue: 500, marginPct: 30 },
  { key: 'c', name: 'Gamma', revenue: 100, marginPct: 20 },
];

describe('costToServe', () => {
  it('takes every cost from the gross margin and ranks by profit beside revenue', () => {
    const lines: CostLine[] = [
      { key: 'a', type: 'delivery', amount: 150 },
      { key: 'a', type: 'visits', amount: 10.1 },
      { key: 'c', type: 'returns', amount: 50 },
    ];
    const r = costToServe({ clients, lines, paymentDays: { b: 73 }, creditRatePct: 10 });
    const a = r.clients.find((c) => c.key === 'a')!;
    expect(a.grossMargin).toBe(200);
    expect(a.costToServe).toBe(160.1);
    expect(a.profit).toBe(39.9);
    expect(a.profitPct).toBeCloseTo(3.99, 10);
    const b = r.clients.find((c) => c.key === 'b')!;
    expect(b.costs.credit).toBe(10); // 500 × 73/365 × 10 %
    expect(b.profit).toBe(140);
    expect(r.clients.map((c) => c.key)).toEqual(['b', 'a', 'c']);
    expect(r.clients.map((c) => c.revenueRank)).toEqual([2, 1, 3]);
    expect(r.losers).toEqual({ count: 1, loss: 30 });
    expect(r.totals.profit).toBe(149.9);
    expect(r.peak.count).toBe(2);
    expect(r.peak.share).toBeCloseTo(179.9 / 149.9, 12);
    expect(r.clients.at(-1)!.cumulativeShare).toBeCloseTo(1, 12);
  });

  it('lists clients without a gross margin apart, unless a default margin is given; a typed margin wins', () => {
    const bare = [{ key: 'x', name: 'X', revenue: 100 }];
    expect(costToServe({ clients: bare, lines: [], paymentDays: {}, creditRatePct: 0 }).noMargin.map((c) => c.key)).toEqual(['x']);
    expect(costToServe({ clients: bare, lines: [], paymentDays: {}, creditRatePct: 0, defaultMarginPct: 10 }).clients[0]!.profit).toBe(10);
    expect(
      costToServe({ clients, lines: [], paymentDays: {}, creditRatePct: 0, margins: { a: 5 } }).clients.find((c) => c.key === 'a')!
        .grossMargin,
    ).toBe(50);
  });

  it('reads only own keys: a client called "constructor" or "__proto__" is an ordinary client', () => {
    const hostile = [
      { key: 'constructor', name: 'C', revenue: 100, marginPct: 10 },
      { key: '__proto__', name: 'P', revenue: 100, marginPct: 10 },
    ];
    const r = costToServe({ clients: hostile, lines: [], paymentDays: {}, margins: {}, creditRatePct: 12 });
    expect(r.clients.map((c) => c.profit)).toEqual([10, 10]);
  });

  it('cost of credit: revenue × days/365 × rate, to the cent; nothing for cash', () => {
    expect(creditCost(840_000, 45, 14.6)).toBe(15_120);
    expect(creditCost(1000, 0, 12)).toBe(0);
    expect(creditCost(1000, 30, 12)).toBe(9.86);
  });

  it('sums exactly to the cent, whatever the order of the clients (property)', () => {
    const client = fc.record({
      revenue: fc.integer({ min: 1, max: 10_000_000 }).map((c) => c / 100),
      marginPct: fc.integer({ min: -50, max: 80 }),
      cost: fc.integer({ min: 0, max: 1_000_000 }).map((c) => c / 100),
    });
    fc.assert(
      fc.property(fc.array(client, { minLength: 1, maxLength: 30 }), (rows) => {
        const list = rows.map((r, i) => ({ key: `k${i}`, name: `N${i}`, revenue: r.revenue, marginPct: r.marginPct }));
        const lines = rows.map((r, i) => ({ key: `k${i}`, type: 'delivery' as const, amount: r.cost }));
        const forward = costToServe({ clients: list, lines, paymentDays: {}, creditRatePct: 0 });
        const backward = costToServe({ clients: [...list].reverse(), lines, paymentDays: {}, creditRatePct: 0 });
        expect(backward.clients.map((c) => c.key)).toEqual(forward.clients.map((c) => c.key));
        expect(forward.totals.profit).toBe(sumMoney(forward.clients.map((c) => c.profit)));
        expect(forward.totals.profit).toBe(sumMoney([forward.totals.grossMargin, -forward.totals.costToServe]));
        for (let i = 1; i < forward.clients.length; i++)
          expect(forward.clients[i - 1]!.profit).toBeGreaterThanOrEqual(forward.clients[i]!.profit);
      }),
    );
  });
});

describe('the sample company (case sheet, 2025)', () => {
  const bytes = new Uint8Array(readFileSync(new URL('../../public/samples/distributor-en.csv', import.meta.url)));
  const r = runImport({ input: bytes, options: {}, extras: {} });
  if (!r.ok) throw new Error('sample');
  const view = revenueForPeriod(r.clients, r.monthlySales, SAMPLE_PERIOD);
  const portfolio = r.clients.map((c, i) => ({ key: c.key, name: c.name, revenue: view.clients[i]!.revenue }));
  const data = sampleCostData(portfolio);
  const result = costToServe({
    clients: portfolio,
    lines: costLinesOf(data),
    paymentDays: perClient(data, 'paymentDays'),
    margins: perClient(data, 'marginPct'),
    creditRatePct: data.creditRatePct,
    defaultMarginPct: data.defaultMarginPct,
  });

  it.each(sheet.accounts.filter((a) => a.marginAfterCostToServePct !== undefined).map((a) => [a.name, a] as const))(
    '%s: gross and after cost to serve exactly as the case sheet says',
    (name, account) => {
      const row = result.clients.find((c) => c.name === name)!;
      expect(row.marginPct).toBe(account.grossMarginPct);
      expect(row.profit).toBe((account.revenue['2025']! * account.marginAfterCostToServePct!) / 100);
      expect(row.profitPct).toBeCloseTo(account.marginAfterCostToServePct!, 10);
    },
  );

  it('Hospital Santa Clara: 21 % gross, 14 % after cost to serve; R$ 15,120 of it is 45 days of credit at 14.6 %', () => {
    const row = result.clients.find((c) => c.name === 'Hospital Santa Clara')!;
    expect([row.grossMargin, row.costs.credit, row.costToServe, row.profit]).toEqual([176_400, 15_120, 58_800, 117_600]);
  });

  it('the whale curve rises above 100 % and falls back: six weekly-drop clients lose money', () => {
    expect(result.noMargin).toEqual([]);
    expect(result.losers.count).toBe(6);
    expect(result.peak.share).toBeGreaterThan(1);
    expect(result.clients.at(-1)!.cumulativeShare).toBeCloseTo(1, 12);
    // Lesson 10's sentence: the 54 profitable clients make 101 % of the profit; the last six lose R$ 10,362.89.
    expect(result.peak.count).toBe(54);
    expect(Math.round(result.peak.share * 100)).toBe(101);
    expect(result.losers.loss).toBe(10_362.89);
  });

  it('Rede Boa Compra: first in revenue, seventh in profit (lesson 10)', () => {
    const row = result.clients.find((c) => c.name === 'Rede Boa Compra')!;
    expect([row.revenueRank, row.profitRank, row.costToServe, row.costs.credit]).toEqual([1, 7, 100_800, 14_112]);
  });
});

describe('importCostLines', () => {
  const portfolio = [
    { key: 'CLI-1', name: 'Hospital Santa Clara', code: 'CLI-1' },
    { key: 'b', name: 'Padaria Trigo Bom' },
  ];

  it('reads a pt-BR file (; and decimal comma), matching clients by code or name, types in Portuguese', () => {
    const r = importCostLines('Cliente;Tipo de custo;Valor\nCLI-1;Entregas;"1.234,50"\npadaria trigo bom;Devoluções;R$ 10,00\n', portfolio);
    expect(r).toEqual({
      ok: true,
      issues: [],
      lines: [
        { row: 2, key: 'CLI-1', name: 'Hospital Santa Clara', type: 'delivery', amount: 1234.5 },
        { row: 3, key: 'b', name: 'Padaria Trigo Bom', type: 'returns', amount: 10 },
      ],
    });
  });

  it('reads an en file and reports bad rows with their line numbers, never fatal', () => {
    const r = importCostLines(
      'Client,Cost type,Amount\nHospital Santa Clara,visits,"1,200.00"\nNobody,visits,5\nPadaria Trigo Bom,lunch,5\nPadaria Trigo Bom,staff,abc\n,staff,1\n',
      portfolio,
    );
    if (!r.ok) throw new Error(r.code);
    expect(r.lines).toEqual([{ row: 2, key: 'CLI-1', name: 'Hospital Santa Clara', type: 'visits', amount: 1200 }]);
    expect(r.issues.map((i) => [i.row, i.code])).toEqual([
      [3, 'unknown-client'],
      [4, 'unknown-type'],
      [5, 'bad-amount'],
      [6, 'no-client'],
    ]);
  });

  it('refuses a file without the columns it needs, or with no text', () => {
    expect(importCostLines('', portfolio)).toEqual({ ok: false, code: 'empty' });
    expect(importCostLines('Client,Amount\nx,1\n', portfolio)).toEqual({ ok: false, code: 'no-type-column' });
    expect(importCostLines('Client,Type\nx,visits\n', portfolio)).toEqual({ ok: false, code: 'no-amount-column' });
    expect(importCostLines('Foo,Type,Amount\nx,visits,1\n', portfolio)).toEqual({ ok: false, code: 'no-client-column' });
  });

  it('never throws on random text (property)', () => {
    fc.assert(fc.property(fc.string(), (text) => void importCostLines(`Client,Type,Amount\n${text}`, portfolio)));
  });
});
