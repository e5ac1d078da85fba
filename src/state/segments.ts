/** `$segments`: market segments for the directional policy matrix. */
import type { Segment } from '../domain/index.ts';
import { persistedAtom } from './persisted.ts';
import type { WriteResult } from './persisted.ts';
import { defaultSegments, segmentsSchema } from './schemas/segments.ts';

export const $segments = persistedAtom({ name: 'segments', schema: segmentsSchema, makeDefault: defaultSegments });

export function setSegments(segments: Segment[]): WriteResult {
  return $segments.write(segments);
}

/**
 * Adds the segment, or replaces the one with the same id (keeping its place in the list). Applied
 * to the newest stored list: segments another tab added or changed meanwhile are kept.
 */
export function saveSegment(segment: Segment): WriteResult {
  return $segments.updateLatest((list) => {
    const index = list.findIndex((s) => s.id === segment.id);
    if (index < 0) return [...list, segment];
    const next = [...list];
    next[index] = segment;
    return next;
  });
}

/**
 * Changes some fields of one segment as it is stored now (another tab's change to its other fields
 * is kept). Nothing happens to a segment that no longer exists.
 */
export function updateSegment(id: string, patch: Partial<Omit<Segment, 'id'>>): WriteResult {
  return $segments.updateLatest((list) => list.map((s) => (s.id === id ? { ...s, ...patch } : s)));
}

export function removeSegment(id: string): WriteResult {
  return $segments.updateLatest((list) => list.filter((s) => s.id !== id));
}
