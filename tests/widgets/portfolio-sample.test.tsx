// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshStorage } from '../state/helpers.ts';
import { $portfolio, $settings, updateSettings } from '../../src/state/index.ts';
import { isPortfolioEmpty, loadSampleCompany } from '../../src/widgets/shared/sampleCompany.ts';

const CSV = 'Data;Código;Cliente;Segmento;Valor\n05/01/2024;C1;Mercado Bom;Varejo;1.000,50\n20/02/2024;C1;Mercado Bom;Varejo;200\n03/02/2024;C2;Padaria Sol;Food;300,25\n';

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
    expect($settings.get().currency).toBe('BRL'); // no currency chosen: the sample's reais, on English pages too
  });

  it("keeps a currency the user chose", async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(new TextEncoder().encode(CSV))));
    updateSettings({ currency: 'EUR' });
    expect((await loadSampleCompany('en')).ok).toBe(true);
    expect($settings.get().currency).toBe('EUR');
  });

  it('gives each client its last 12 months as revenue and the 12 before as previous revenue when the file spans two years', async () => {
    const twoYears = 'Data;Código;Cliente;Segmento;Valor\n05/01/2024;C1;Mercado Bom;Varejo;1.000,00\n20/02/2025;C1;Mercado Bom;Varejo;200,00\n03/12/2025;C2;Padaria Sol;Food;300,25\n';
    vi.stubGlobal('fetch', vi.fn(async () => new Response(new TextEncoder().encode(twoYears))));
    const result = await loadSampleCompany('pt-br');
    expect(result).toEqual({
      ok: true,
      clients: 2,
      periods: {
        file: { start: '2024-01', end: '2025-12' },
        current: { start: '2025-01', end: '2025-12' },
        previous: { start: '2024-01', end: '2024-12' },
        previousPartial: false,
      },
    });
    expect($portfolio.get().clients.map((c) => [c.key, c.revenue, c.previousRevenue])).toEqual([
      ['C1', 200, 1000],
      ['C2', 300.25, 0],
    ]);
    // The monthly sales keep both years, for the new-customer tool.
    expect($portfolio.get().monthlySales).toHaveLength(3);
  });

  it('reports a network failure', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('nope', { status: 404 })));
    expect(await loadSampleCompany('en')).toEqual({ ok: false, code: 'network' });
  });
});
