/**
 * Figures the Pareto widget shows beside the domain's `paretoAnalysis`: per-class totals for the
 * ABC table, and who "mark class A as key-account candidates" would change.
 */
import type { ParetoClass, ParetoResult } from './pareto.ts';

export type ClassTotals = Record<ParetoClass, { clients: number; clientShare: number; revenue: number; revenueShare: number }>;

/** Clients and revenue per class, with their shares of the ranked clients and of the total. */
export function paretoClassTotals(result: ParetoResult): ClassTotals {
  const out: ClassTotals = {
    A: { clients: 0, clientShare: 0, revenue: 0, revenueShare: 0 },
    B: { clients: 0, clientShare: 0, revenue: 0, revenueShare: 0 },
    C: { clients: 0, clientShare: 0, revenue: 0, revenueShare: 0 },
  };
  for (const r of result.ranked) {
    out[r.class].clients++;
    out[r.class].revenue += r.revenue;
  }
  const n = result.ranked.length;
  for (const c of ['A', 'B', 'C'] as const) {
    out[c].clientShare = n > 0 ? out[c].clients / n : 0;
    out[c].revenueShare = result.total > 0 ? out[c].revenue / result.total : 0;
  }
  return out;
}

export type KeyAccountChange = {
  /** Class A clients not yet marked: the ones the action marks. */
  toMark: string[];
  /** Class A clients already marked. */
  alreadyKey: string[];
  /** Marked clients outside class A: left as they are, listed for review. */
  keyOutsideA: string[];
};

/** What "mark class A as candidates" would change, given the keys already marked (key accounts or candidates). */
export function classAKeyChange(result: ParetoResult, markedKeys: ReadonlySet<string>): KeyAccountChange {
  const inA = new Set<string>();
  const toMark: string[] = [];
  const alreadyKey: string[] = [];
  for (const r of result.ranked) {
    if (r.class !== 'A') continue;
    inA.add(r.key);
    (markedKeys.has(r.key) ? alreadyKey : toMark).push(r.key);
  }
  const keyOutsideA = [...markedKeys].filter((k) => !inA.has(k));
  return { toMark, alreadyKey, keyOutsideA };
}
