/**
 * The total of a list of criterion weights (100 when the list can be used). A module of its own: the
 * criteria editor shows the totals as the user types, without the rest of the classification.
 */
import type { Criterion } from './defaultCriteria.ts';

export function weightTotal(criteria: readonly Criterion[]): number {
  return criteria.reduce((s, c) => s + c.weight, 0);
}
