import { getCollection, type CollectionEntry } from 'astro:content';
import { isLocale, type Locale } from '../i18n/locales';
import { assertPaired } from './pairing';

export type Lesson = CollectionEntry<'lessons'>;
export type Quiz = CollectionEntry<'quizzes'>;

/** The locale folder an entry came from: ids are `<locale>/<file>`. */
export function entryLocale(entryId: string): Locale {
  const folder = entryId.split('/')[0];
  if (!isLocale(folder)) throw new Error(`Content entry "${entryId}" is not under content/…/en or content/…/pt-br`);
  return folder;
}

let checked: Promise<void> | undefined;

/** Runs the cross-language checks once per build; any mismatch fails the build. */
async function checkCourse(): Promise<void> {
  const [lessons, quizzes] = await Promise.all([getCollection('lessons'), getCollection('quizzes')]);
  assertPaired(
    lessons.map((l) => ({ locale: entryLocale(l.id), id: l.data.id, order: l.data.order, source: l.id })),
    'lesson',
  );
  assertPaired(
    quizzes.map((q) => ({
      locale: entryLocale(q.id),
      id: q.data.lesson,
      questionIds: q.data.questions.map((x) => x.id),
      answers: q.data.questions.map((x) => x.answer),
      source: q.id,
    })),
    'quiz',
  );
  const lessonIds = new Set(lessons.map((l) => l.data.id));
  const orphans = quizzes.filter((q) => !lessonIds.has(q.data.lesson));
  if (orphans.length > 0) {
    throw new Error(`Quizzes for unknown lessons: ${orphans.map((q) => q.id).join(', ')}`);
  }
}

export async function getLessons(locale: Locale): Promise<Lesson[]> {
  checked ??= checkCourse();
  await checked;
  const lessons = await getCollection('lessons', (entry) => entryLocale(entry.id) === locale);
  return lessons.sort((a, b) => a.data.order - b.data.order);
}

export async function getQuiz(locale: Locale, lessonId: string): Promise<Quiz | undefined> {
  const quizzes = await getCollection('quizzes', (q) => entryLocale(q.id) === locale && q.data.lesson === lessonId);
  return quizzes[0];
}
