import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { glossaryEntrySchema, lessonSchema, quizSchema, workshopDocSchema } from './course/schemas';

/**
 * Course content lives outside src/ (content/…), as data beside nothing else.
 * Entry ids are `<locale>/<file name>`; the lesson's own `id` field is what pairs
 * the English and Portuguese versions (checked in src/course/pairing.ts).
 */
const lessons = defineCollection({
  loader: glob({ base: './content/lessons', pattern: '{en,pt-br}/*.mdx' }),
  schema: lessonSchema,
});

const quizzes = defineCollection({
  loader: glob({ base: './content/quizzes', pattern: '{en,pt-br}/*.json' }),
  schema: quizSchema,
});

const glossary = defineCollection({
  loader: file('./content/glossary/terms.json'),
  schema: glossaryEntrySchema,
});

/** The workshop kit: facilitator guide and case, one MDX file per language. */
const workshop = defineCollection({
  loader: glob({ base: './content/workshop', pattern: '{en,pt-br}/*.mdx' }),
  schema: workshopDocSchema,
});

export const collections = { lessons, quizzes, glossary, workshop };
