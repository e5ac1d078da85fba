/**
 * Where one account stands in the classification matrix: its quadrant. The account plan, the
 * dashboard and any other tool ask here, so they cannot disagree on the rule (every criterion
 * scored, weights valid). Its Pareto class is `paretoClassOf` (pareto.ts), apart so a page that
 * shows the class does not fetch the matrix rules.
 */
import { classifyAccounts } from './classification.ts';
import type { QuadrantId } from './quadrants.ts';

export type MatrixSetup = {
  attractiveness: readonly { id: string; weight: number }[];
  strength: readonly { id: string; weight: number }[];
  midpoint: number;
};

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
