/** The quiz's writes to `$progress`: apart from the store, so a lesson page loads them when the learner acts. */
import { nowIso } from './ids.ts';
import type { WriteResult } from './persisted.ts';
import type { QuizDraft, QuizResult } from './schemas/progress.ts';
import { own } from './safety.ts';
import { $progress } from './progress.ts';

/** Marks a lesson read; the first date is kept when it was already read. */
export function markLessonRead(lessonId: string, date: string = nowIso()): WriteResult {
  return $progress.update((p) => {
    if (own(p.lessonsRead, lessonId) !== undefined) return { ...p, lastLesson: lessonId };
    return { ...p, lessonsRead: { ...p.lessonsRead, [lessonId]: date }, lastLesson: lessonId };
  });
}

export function markLessonUnread(lessonId: string): WriteResult {
  return $progress.update((p) => {
    const lessonsRead = { ...p.lessonsRead };
    delete lessonsRead[lessonId];
    return { ...p, lessonsRead };
  });
}

/** Stores the latest attempt of a lesson's quiz (replacing the previous one); the attempt is no longer in progress. */
export function saveQuizResult(lessonId: string, result: Omit<QuizResult, 'date'> & { date?: string }): WriteResult {
  const full: QuizResult = { score: result.score, total: result.total, answers: result.answers, date: result.date ?? nowIso() };
  return $progress.update((p) => ({ ...p, quizzes: { ...p.quizzes, [lessonId]: full }, quizAnswers: withoutKey(p.quizAnswers, lessonId) }));
}

/**
 * Keeps one checked answer of an attempt in progress (question id → option index), so a reload
 * finds it. The answers already kept for that lesson stay; the finished result is saved by
 * saveQuizResult, which clears the draft.
 */
export function saveQuizAnswer(lessonId: string, questionId: string, choice: number, date: string = nowIso()): WriteResult {
  return $progress.update((p) => {
    const draft: QuizDraft = own(p.quizAnswers, lessonId) ?? { answers: {}, date };
    return { ...p, quizAnswers: { ...p.quizAnswers, [lessonId]: { answers: { ...draft.answers, [questionId]: String(choice) }, date } } };
  });
}

/** Forgets the attempt in progress of a lesson (a retry starts from nothing). */
export function clearQuizAnswers(lessonId: string): WriteResult {
  return $progress.update((p) =>
    own(p.quizAnswers, lessonId) === undefined ? p : { ...p, quizAnswers: withoutKey(p.quizAnswers, lessonId) },
  );
}

function withoutKey<T>(record: Record<string, T>, key: string): Record<string, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}
