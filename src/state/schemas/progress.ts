/** Course progress: lessons read, quiz results, the learner's name. */
import { z } from '../../domain/zod';
import { dateText, recordKey } from './common.ts';

export const quizResultSchema = z.object({
  score: z.int().check(z.gte(0)),
  total: z.int().check(z.gte(0)),
  /** Question id → chosen option id. */
  answers: z.record(recordKey(200), z.string().check(z.maxLength(200))),
  date: dateText,
});
export type QuizResult = z.infer<typeof quizResultSchema>;

export const progressSchema = z.object({
  /** Lesson id → when it was first marked read. */
  lessonsRead: z.record(recordKey(200), dateText),
  /** Lesson id → latest quiz result. */
  quizzes: z.record(recordKey(200), quizResultSchema),
  lastLesson: z.optional(z.string().check(z.maxLength(200))),
  learnerName: z.string().check(z.maxLength(200)),
});
export type Progress = z.infer<typeof progressSchema>;

export function defaultProgress(): Progress {
  return { lessonsRead: {}, quizzes: {}, learnerName: '' };
}
