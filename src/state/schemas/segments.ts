/** The directional policy matrix's segments (the shape is the domain's). */
import { z } from '../../domain/zod';
import { segmentSchema } from '../../domain/index.ts';

export const segmentsSchema = z.array(segmentSchema).check(z.maxLength(500));
export type Segments = z.infer<typeof segmentsSchema>;

export function defaultSegments(): Segments {
  return [];
}
