/**
 * Customer classification matrix: account attractiveness × our relative business strength, each a
 * weighted score on 0..10 (McDonald's method: weights total 100, each factor scored out of 10,
 * weighted score = Σ(score × weight) / 100; kam-domain-notes §2.3).
 */
import { DEFAULT_MIDPOINT, quadrantOf } from './quadrants.ts';
import type { QuadrantId } from './quadrants.ts';

export * from './defaultCriteria.ts';
import type { Criterion } from './defaultCriteria.ts';

export function weightTotal(criteria: readonly Criterion[]): number {
  return criteria.reduce((s, c) => s + c.weight, 0);
}

export type ClassificationErrorCode =
  | 'no-criteria'
  | 'invalid-weight'
  | 'weights-not-100'
  | 'duplicate-criterion'
  | 'score-out-of-range'
  | 'missing-score'
  | 'duplicate-key'
  | 'invalid-midpoint';

export type ClassificationError = {
  code: ClassificationErrorCode;
  message: string;
  axis?: 'attractiveness' | 'strength';
  key?: string;
  criterion?: string;
};

export type ClassifiedAccount = {
  key: string;
  attractiveness: number;
  strength: number;
  quadrant: QuadrantId;
  revenue?: number;
};

export type ClassificationInput = {
  attractiveness: readonly Criterion[];
  strength: readonly Criterion[];
  accounts: readonly { key: string; scores: Readonly<Record<string, number>>; revenue?: number }[];
  midpoint?: number;
};

export type ClassificationResult = { ok: true; accounts: ClassifiedAccount[] } | { ok: false; error: ClassificationError };

// Weights are often typed with decimals (33.3 + 33.3 + 33.4); compare the total with a tolerance.
const WEIGHT_EPS = 1e-6;

function err(
  code: ClassificationErrorCode,
  message: string,
  extra: Omit<ClassificationError, 'code' | 'message'> = {},
): { ok: false; error: ClassificationError } {
  return { ok: false, error: { code, message, ...extra } };
}

function checkCriteria(
  axis: 'attractiveness' | 'strength',
  criteria: readonly Criterion[],
): { ok: false; error: ClassificationError } | null {
  if (criteria.length === 0) return err('no-criteria', `No ${axis} criteria.`, { axis });
  const seen = new Set<string>();
  for (const c of criteria) {
    if (seen.has(c.id)) return err('duplicate-criterion', `Criterion "${c.id}" appears twice.`, { axis, criterion: c.id });
    seen.add(c.id);
    if (!Number.isFinite(c.weight) || c.weight < 0)
      return err('invalid-weight', `Weight of "${c.id}" must be a number >= 0.`, { axis, criterion: c.id });
  }
  const total = weightTotal(criteria);
  if (Math.abs(total - 100) > WEIGHT_EPS) return err('weights-not-100', `The ${axis} weights add up to ${total}, not 100.`, { axis });
  return null;
}

/** Weighted 0..10 score; null with the offending criterion when a score is missing or out of range. */
function weighted(
  criteria: readonly Criterion[],
  scores: Readonly<Record<string, number>>,
): number | { missing: string } | { outOfRange: string } {
  let sum = 0;
  for (const c of criteria) {
    const s = Object.hasOwn(scores, c.id) ? scores[c.id] : undefined;
    if (s === undefined) return { missing: c.id };
    if (typeof s !== 'number' || !Number.isFinite(s) || s < 0 || s > 10) return { outOfRange: c.id };
    sum += s * c.weight;
  }
  return sum / 100;
}

export function classifyAccounts(input: ClassificationInput): ClassificationResult {
  const midpoint = input.midpoint ?? DEFAULT_MIDPOINT;
  if (!Number.isFinite(midpoint) || midpoint <= 0 || midpoint >= 10)
    return err('invalid-midpoint', 'The midpoint must be between 0 and 10.');
  const bad = checkCriteria('attractiveness', input.attractiveness) ?? checkCriteria('strength', input.strength);
  if (bad) return bad;
  const keys = new Set<string>();
  const accounts: ClassifiedAccount[] = [];
  for (const a of input.accounts) {
    if (keys.has(a.key)) return err('duplicate-key', `Account "${a.key}" appears twice.`, { key: a.key });
    keys.add(a.key);
    const axes = [
      ['attractiveness', weighted(input.attractiveness, a.scores)],
      ['strength', weighted(input.strength, a.scores)],
    ] as const;
    for (const [axis, w] of axes) {
      if (typeof w === 'number') continue;
      if ('missing' in w)
        return err('missing-score', `Account "${a.key}" has no score for "${w.missing}".`, { axis, key: a.key, criterion: w.missing });
      return err('score-out-of-range', `Account "${a.key}": the score for "${w.outOfRange}" must be between 0 and 10.`, {
        axis,
        key: a.key,
        criterion: w.outOfRange,
      });
    }
    const attractiveness = axes[0][1] as number;
    const strength = axes[1][1] as number;
    const out: ClassifiedAccount = { key: a.key, attractiveness, strength, quadrant: quadrantOf(attractiveness, strength, midpoint) };
    if (a.revenue !== undefined) out.revenue = a.revenue;
    accounts.push(out);
  }
  return { ok: true, accounts };
}
