/** `$segments`: market segments for the directional policy matrix. */
import type { Segment } from '../domain/index.ts';
import { persistedAtom } from './persisted.ts';
import type { WriteResult } from './persisted.ts';
import { defaultSegments, segmentsSchema } from './schemas/segments.ts';

export const $segments = persistedAtom({ name: 'segments', schema: segmentsSchema, makeDefault: defaultSegments });

export function setSegments(segments: Segment[]): WriteResult {
  return $segments.write(segments);
}

/** Adds the segment, or replaces the one with the same id (keeping its place in the list). */
export function saveSegment(segment: Segment): WriteResult {
  return $segments.update((list) => {
    const index = list.findIndex((s) => s.id === segment.id);
    if (index < 0) return [...list, segment];
    const next = [...list];
    next[index] = segment;
    return next;
  });
}

export function removeSegment(id: string): WriteResult {
  return $segments.update((list) => list.filter((s) => s.id !== id));
}
