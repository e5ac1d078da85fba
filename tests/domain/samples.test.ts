/**
 * The sample company shipped in public/samples (built by tests/fixtures/samples/generate.ts):
 * Distribuidora Horizonte, Campinas. Both language versions must import to the same clients and
 * totals, and loading them the way the widgets do ("load sample") must give exactly the figures the
 * lessons quote: lesson 2's Pareto table, lesson 7's Hospital Santa Clara, lesson 8's Cozinha Limpa
 * campaign and lesson 9's segments.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  compareCampaign,
  compareCampaignFromColumns,
  importPortfolio,
  newCustomerSales,
  newCustomerSalesFromColumns,
  paretoAnalysis,
  paretoConcentration,
  revenueForPeriod,
} from '../../src/domain/index.ts';
import type { ImportSuccess } from '../../src/domain/index.ts';
import { linesFromMonthly } from '../../src/domain/portfolioExtras.ts';
import { runImport } from '../../src/import/importRun.ts';
import { SAMPLE_PERIOD } from '../../src/samples/sampleCompany.ts';

const bytes = (name: string) => new Uint8Array(readFileSync(new URL(`../../public/samples/${name}`, import.meta.url)));

function load(name: string): ImportSuccess {
  // The lines as objects too, to check the column readers against the object ones on the sample.
  const r = importPortfolio(bytes(name), { includeLines: true });
  if (!r.ok) throw new Error(`${name}: ${r.error.code}`);
  return r;
}

/**
 * What every widget's "load sample" button stores in the portfolio, seen the way the tools show it:
 * over the sample's period (2025, the lessons' "last year"), with the previous period beside it.
 */
function loadAsWidget(name: string) {
  const r = runImport({ input: bytes(name), options: {}, extras: {} });
  if (!r.ok) throw new Error(`${name}: ${r.error.code}`);
  const view = revenueForPeriod(r.clients, r.monthlySales, SAMPLE_PERIOD);
  const clients = r.clients.map((c, i) => ({ ...c, revenue: view.clients[i]!.revenue, previousRevenue: view.clients[i]!.previousRevenue }));
  return { ...r, clients, view, wholeFile: r.clients };
}

const byName = <T extends { name: string }>(clients: readonly T[], name: string): T => {
  const c = clients.find((x) => x.name === name);
  if (!c) throw new Error(`no client ${name}`);
  return c;
};

