/**
 * The shape of a directional policy matrix segment (dpm.ts places it). Apart from the matrix's
 * arithmetic because the segments store validates with it on every page that reads it (My data
 * lists every store), while the placing is needed only by the DPM tool and what shows its points.
 */
import * as v from 'valibot';

const score = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(10));
const money = v.pipe(v.number(), v.finite(), v.minValue(0));

export const segmentSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  name: v.pipe(v.string(), v.maxLength(500)),
  revenueNow: money,
  revenueIn3Years: money,
  attractivenessNow: score,
  strengthNow: score,
  attractivenessIn3Years: score,
  strengthIn3Years: score,
});
export type Segment = v.InferOutput<typeof segmentSchema>;
