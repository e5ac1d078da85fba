/**
 * Where one account stands among the others: its Pareto class in the portfolio and its quadrant in
 * the classification matrix. The account plan, the dashboard and any other tool ask here, so they
 * cannot disagree on the rule (every criterion scored, weights valid).
 */
import { classifyAccounts } from './classification.ts';
import { paretoAnalysis } from './pareto.ts';
import type { ParetoClass } from './pareto.ts';
import type { QuadrantId } from './quadrants.ts';

export type MatrixSetup = {
  attractiveness: readonly { id: string; weight: number }[];
  strength: readonly { id: string; weight: number }[];
  midpoint: number;
};

/** Pareto class of a client within the portfolio (null when it is not ranked, e.g. revenue ≤ 0, or unknown). */
export function paretoClassOf(clients: readonly { key: string; name: string; revenue: number }[], key: string): ParetoClass | null {
  const result = paretoAnalysis(clients.map((c) => ({ key: c.key, name: c.name, revenue: c.revenue })));
  return result.ranked.find((r) => r.key === key)?.class ?? null;
}

/** True when the matrix setup can classify at all (at least one criterion, each axis' weights sum to 100). */
export function isMatrixSetupValid(setup: MatrixSetup): boolean {
  return classifyAccounts({ attractiveness: setup.attractiveness, strength: setup.strength, midpoint: setup.midpoint, accounts: [] }).ok;
}

/**
 * The account's quadrant, when it has a score for every criterion and the setup is valid; else
 * null (an account half scored has no place in the matrix yet).
 */
export function accountQuadrant(setup: MatrixSetup, scores: Readonly<Record<string, number>>): QuadrantId | null {
  const ids = [...setup.attractiveness, ...setup.strength].map((c) => c.id);
  if (ids.length === 0 || !ids.every((id) => Object.hasOwn(scores, id))) return null;
  const result = classifyAccounts({
    attractiveness: setup.attractiveness,
    strength: setup.strength,
    midpoint: setup.midpoint,
    accounts: [{ key: 'account', scores }],
  });
  return result.ok ? (result.accounts[0]?.quadrant ?? null) : null;
}
