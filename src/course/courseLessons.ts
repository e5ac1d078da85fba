/**
 * Server-side only (Astro pages): the lessons of a locale as the progress widgets' serialisable
 * props — id, order, title, link, and how many quiz questions each has.
 */
import { getLessons, getQuiz } from './course';
import type { Locale } from '../i18n/locales';
import { localePath } from '../i18n/paths';
import type { CourseLesson } from '../domain/courseSummary';

export async function courseLessons(locale: Locale): Promise<CourseLesson[]> {
  const lessons = await getLessons(locale);
  return Promise.all(
    lessons.map(async (lesson) => {
      const quiz = await getQuiz(locale, lesson.data.id);
      return {
        id: lesson.data.id,
        order: lesson.data.order,
        title: lesson.data.title,
        href: localePath(locale, `lessons/${lesson.data.id}`),
        questions: quiz?.data.questions.length ?? 0,
        ...(lesson.data.added === undefined ? {} : { added: lesson.data.added }),
      };
    }),
  );
}
