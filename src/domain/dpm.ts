/**
 * Directional policy matrix (Shell DPM as adapted by McDonald for marketing planning): each segment is
 * placed by attractiveness (vertical) and our competitive strength (horizontal), now and in three
 * years, with bubble AREA proportional to revenue (see kam-domain-notes §3: area, not diameter,
 * because diameter scaling exaggerates differences).
 */
import { check } from './validation.ts';
import { segmentSchema } from './dpmSchema.ts';
import type { Segment } from './dpmSchema.ts';
import { DEFAULT_MIDPOINT, quadrantOf } from './quadrants.ts';
import type { QuadrantId } from './quadrants.ts';

export { segmentSchema } from './dpmSchema.ts';
export type { Segment } from './dpmSchema.ts';

export type DpmDirection = 'improving' | 'stable' | 'declining';

export type DpmPosition = { attractiveness: number; strength: number; revenue: number; quadrant: QuadrantId };

export type DpmPoint = {
  id: string;
  name: string;
  now: DpmPosition;
  future: DpmPosition;
  /** Compound yearly revenue growth over the three years (0.1 = 10 %/year); null when revenue now is 0. */
  growthRate: number | null;
  /** Where the segment moves on the matrix: up/left toward attractive and strong is improving. */
  direction: DpmDirection;
};

export type DpmErrorCode = 'invalid-segment' | 'duplicate-id' | 'invalid-midpoint';
export type DpmResult = { ok: true; points: DpmPoint[] } | { ok: false; error: { code: DpmErrorCode; message: string; id?: string } };

/**
 * A move of less than half a point (on 0..10, attractiveness and strength summed) is "stable":
 * scores are judgements, and smaller differences are noise rather than direction.
 */
export const DPM_STABLE_BAND = 0.5;

export function dpmDirection(segment: Segment): DpmDirection {
  const delta = segment.attractivenessIn3Years - segment.attractivenessNow + (segment.strengthIn3Years - segment.strengthNow);
  if (delta > DPM_STABLE_BAND) return 'improving';
  if (delta < -DPM_STABLE_BAND) return 'declining';
  return 'stable';
}

/** Positions now and in three years for the DPM chart; validates every segment first. */
export function dpmPoints(segments: readonly unknown[], midpoint: number = DEFAULT_MIDPOINT): DpmResult {
  if (!Number.isFinite(midpoint) || midpoint <= 0 || midpoint >= 10) {
    return { ok: false, error: { code: 'invalid-midpoint', message: 'The midpoint must be between 0 and 10.' } };
  }
  const ids = new Set<string>();
  const points: DpmPoint[] = [];
  for (const raw of segments) {
    const parsed = check(segmentSchema, raw);
    if (!parsed.success) {
      const where = parsed.issues[0]?.path ?? '';
      const id = typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string' ? raw.id : undefined;
      const error = { code: 'invalid-segment' as const, message: `Segment is not valid${where ? ` (${where})` : ''}.` };
      return { ok: false, error: id === undefined ? error : { ...error, id } };
    }
    const s = parsed.data;
    if (ids.has(s.id)) return { ok: false, error: { code: 'duplicate-id', message: `Segment "${s.id}" appears twice.`, id: s.id } };
    ids.add(s.id);
    points.push({
      id: s.id,
      name: s.name,
      now: {
        attractiveness: s.attractivenessNow,
        strength: s.strengthNow,
        revenue: s.revenueNow,
        quadrant: quadrantOf(s.attractivenessNow, s.strengthNow, midpoint),
      },
      future: {
        attractiveness: s.attractivenessIn3Years,
        strength: s.strengthIn3Years,
        revenue: s.revenueIn3Years,
        quadrant: quadrantOf(s.attractivenessIn3Years, s.strengthIn3Years, midpoint),
      },
      growthRate: s.revenueNow > 0 ? Math.pow(s.revenueIn3Years / s.revenueNow, 1 / 3) - 1 : null,
      direction: dpmDirection(s),
    });
  }
  return { ok: true, points };
}

/** How many segments move in each direction. */
export function countByDirection(points: readonly DpmPoint[]): Record<DpmDirection, number> {
  const counts: Record<DpmDirection, number> = { improving: 0, stable: 0, declining: 0 };
  for (const p of points) counts[p.direction]++;
  return counts;
}
