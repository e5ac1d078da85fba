/** The directional policy matrix's segments (the shape is the domain's). */
import * as v from 'valibot';
import { segmentSchema } from '../../domain/dpmSchema.ts';

export const segmentsSchema = v.pipe(v.array(segmentSchema), v.maxLength(500));
export type Segments = v.InferOutput<typeof segmentsSchema>;

export function defaultSegments(): Segments {
  return [];
}
