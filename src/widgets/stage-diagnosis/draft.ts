/** The questionnaire's working copy of a diagnosis, and how it is opened from the stored history. */
import { isEditableOn } from '../../domain/index.ts';
import type { LadderStage } from '../../domain/index.ts';
import type { Diagnosis } from '../../state/index';

export type Draft = { id: string | null; answers: Record<string, string>; signals: string[]; target: LadderStage | null };

export const emptyDraft = (): Draft => ({ id: null, answers: {}, signals: [], target: null });

/** The form's copy of a stored diagnosis. */
export function draftOf(d: Diagnosis): Draft {
  return { id: d.id, answers: { ...d.answers }, signals: [...d.signals], target: d.targetStage ?? null };
}

/** The draft for an account: its latest diagnosis, kept editable only on the day it was made. */
export function draftFrom(latest: Diagnosis | undefined, today: string = new Date().toISOString()): Draft {
  if (!latest) return emptyDraft();
  return { ...draftOf(latest), id: isEditableOn(latest.date, today) ? latest.id : null };
}
