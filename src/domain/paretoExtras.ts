/**
 * Figures the Pareto widget shows beside the domain's `paretoAnalysis`: per-class totals for the
 * ABC table, who "mark class A as key-account candidates" would change, how close the portfolio
 * is to 80/20, and the class limits the user typed.
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

/** How many clients make "the top 20 %" of n ranked clients (at least one when there are any). */
export function top20Count(ranked: number): number {
  return Math.ceil(ranked * 0.2);
}

/** Within this many percentage points of 80 % the portfolio is "close to 80/20". */
const CLOSE_TO_80_20 = 0.05;

export type EightyTwenty = { verdict: 'close' | 'more' | 'less'; /** |top 20 % share − 80 %| in percentage points. */ points: number };

/** How the top 20 % of clients' share compares with the 80 % of the 80/20 rule. */
export function eightyTwenty(top20Share: number): EightyTwenty {
  const diff = top20Share - 0.8;
  const points = Math.abs(diff) * 100;
  if (Math.abs(diff) < CLOSE_TO_80_20) return { verdict: 'close', points };
  return { verdict: diff > 0 ? 'more' : 'less', points };
}

/**
 * The class limits typed as percentages (A up to `a` %, B up to `b` %), or null when they cannot
 * be used: not numbers, A outside 1–100, or B below A or above 100.
 */
export function thresholdsFromPercent(a: number, b: number): { a: number; b: number } | null {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
  if (a < 1 || a > 100 || b < a || b > 100) return null;
  return { a: a / 100, b: b / 100 };
}
