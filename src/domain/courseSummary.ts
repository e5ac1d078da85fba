/**
 * The learner's course summary, computed from the stored progress and the list of lessons: what is read,
 * each quiz's latest score, what to revisit (quizzes under 70 %), what remains before the
 * certificate, and where to continue. Pure: the widgets only render it.
 */
import { isPassing } from './quizPass.ts';

/** The part of the stored course progress the summary reads (the progress store's shape fits it). */
export interface ProgressRecord {
  lessonsRead: Record<string, string>;
  quizzes: Record<string, { score: number; total: number; date: string }>;
  lastLesson?: string | undefined;
}

/** What the pages pass to the progress widgets about each lesson (serialisable). */
export interface CourseLesson {
  id: string;
  order: number;
  title: string;
  href: string;
  /** Number of quiz questions (0 when the lesson has no quiz). */
  questions: number;
  /**
   * A lesson beyond the source article (issue 18's additions, e.g. the buying centre). It counts in
   * the progress like any other, but the certificate is for the article's course: adding such a
   * lesson never takes away a certificate already earned.
   */
  beyondArticle?: boolean;
}

export interface LessonStatus {
  lesson: CourseLesson;
  read: boolean;
  readDate: string | undefined;
  quiz: { score: number; total: number; share: number; date: string } | undefined;
  hasQuiz: boolean;
  passed: boolean;
  /** Read, and its quiz (if any) passed. */
  complete: boolean;
}

export interface CourseSummary {
  lessons: LessonStatus[];
  readCount: number;
  passedCount: number;
  quizCount: number;
  /** 0..1: lessons read and quizzes passed, each counting as one step. */
  overall: number;
  complete: boolean;
  /** Quizzes taken and not passed, in course order. */
  toRevisit: LessonStatus[];
  unread: LessonStatus[];
  /** Quizzes not taken yet or not passed. */
  quizzesLeft: LessonStatus[];
  /** When the last step of the course was done (ISO), once complete. */
  completedOn: string | undefined;
  /** The lesson the learner was last on, if it still exists. */
  last: LessonStatus | undefined;
  /** The first unfinished lesson from the last one on (wrapping), or the first lesson for a newcomer. */
  next: LessonStatus | undefined;
}

const own = <T>(record: Record<string, T>, key: string): T | undefined =>
  Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;

export function summarise(lessons: CourseLesson[], progress: ProgressRecord): CourseSummary {
  const ordered = [...lessons].sort((a, b) => a.order - b.order);
  const statuses: LessonStatus[] = ordered.map((lesson) => {
    const readDate = own(progress.lessonsRead, lesson.id);
    const stored = own(progress.quizzes, lesson.id);
    const quiz =
      stored && stored.total > 0
        ? { score: stored.score, total: stored.total, share: stored.score / stored.total, date: stored.date }
        : undefined;
    const hasQuiz = lesson.questions > 0;
    const passed = quiz !== undefined && isPassing(quiz.score, quiz.total);
    const read = readDate !== undefined;
    return { lesson, read, readDate, quiz, hasQuiz, passed, complete: read && (!hasQuiz || passed) };
  });
  const quizzes = statuses.filter((s) => s.hasQuiz);
  const readCount = statuses.filter((s) => s.read).length;
  const passedCount = quizzes.filter((s) => s.passed).length;
  const steps = statuses.length + quizzes.length;
  const required = statuses.filter((s) => s.lesson.beyondArticle !== true);
  const complete = required.length > 0 && required.every((s) => s.complete);
  let completedOn: string | undefined;
  if (complete) {
    const dates = required.flatMap((s) => [s.readDate, s.quiz?.date]).filter((d): d is string => d !== undefined);
    completedOn = dates.sort().at(-1);
  }
  const lastIndex = progress.lastLesson === undefined ? -1 : statuses.findIndex((s) => s.lesson.id === progress.lastLesson);
  const last = lastIndex >= 0 ? statuses[lastIndex] : undefined;
  let next: LessonStatus | undefined;
  // Lessons beyond the article stay "next" after the certificate, until they are done too.
  if (statuses.some((s) => !s.complete)) {
    const start = Math.max(lastIndex, 0);
    for (let i = 0; i < statuses.length && !next; i++) {
      const candidate = statuses[(start + i) % statuses.length];
      if (candidate && !candidate.complete) next = candidate;
    }
  }
  return {
    lessons: statuses,
    readCount,
    passedCount,
    quizCount: quizzes.length,
    overall: steps === 0 ? 0 : (readCount + passedCount) / steps,
    complete,
    toRevisit: quizzes.filter((s) => s.quiz !== undefined && !s.passed),
    unread: statuses.filter((s) => !s.read),
    quizzesLeft: quizzes.filter((s) => !s.passed),
    completedOn,
    last,
    next,
  };
}
