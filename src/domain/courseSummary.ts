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
  /** When the lesson joined the course (ISO date); absent for the first lessons. */
  added?: string | undefined;
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
    const quiz = stored && stored.total > 0
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
  const finishedOn = (list: LessonStatus[]) =>
    list.length > 0 && list.every((s) => s.complete) ? list.flatMap((s) => [s.readDate, s.quiz?.date]).filter((d): d is string => d !== undefined).sort().at(-1) : undefined;
  // A lesson added to the course after the learner had completed it does not take the certificate
  // away: it is required only of those who had not finished the lessons that existed before it.
  const required = statuses.filter((s) => {
    const added = s.lesson.added;
    if (added === undefined) return true;
    const before = finishedOn(statuses.filter((o) => o.lesson.added === undefined || o.lesson.added < added));
    return before === undefined || before.slice(0, 10) >= added;
  });
  const completedOn = finishedOn(required);
  const complete = completedOn !== undefined;
  const lastIndex = progress.lastLesson === undefined ? -1 : statuses.findIndex((s) => s.lesson.id === progress.lastLesson);
  const last = lastIndex >= 0 ? statuses[lastIndex] : undefined;
  let next: LessonStatus | undefined;
  if (!complete) {
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
