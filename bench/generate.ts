/**
 * Deterministic generator of ERP-style transaction exports for the benchmark: Excel pt-BR format
 * (`;`, decimal comma, dd/mm/yyyy), a few thousand clients with a Pareto-like revenue spread, credit
 * notes, and no quotes (the common case of machine exports, which PapaParse parses in fast mode).
 */

/** mulberry32: a tiny seeded PRNG, so every run benchmarks exactly the same bytes. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEGMENTS = ['Varejo', 'Atacado', 'Indústria', 'Serviços', 'Governo'];

function brl(n: number): string {
  const neg = n < 0;
  const [int, dec] = Math.abs(n).toFixed(2).split('.') as [string, string];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${neg ? '-' : ''}${grouped},${dec}`;
}

export function generateTransactions(lines: number, clients = 5000, seed = 42): string {
  const rnd = prng(seed);
  // Zipf-like weights: client i buys in proportion to 1/(i+1)^0.9, a realistic 80/20 shape.
  const weights = Array.from({ length: clients }, (_, i) => 1 / Math.pow(i + 1, 0.9));
  const cumulative: number[] = [];
  let acc = 0;
  for (const w of weights) cumulative.push((acc += w));
  const pick = (): number => {
    const x = rnd() * acc;
    let lo = 0;
    let hi = clients - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const out: string[] = ['Código;Cliente;Data de emissão;Valor;Segmento'];
  for (let i = 0; i < lines; i++) {
    const c = pick();
    const day = 1 + Math.floor(rnd() * 28);
    const month = 1 + Math.floor(rnd() * 12);
    const year = 2023 + Math.floor(rnd() * 2);
    let amount = Math.round((50 + rnd() * 2000) * 100) / 100;
    if (rnd() < 0.03) amount = -amount / 4; // credit note
    out.push(
      `C${String(c).padStart(5, '0')};Cliente ${c};${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year};${brl(amount)};${SEGMENTS[c % SEGMENTS.length]}`,
    );
  }
  return out.join('\r\n') + '\r\n';
}
