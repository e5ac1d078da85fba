// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshStorage } from '../state/helpers.ts';
import { $portfolio, $settings, periodRevenueOf, updateSettings } from '../../src/state/index.ts';
import { isPortfolioEmpty, loadSampleCompany } from '../../src/samples/sampleCompany.ts';

const CSV =
  'Data;Código;Cliente;Segmento;Valor\n05/01/2024;C1;Mercado Bom;Varejo;1.000,50\n20/02/2024;C1;Mercado Bom;Varejo;200\n03/02/2024;C2;Padaria Sol;Food;300,25\n';

describe('loadSampleCompany', () => {
  beforeEach(() => freshStorage());
  afterEach(() => vi.unstubAllGlobals());

  it('replaces the portfolio with the sample clients and monthly sales', async () => {
    const fetchMock = vi.fn(async () => new Response(new TextEncoder().encode(CSV)));
    vi.stubGlobal('fetch', fetchMock);
    expect(isPortfolioEmpty()).toBe(true);
    const result = await loadSampleCompany('pt-br');
    expect(fetchMock).toHaveBeenCalledWith('/samples/distribuidora-ptbr.csv');
    expect(result).toEqual({ ok: true, clients: 2 });
    const p = $portfolio.get();
    expect(p.clients.map((c) => [c.key, c.revenue, c.keyAccount, c.firstPurchase])).toEqual([
      ['C1', 1200.5, false, '2024-01-05'],
      ['C2', 300.25, false, '2024-02-03'],
    ]);
    expect(p.monthlySales).toHaveLength(3);
    expect(isPortfolioEmpty()).toBe(false);
    // The sample company's amounts are reais, on English pages too; it opens on 2025, the lessons' year.
    expect(p.currency).toBe('BRL');
    expect(p.period).toEqual({ kind: 'year', year: 2025 });
  });

  it('does not touch the site settings', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(new TextEncoder().encode(CSV))),
    );
    updateSettings({ currency: 'EUR' });
    expect((await loadSampleCompany('en')).ok).toBe(true);
    expect($settings.get().currency).toBe('EUR');
    expect($portfolio.get().currency).toBe('BRL');
  });

  it('keeps both years whole; the period, not the import, selects 2025', async () => {
    const twoYears =
      'Data;Código;Cliente;Segmento;Valor\n05/01/2024;C1;Mercado Bom;Varejo;1.000,00\n20/02/2025;C1;Mercado Bom;Varejo;200,00\n03/12/2025;C2;Padaria Sol;Food;300,25\n';
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(new TextEncoder().encode(twoYears))),
    );
    expect(await loadSampleCompany('pt-br')).toEqual({ ok: true, clients: 2 });
    expect($portfolio.get().clients.map((c) => [c.key, c.revenue, c.previousRevenue])).toEqual([
      ['C1', 1200, undefined],
      ['C2', 300.25, undefined],
    ]);
    const view = periodRevenueOf($portfolio.get());
    expect(view.clients.map((c) => [c.key, c.revenue, c.previousRevenue])).toEqual([
      ['C1', 200, 1000],
      ['C2', 300.25, 0],
    ]);
    expect($portfolio.get().monthlySales).toHaveLength(3);
  });

  it('reports a network failure', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('nope', { status: 404 })),
    );
    expect(await loadSampleCompany('en')).toEqual({ ok: false, code: 'network' });
  });
});
