/** Course progress: lessons read, quiz results, the learner's name. */
import * as v from 'valibot';
import { dateText, recordKey } from './common.ts';

export const quizResultSchema = v.object({
  score: v.pipe(v.number(), v.integer(), v.minValue(0)),
  total: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Question id → chosen option id. */
  answers: v.record(recordKey(200), v.pipe(v.string(), v.maxLength(200))),
  date: dateText,
});
export type QuizResult = v.InferOutput<typeof quizResultSchema>;

export const progressSchema = v.object({
  /** Lesson id → when it was first marked read. */
  lessonsRead: v.record(recordKey(200), dateText),
  /** Lesson id → latest quiz result. */
  quizzes: v.record(recordKey(200), quizResultSchema),
  lastLesson: v.optional(v.pipe(v.string(), v.maxLength(200))),
  learnerName: v.pipe(v.string(), v.maxLength(200)),
});
export type Progress = v.InferOutput<typeof progressSchema>;

export function defaultProgress(): Progress {
  return { lessonsRead: {}, quizzes: {}, learnerName: '' };
}
