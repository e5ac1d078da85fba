/**
 * The four cells of the attractiveness × strength matrices (customer classification and the
 * directional policy matrix share them). Names follow McDonald & Woodburn (2007); strategies follow
 * Millman & Wilson (1995) as reproduced by Fill (kam-domain-notes §2.1–2.2).
 */

export type QuadrantId = 'strategic' | 'star' | 'status' | 'streamline';
export type StrategyId = 'invest-for-growth' | 'invest-selectively' | 'maintain' | 'manage-for-cash';

export const QUADRANTS: readonly {
  readonly id: QuadrantId;
  readonly strategy: StrategyId;
  readonly attractiveness: 'high' | 'low';
  readonly strength: 'high' | 'low';
}[] = [
  { id: 'strategic', strategy: 'invest-for-growth', attractiveness: 'high', strength: 'high' },
  { id: 'star', strategy: 'invest-selectively', attractiveness: 'high', strength: 'low' },
  { id: 'status', strategy: 'maintain', attractiveness: 'low', strength: 'high' },
  { id: 'streamline', strategy: 'manage-for-cash', attractiveness: 'low', strength: 'low' },
];

export const DEFAULT_MIDPOINT = 5;

/** "High" means at or above the midpoint (DESIGN.md), so a 5 on a 0..10 scale is high. */
export function quadrantOf(attractiveness: number, strength: number, midpoint: number = DEFAULT_MIDPOINT): QuadrantId {
  const highA = attractiveness >= midpoint;
  const highS = strength >= midpoint;
  if (highA) return highS ? 'strategic' : 'star';
  return highS ? 'status' : 'streamline';
}

/** A quadrant's rectangle on the 0..10 axes: x is strength, y attractiveness (high = at or above the midpoint). */
export function quadrantBounds(id: QuadrantId, midpoint: number = DEFAULT_MIDPOINT): { x: [number, number]; y: [number, number] } {
  const q = QUADRANTS.find((x) => x.id === id)!;
  const range = (side: 'high' | 'low'): [number, number] => (side === 'high' ? [midpoint, 10] : [0, midpoint]);
  return { x: range(q.strength), y: range(q.attractiveness) };
}

export function strategyOf(quadrant: QuadrantId): StrategyId {
  return QUADRANTS.find((q) => q.id === quadrant)!.strategy;
}

/**
 * Bubble radius with AREA proportional to the value (radius ∝ √value): diameter scaling would make a
 * client twice as large look four times as large (kam-domain-notes §3).
 */
export function bubbleRadius(value: number, maxValue: number, maxRadius: number, minRadius = 0): number {
  if (!(value > 0) || !(maxValue > 0)) return minRadius;
  return Math.max(minRadius, maxRadius * Math.sqrt(Math.min(value, maxValue) / maxValue));
}
