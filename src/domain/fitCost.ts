/**
 * Business fit vs implementation cost ("adequação ao negócio e implementação de custos", the
 * article's second selection tool). No published scale exists for it (kam-domain-notes §7), so the
 * rule is ours and stated here:
 * - fit 0..10, high = the customer suits our strategy, capabilities and way of working;
 * - cost 0..10, high = expensive to serve as a key account (team, adaptation, investment);
 * - "high" means >= midpoint (default 5), as in the classification matrix.
 * Zones:
 * - `select`   high fit, low cost: manage as key accounts now;
 * - `consider` high fit, high cost: worth it if resources allow; build a business case first;
 * - `later`    low fit, low cost: serve through normal sales; revisit when fit improves;
 * - `avoid`    low fit, high cost: do not manage as key accounts.
 * Capacity defaults to 25 key accounts, inside McDonald & Woodburn's 15–35 rule of thumb.
 */

import { isMatrixScore } from './matrixScore.ts';

export type FitCostZone = 'select' | 'consider' | 'later' | 'avoid';
export const FIT_COST_ZONES: readonly FitCostZone[] = ['select', 'consider', 'later', 'avoid'];
export const DEFAULT_KEY_ACCOUNT_CAPACITY = 25;

export type FitCostPoint = { key: string; fit: number; cost: number; zone: FitCostZone };
export type FitCostResult = {
  points: FitCostPoint[];
  /** Keys in the select zone, best first: widest fit-minus-cost margin, then higher fit, then key. */
  recommended: string[];
  /** More candidates in the select zone than the team can manage as key accounts. */
  overCapacity: boolean;
  /** Candidates whose fit or cost is not a number in 0..10; left out of `points`. */
  invalid: string[];
};

export function fitCostZone(fit: number, cost: number, midpoint = 5): FitCostZone {
  const highFit = fit >= midpoint;
  const highCost = cost >= midpoint;
  if (highFit) return highCost ? 'consider' : 'select';
  return highCost ? 'avoid' : 'later';
}

/** A zone's rectangle on the 0..10 axes: x is cost, y is fit (high = at or above the midpoint). */
export function fitCostZoneBounds(zone: FitCostZone, midpoint = 5): { x: [number, number]; y: [number, number] } {
  const high: [number, number] = [midpoint, 10];
  const low: [number, number] = [0, midpoint];
  const highFit = zone === 'select' || zone === 'consider';
  const highCost = zone === 'consider' || zone === 'avoid';
  return { x: highCost ? high : low, y: highFit ? high : low };
}

export function assessFitCost(input: {
  candidates: readonly { key: string; fit: number; cost: number }[];
  capacity?: number;
  midpoint?: number;
}): FitCostResult {
  const midpoint = input.midpoint ?? 5;
  const capacity = input.capacity ?? DEFAULT_KEY_ACCOUNT_CAPACITY;
  const points: FitCostPoint[] = [];
  const invalid: string[] = [];
  for (const c of input.candidates) {
    if (!isMatrixScore(c.fit) || !isMatrixScore(c.cost)) {
      invalid.push(c.key);
      continue;
    }
    points.push({ key: c.key, fit: c.fit, cost: c.cost, zone: fitCostZone(c.fit, c.cost, midpoint) });
  }
  const recommended = points
    .filter((p) => p.zone === 'select')
    .sort((a, b) => b.fit - b.cost - (a.fit - a.cost) || b.fit - a.fit || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((p) => p.key);
  return { points, recommended, overCapacity: recommended.length > capacity, invalid };
}

/** How many points fall in each zone. */
export function countByZone(points: readonly FitCostPoint[]): Record<FitCostZone, number> {
  const counts: Record<FitCostZone, number> = { select: 0, consider: 0, later: 0, avoid: 0 };
  for (const p of points) counts[p.zone]++;
  return counts;
}

/** The points as the tool lists them: the recommended first, in their order, then the others by margin of fit over cost. */
export function fitCostListOrder(result: Pick<FitCostResult, 'points' | 'recommended'>): FitCostPoint[] {
  const rank = new Map(result.recommended.map((k, i) => [k, i]));
  const at = (key: string) => rank.get(key) ?? Number.POSITIVE_INFINITY;
  return [...result.points].sort((a, b) => at(a.key) - at(b.key) || b.fit - b.cost - (a.fit - a.cost) || a.key.localeCompare(b.key));
}
