/**
 * `$progress`: lessons read, quiz results, last lesson, learner's name. The quiz's writes (read,
 * results, answers in progress) are in progressActions.ts, fetched by the quiz when the learner acts.
 */
import { persistedAtom } from './persisted.ts';
import type { WriteResult } from './persisted.ts';
import { defaultProgress, progressSchema } from './schemas/progress.ts';

// Shared: the learner's progress is theirs in both workspaces (a quiz taken while exploring the sample counts).
export const $progress = persistedAtom({ name: 'progress', schema: progressSchema, makeDefault: defaultProgress, shared: true });

export function setLastLesson(lessonId: string): WriteResult {
  return $progress.update((p) => ({ ...p, lastLesson: lessonId }));
}

export function setLearnerName(learnerName: string): WriteResult {
  return $progress.update((p) => ({ ...p, learnerName }));
}
