/**
 * How many classified accounts fall in each quadrant. A module of its own: the matrix's chart says the
 * counts without downloading the classification itself.
 */
import type { QuadrantId } from './quadrants.ts';

/** How many of `items` fall in each quadrant. */
export function countByQuadrant(items: readonly { quadrant: QuadrantId }[]): Record<QuadrantId, number> {
  const counts: Record<QuadrantId, number> = { strategic: 0, star: 0, status: 0, streamline: 0 };
  for (const item of items) counts[item.quadrant]++;
  return counts;
}