describe('sample company', () => {
  const pt = load('distribuidora-ptbr.csv');
  const keyOf = (name: string) => pt.clients.find((c) => c.name === name)!.key;
  const en = load('distributor-en.csv');
  const portfolio = loadAsWidget('distribuidora-ptbr.csv');
  const portfolioEn = loadAsWidget('distributor-en.csv');
  const p22 = () => paretoAnalysis(portfolio.clients.map((c) => ({ key: c.key, name: c.name, revenue: c.revenue }))).ranked.slice(0, 22);

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
    const strip2 = (r: typeof portfolio) => r.clients.map(({ segment: _segment, ...c }) => c);
    expect(strip2(portfolioEn)).toEqual(strip2(portfolio));
  });

  it('is Distribuidora Horizonte over 2024–2025, with the lessons’ clients and a few credit notes', () => {
    const lines = pt.lines!;
    expect(
      lines
        .map((l) => l.date)
        .sort()[0]!
        .slice(0, 7),
    ).toBe('2024-01');
    expect(
      lines
        .map((l) => l.date)
        .sort()
        .at(-1)!
        .slice(0, 7),
    ).toBe('2025-12');
    const credits = lines.filter((l) => l.amount < 0).length;
    expect(credits).toBeGreaterThan(20);
    expect(credits / lines.length).toBeLessThan(0.05);
    for (const name of [
      'Rede Boa Compra',
      'Hospital Santa Clara',
      'Grupo Sabor & Cia',
      'Hotel Parque das Águas',
      'Colégio Vale Verde',
      'Hospital Infantil Bem-Estar',
      'Supermercado Família Rossi',
      'Hotel Rota Campinas',
      'Cantina Nonna Rosa',
      'Instituto Educacional Aurora',
      'Churrascaria Gaúcha do Parque',
      'Padaria Trigo Bom',
      'Lanchonete Ponto Certo',
    ]) {
      expect(
        pt.clients.some((c) => c.name === name),
        name,
      ).toBe(true);
    }
    // Plausible, varied names: no two clients share their first two words.
    const stems = pt.clients.map((c) => c.name.split(' ').slice(0, 2).join(' '));
    expect(new Set(stems).size).toBe(60);
    // Invoices on weekdays between the 2nd and the 28th (so monthly totals give the same campaign figures).
    for (const l of lines) {
      const day = Number(l.date.slice(8, 10));
      expect(day >= 2 && day <= 28).toBe(true);
      expect([0, 6]).not.toContain(new Date(`${l.date}T12:00:00Z`).getUTCDay());
    }
  });

  it('imports the whole file (2024 + 2025) and opens on 2025, the year the lessons quote', () => {
    expect(portfolio.view.span).toEqual({ start: '2024-01', end: '2025-12' });
    expect(portfolio.view.months).toEqual({ start: '2025-01', end: '2025-12' });
    expect(portfolio.view.previous).toEqual({ start: '2024-01', end: '2024-12' });
    expect(portfolio.view.previousComplete).toBe(true);
    expect(portfolio.view.counts).toEqual({ sales: 60, 'no-sales': 0, undated: 0 });
    expect(portfolio.view.total).toBe(6_000_000);
    // The whole file is both years, exact to the cent.
    const whole = revenueForPeriod(portfolio.wholeFile, portfolio.monthlySales);
    const previous = portfolio.clients.reduce((s, c) => s + Math.round((c.previousRevenue ?? 0) * 100), 0) / 100;
    expect(whole.total).toBe(Math.round((6_000_000 + previous) * 100) / 100);
  });

  it('loads as the portfolio of lesson 2: 2025 revenue, 60 clients, R$ 6.0 million, 11 class A at 81.5 %', () => {
    const clients = portfolio.clients;
    expect(clients).toHaveLength(60);
    expect(clients.every((c) => c.revenue > 0)).toBe(true);
    expect(clients.reduce((s, c) => s + c.revenue, 0)).toBeCloseTo(6_000_000, 2);

    const p = paretoAnalysis(clients.map((c) => ({ key: c.key, name: c.name, revenue: c.revenue })));
    expect(p.excluded).toEqual([]);
    expect(p.counts).toEqual({ A: 11, B: 11, C: 38 });
    const table: [string, number][] = [
      ['Rede Boa Compra', 1_260_000],
      ['Hospital Santa Clara', 840_000],
      ['Grupo Sabor & Cia', 600_000],
      ['Hotel Parque das Águas', 480_000],
      ['Colégio Vale Verde', 360_000],
      ['Hospital Infantil Bem-Estar', 300_000],
      ['Supermercado Família Rossi', 270_000],
      ['Hotel Rota Campinas', 240_000],
      ['Cantina Nonna Rosa', 210_000],
      ['Instituto Educacional Aurora', 180_000],
      ['Churrascaria Gaúcha do Parque', 150_000],
      ['Padaria Trigo Bom', 120_000],
    ];
    table.forEach(([name, revenue], i) => {
      expect(p.ranked[i]!.name).toBe(name);
      expect(p.ranked[i]!.revenue).toBeCloseTo(revenue, 2);
      expect(p.ranked[i]!.class).toBe(i < 11 ? 'A' : 'B');
    });
    const sum = (from: number, to: number) => p.ranked.slice(from, to).reduce((s, r) => s + r.revenue, 0);
    expect(sum(12, 22)).toBeCloseTo(720_000, 2);
    expect(sum(22, 60)).toBeCloseTo(270_000, 2);
    expect(p.ranked[10]!.cumulativeShare).toBeCloseTo(0.815, 6);
    expect(p.ranked[21]!.cumulativeShare).toBeCloseTo(0.955, 6);
    expect(p.top20Share).toBeCloseTo(0.835, 6);
    const c = paretoConcentration(p);
    expect(c.largestKey).toBe(keyOf('Rede Boa Compra'));
    expect(c.largestShare).toBeCloseTo(0.21, 6);
  });

  it('has the previous year the lessons describe (Santa Clara 720k → 840k, Nonna Rosa shrinking)', () => {
    const clients = portfolio.clients;
    expect(byName(clients, 'Hospital Santa Clara').previousRevenue).toBeCloseTo(720_000, 2);
    const nonna = byName(clients, 'Cantina Nonna Rosa');
    expect(nonna.previousRevenue!).toBeGreaterThan(nonna.revenue);
    const total = (f: (c: (typeof clients)[number]) => number) => clients.reduce((s, c) => s + f(c), 0);
    expect(total((c) => c.previousRevenue ?? 0)).toBeLessThan(6_000_000);
    expect(total((c) => c.previousRevenue ?? 0)).toBeGreaterThan(5_400_000);
    // Clients new in 2025 had nothing in 2024.
    expect(clients.filter((c) => c.previousRevenue === 0).length).toBe(10);
  });

  it('has lesson 9’s five segments: restaurants 1.4, hotels 0.8, hospitals 1.3, supermarkets 1.6, schools 0.9 million', () => {
    const bySegment = new Map<string, number>();
    for (const c of portfolio.clients) bySegment.set(c.segment!, (bySegment.get(c.segment!) ?? 0) + c.revenue);
    expect([...bySegment.keys()].sort()).toEqual(['Escolas', 'Hospitais', 'Hotéis', 'Restaurantes', 'Supermercados']);
    expect(bySegment.get('Restaurantes')).toBeCloseTo(1_400_000, 2);
    expect(bySegment.get('Hotéis')).toBeCloseTo(800_000, 2);
    expect(bySegment.get('Hospitais')).toBeCloseTo(1_300_000, 2);
    expect(bySegment.get('Supermercados')).toBeCloseTo(1_600_000, 2);
    expect(bySegment.get('Escolas')).toBeCloseTo(900_000, 2);
  });

  it('shows lesson 8’s Cozinha Limpa campaign, from the dated lines and from the portfolio’s monthly sales', () => {
    const monthly = newCustomerSales(pt.lines!);
    expect(monthly).toHaveLength(24);
    expect(newCustomerSalesFromColumns(pt.lineColumns!)).toEqual(monthly);
    expect(compareCampaignFromColumns(pt.lineColumns!, { start: '2025-03-01', end: '2025-04-30' })).toEqual(
      compareCampaign(pt.lines!, { start: '2025-03-01', end: '2025-04-30' }),
    );
    // Every older client buys in January 2024; after that, new customers are real first purchases.
    expect(monthly.slice(1).reduce((s, m) => s + m.newCustomers, 0)).toBe(15);
    for (const lines of [pt.lines!, linesFromMonthly(portfolio.monthlySales)]) {
      const campaign = compareCampaign(lines, { start: '2025-03-01', end: '2025-04-30' });
      expect(campaign.days).toBe(61);
      expect(campaign.during.total).toBeCloseTo(948_000, 2);
      expect(campaign.during.newCustomers).toBe(7);
      expect(campaign.during.fromNew).toBeCloseTo(26_600, 2);
      expect(campaign.before.total).toBeCloseTo(905_000, 2);
      expect(campaign.before.newCustomers).toBe(2);
      expect(campaign.before.fromNew).toBeCloseTo(4_800, 2);
      expect(compareCampaign(lines, { start: '2024-03-01', end: '2024-04-30' }).during.newCustomers).toBe(3);
    }
    // Three months later (by the end of July) five of the seven have ordered again.
    const first = new Map<string, string>();
    for (const l of pt.lines!) if (!first.has(l.key) || l.date < first.get(l.key)!) first.set(l.key, l.date);
    const won = [...first].filter(([, d]) => d >= '2025-03-01' && d <= '2025-04-30').map(([k]) => k);
    const again = won.filter((k) => pt.lines!.some((l) => l.key === k && l.date >= '2025-05-01' && l.date <= '2025-07-31'));
    expect(again).toHaveLength(5);
    // One of them is the four-unit restaurant group, already among the top 22.
    expect(won).toContain(keyOf('Grupo Fornalha Grill'));
    expect(p22().map((r) => r.key)).toContain(keyOf('Grupo Fornalha Grill'));
  });
});
