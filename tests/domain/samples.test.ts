/**
 * The sample company shipped in public/samples (built by tests/fixtures/samples/generate.ts): both
 * language versions must import to the same clients and totals, and the data must tell the stories
 * the lessons rely on (Pareto concentration, new customers in the campaign, a client that stopped).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareCampaign, importPortfolio, newCustomerSales, paretoAnalysis, paretoConcentration } from '../../src/domain/index.ts';
import type { ImportSuccess } from '../../src/domain/index.ts';

function load(name: string): ImportSuccess {
  const r = importPortfolio(new Uint8Array(readFileSync(new URL(`../../public/samples/${name}`, import.meta.url))));
  if (!r.ok) throw new Error(`${name}: ${r.error.code}`);
  return r;
}

describe('sample company', () => {
  const pt = load('distribuidora-ptbr.csv');
  const en = load('distributor-en.csv');

  it('pt-BR file is read as Excel pt-BR, the en file as Excel en, both without issues', () => {
    expect(pt).toMatchObject({ mode: 'transactions', delimiter: ';', decimal: ',', dateOrder: 'dmy', encoding: 'utf-8' });
    expect(en).toMatchObject({ mode: 'transactions', delimiter: ',', decimal: '.', dateOrder: 'mdy' });
    expect(pt.columns).toEqual({ id: 'Código', name: 'Cliente', amount: 'Valor', date: 'Data de emissão', segment: 'Segmento' });
    expect(en.columns).toEqual({ id: 'Customer ID', name: 'Customer', amount: 'Amount', date: 'Date', segment: 'Segment' });
    expect(pt.issues).toEqual([]);
    expect(en.issues).toEqual([]);
  });

  it('both import to the same clients, totals, dates and lines', () => {
    expect(pt.clients).toHaveLength(60);
    const strip = (r: ImportSuccess) => r.clients.map(({ segment: _segment, ...c }) => c);
    expect(strip(en)).toEqual(strip(pt));
    expect(en.rowCount).toBe(pt.rowCount);
    expect(en.lines).toEqual(pt.lines);
    const total = (r: ImportSuccess) => r.clients.reduce((s, c) => s + c.revenue, 0);
    expect(total(en)).toBeCloseTo(total(pt), 6);
    expect(total(pt)).toBeGreaterThan(15_000_000);
  });

  it('shows a realistic Pareto concentration', () => {
    const p = paretoAnalysis(pt.clients);
    expect(p.excluded).toEqual([]);
    expect(p.top20Share).toBeGreaterThan(0.6);
    expect(p.top20Share).toBeLessThan(0.85);
    const c = paretoConcentration(p);
    expect(c.largestKey).toBe('CLI-0101');
    expect(c.shareOfClientsFor80).toBeGreaterThan(0.15);
    expect(c.shareOfClientsFor80).toBeLessThan(0.5);
  });

  it('has credit notes, new customers over time and a campaign burst', () => {
    expect(pt.lines!.some((l) => l.amount < 0)).toBe(true);
    const monthly = newCustomerSales(pt.lines!);
    expect(monthly).toHaveLength(24);
    expect(monthly.slice(1).filter((m) => m.newCustomers > 0).length).toBeGreaterThan(8);
    const campaign = compareCampaign(pt.lines!, { start: '2024-09-01', end: '2024-10-31' });
    expect(campaign.during.newCustomers).toBeGreaterThan(campaign.before.newCustomers);
    const stopped = pt.clients.find((c) => c.key === 'CLI-0104')!;
    expect(stopped.lastDate! < '2024-07-01').toBe(true);
  });
});
