/** Course progress: lessons read, quiz results, the learner's name. */
import { z } from '../../domain/zod';
import { dateText, recordKey } from './common.ts';

export const quizResultSchema = z.object({
  score: z.int().check(z.gte(0)),
  total: z.int().check(z.gte(0)),
  /** Question id → chosen option index, as text. */
  answers: z.record(recordKey(200), z.string().check(z.maxLength(200))),
  date: dateText,
});
export type QuizResult = z.infer<typeof quizResultSchema>;

/**
 * A quiz attempt not finished yet: the answers checked so far, so a reload (or a phone that drops
 * the tab) does not lose them. Keyed by question id, never by position: when a quiz's questions
 * change, answers to questions that no longer exist are ignored on read (src/widgets/quiz/scoring.ts).
 */
export const quizDraftSchema = z.object({
  /** Question id → chosen option index, as text (the same format as QuizResult.answers). */
  answers: z.record(recordKey(200), z.string().check(z.maxLength(200))),
  /** When the last answer was checked (the newer draft wins when a backup is merged). */
  date: dateText,
});
export type QuizDraft = z.infer<typeof quizDraftSchema>;

export const progressSchema = z.object({
  /** Lesson id → when it was first marked read. */
  lessonsRead: z.record(recordKey(200), dateText),
  /** Lesson id → latest quiz result. */
  quizzes: z.record(recordKey(200), quizResultSchema),
  /**
   * Lesson id → the attempt in progress (added in schema v4). The default only covers values written
   * by v4 code that somehow lack it; v3 values get it from the v4 migration.
   */
  quizAnswers: z._default(z.record(recordKey(200), quizDraftSchema), {}),
  lastLesson: z.optional(z.string().check(z.maxLength(200))),
  learnerName: z.string().check(z.maxLength(200)),
});
export type Progress = z.infer<typeof progressSchema>;

export function defaultProgress(): Progress {
  return { lessonsRead: {}, quizzes: {}, quizAnswers: {}, learnerName: '' };
}
