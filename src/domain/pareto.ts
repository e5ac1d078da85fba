/**
 * Pareto / ABC analysis of clients ("Lei de Pareto: 20 % dos clientes representam 80 % do negócio").
 *
 * Class rule (DESIGN.md): a client is A when the cumulative share of the clients ranked BEFORE it is
 * below `a`, B when below `b`, else C. So the client that crosses 80 % is still A ("the clients you
 * need to reach 80 %"), and the largest client is always A. Clients with equal revenue share the
 * class of the first of them, so the result never depends on input order (a tie split at a class
 * boundary is the classic ABC inconsistency, kam-domain-notes §5.3).
 *
 * Net revenue <= 0 (credit notes larger than invoices) is excluded from the denominator and listed
 * for review: negatives would shrink the total and push cumulative shares above 100 % mid-list.
 * Shares come from raw running sums, never from summed rounded percentages.
 */
import { clientDependence } from './dependence.ts';
import type { DependenceLevel } from './dependence.ts';

export type ParetoClass = 'A' | 'B' | 'C';
export type ParetoThresholds = { a: number; b: number };
export type ParetoInput = { key: string; name: string; revenue: number };
export type ParetoRanked = {
  key: string;
  name: string;
  revenue: number;
  share: number;
  cumulativeShare: number;
  class: ParetoClass;
};
export type ParetoResult = {
  total: number;
  ranked: ParetoRanked[];
  excluded: { key: string; name: string; revenue: number }[];
  counts: { A: number; B: number; C: number };
  top20Share: number;
  clientShareForA: number;
};

export const DEFAULT_PARETO_THRESHOLDS: ParetoThresholds = { a: 0.8, b: 0.95 };

// Deterministic tie order: by name as people read it, then by key (code units) so two clients with
// the same name still have one order. The collator is made on first use: creating one costs the
// main thread ~20 ms (80 ms on Lighthouse's throttled mobile CPU), and most pages that import this
// module never rank anyone.
let collator: Intl.Collator | undefined;

function compareRanked(x: ParetoInput, y: ParetoInput): number {
  if (x.revenue !== y.revenue) return y.revenue - x.revenue;
  collator ??= new Intl.Collator('pt-BR', { sensitivity: 'variant', numeric: true });
  const byName = collator.compare(x.name, y.name);
  if (byName !== 0) return byName;
  return x.key < y.key ? -1 : x.key > y.key ? 1 : 0;
}

/**
 * Keeps thresholds meaningful: 0 < a <= b <= 1. An `a` of 0 would make nobody A, which contradicts
 * "the largest client is always A"; values out of range are clamped rather than rejected so a
 * slider can never break the page.
 */
export function normaliseThresholds(t: ParetoThresholds): ParetoThresholds {
  const clamp = (x: number, lo: number, hi: number): number => (Number.isFinite(x) ? Math.min(hi, Math.max(lo, x)) : lo);
  const a = clamp(t.a, 0.01, 1);
  const b = clamp(t.b, a, 1);
  return { a, b };
}

export function paretoAnalysis(clients: readonly ParetoInput[], thresholds: ParetoThresholds = DEFAULT_PARETO_THRESHOLDS): ParetoResult {
  const { a, b } = normaliseThresholds(thresholds);
  const positive: ParetoInput[] = [];
  const excluded: ParetoResult['excluded'] = [];
  for (const c of clients) {
    if (Number.isFinite(c.revenue) && c.revenue > 0) positive.push(c);
    else excluded.push({ key: c.key, name: c.name, revenue: c.revenue });
  }
  positive.sort(compareRanked);

  // The total is summed in ranked order, exactly as the running sum is, so the last cumulative
  // share is exactly 1.
  let total = 0;
  for (const c of positive) total += c.revenue;

  const ranked: ParetoRanked[] = [];
  const counts = { A: 0, B: 0, C: 0 };
  let running = 0;
  let previous: ParetoRanked | undefined;
  for (const c of positive) {
    const before = running;
    running += c.revenue;
    let cls: ParetoClass;
    if (previous !== undefined && previous.revenue === c.revenue) cls = previous.class;
    else {
      // Compare the share (a division of raw sums), not `before < a * total`: with tiny revenues
      // `a * total` underflows to 0 and the largest client would stop being A.
      const shareBefore = before / total;
      cls = shareBefore < a ? 'A' : shareBefore < b ? 'B' : 'C';
    }
    const item: ParetoRanked = {
      key: c.key,
      name: c.name,
      revenue: c.revenue,
      share: c.revenue / total,
      cumulativeShare: running / total,
      class: cls,
    };
    counts[cls]++;
    ranked.push(item);
    previous = item;
  }

  const top = Math.ceil(ranked.length * 0.2);
  let topSum = 0;
  for (let i = 0; i < top; i++) topSum += ranked[i]!.revenue;

  return {
    total,
    ranked,
    excluded,
    counts,
    top20Share: total > 0 ? topSum / total : 0,
    clientShareForA: ranked.length > 0 ? counts.A / ranked.length : 0,
  };
}

export type ParetoConcentration = {
  largestKey: string | null;
  largestShare: number;
  /** How much the company depends on its largest client (the one rule in dependence.ts). */
  largestDependence: DependenceLevel;
  /** Fewest top clients that together make at least 50 % of revenue. */
  clientsFor50: number;
  /** Fewest top clients that together make at least 80 % of revenue. */
  clientsFor80: number;
  /** clientsFor80 as a share of all ranked clients (the "20 %" of the 80/20 rule). */
  shareOfClientsFor80: number;
};

// Tolerance for "at least 80 %" so that 0.8 written as a sum of doubles (0.7999999999999999) counts.
const EPS = 1e-12;

/** The figures behind the concentration warnings (dependence on one client, how few make half). */
export function paretoConcentration(result: ParetoResult): ParetoConcentration {
  const first = result.ranked[0];
  const countFor = (level: number): number => {
    const i = result.ranked.findIndex((r) => r.cumulativeShare >= level - EPS);
    return i === -1 ? result.ranked.length : i + 1;
  };
  const n = result.ranked.length;
  const for80 = n === 0 ? 0 : countFor(0.8);
  return {
    largestKey: first?.key ?? null,
    largestShare: first?.share ?? 0,
    largestDependence: clientDependence(first?.share ?? 0),
    clientsFor50: n === 0 ? 0 : countFor(0.5),
    clientsFor80: for80,
    shareOfClientsFor80: n === 0 ? 0 : for80 / n,
  };
}

/** Pareto class of a client within the portfolio (null when it is not ranked, e.g. revenue ≤ 0, or unknown). */
export function paretoClassOf(clients: readonly { key: string; name: string; revenue: number }[], key: string): ParetoClass | null {
  const result = paretoAnalysis(clients.map((c) => ({ key: c.key, name: c.name, revenue: c.revenue })));
  return result.ranked.find((r) => r.key === key)?.class ?? null;
}
