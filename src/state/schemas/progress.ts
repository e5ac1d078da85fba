/** Course progress: lessons read, quiz results and unfinished attempts, the learner's name. */
import * as v from 'valibot';
import { dateText, recordKey } from './common.ts';

const quizResultSchema = v.object({
  score: v.pipe(v.number(), v.integer(), v.minValue(0)),
  total: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Question id → chosen option index, as text. */
  answers: v.record(recordKey(200), v.pipe(v.string(), v.maxLength(200))),
  date: dateText,
});
export type QuizResult = v.InferOutput<typeof quizResultSchema>;

/**
 * A quiz attempt not finished yet: the answers checked so far, so a reload (or a phone that drops
 * the tab) does not lose them. Keyed by question id, never by position: when a quiz's questions
 * change, answers to questions that no longer exist are ignored on read (src/widgets/quiz/scoring.ts).
 */
const quizDraftSchema = v.object({
  /** Question id → chosen option index, as text (the same format as QuizResult.answers). */
  answers: v.record(recordKey(200), v.pipe(v.string(), v.maxLength(200))),
  /** When the last answer was checked (the newer draft wins when a backup is merged). */
  date: dateText,
});
export type QuizDraft = v.InferOutput<typeof quizDraftSchema>;

export const progressSchema = v.object({
  /** Lesson id → when it was first marked read. */
  lessonsRead: v.record(recordKey(200), dateText),
  /** Lesson id → latest quiz result. */
  quizzes: v.record(recordKey(200), quizResultSchema),
  /**
   * Lesson id → the attempt in progress (added in schema v4). The default only covers values written
   * by v4 code that somehow lack it; v3 values get it from the v4 migration.
   */
  quizAnswers: v.optional(v.record(recordKey(200), quizDraftSchema), {}),
  lastLesson: v.optional(v.pipe(v.string(), v.maxLength(200))),
  learnerName: v.pipe(v.string(), v.maxLength(200)),
});
export type Progress = v.InferOutput<typeof progressSchema>;

export function defaultProgress(): Progress {
  return { lessonsRead: {}, quizzes: {}, quizAnswers: {}, learnerName: '' };
}
