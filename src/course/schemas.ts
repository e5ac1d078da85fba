import { z } from 'astro/zod';

/** The tools a lesson can embed with `<Tool name="…" />`; the names match the widgets' data-widget. */
export const TOOL_NAMES = [
  'portfolio',
  'pareto',
  'new-customers',
  'stage-diagnosis',
  'uncoupling',
  'account-plan',
  'classification-matrix',
  'fit-cost',
  'dpm',
  'buying-centre',
  'cost-to-serve',
  'value-proposition',
  'account-team',
  'account-review',
  'kraljic',
] as const;
export type ToolName = (typeof TOOL_NAMES)[number];

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'use lowercase words joined by hyphens' });

export const lessonSchema = z.object({
  id: slug,
  title: z.string().min(3),
  description: z.string().min(20).max(170),
  order: z.number().int().positive(),
  minutes: z.number().int().min(1).max(120),
  objectives: z.array(z.string().min(3)).min(1),
  tools: z.array(z.enum(TOOL_NAMES)).default([]),
  /** Beyond the source article (issue 18): in the progress, not required for the certificate. */
  beyondArticle: z.boolean().default(false),
});
export type LessonData = z.infer<typeof lessonSchema>;

const quizOptionSchema = z.object({
  text: z.string().min(1),
  feedback: z.string().min(1),
});

/**
 * What a question asks of the learner: `application` uses the lesson's idea on a new account or new
 * numbers (classify, diagnose, compute, choose); `recall` checks that a definition was understood.
 * tests/course/quizzes.test.ts requires at least half application per lesson and language.
 */
const QUIZ_KINDS = ['application', 'recall'] as const;

const quizQuestionSchema = z
  .object({
    /** Stable: stored answers are keyed by it, so a rewritten question gets a new id. */
    id: slug,
    kind: z.enum(QUIZ_KINDS),
    /** The situation the question applies the idea to (shown above the options). */
    scenario: z.string().min(10).optional(),
    prompt: z.string().min(3),
    options: z.array(quizOptionSchema).min(2).max(6),
    answer: z.number().int().min(0),
  })
  .refine((q) => q.answer < q.options.length, {
    error: 'the answer key points past the last option',
    path: ['answer'],
  });
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;

export const quizSchema = z
  .object({
    lesson: slug,
    questions: z.array(quizQuestionSchema).min(1),
  })
  .refine((quiz) => new Set(quiz.questions.map((q) => q.id)).size === quiz.questions.length, {
    error: 'question ids must be unique within a quiz',
  });
export type QuizData = z.infer<typeof quizSchema>;

const glossaryTextSchema = z.object({ term: z.string().min(1), definition: z.string().min(10) });
export const glossaryEntrySchema = z.object({
  id: slug,
  lesson: slug.optional(),
  en: glossaryTextSchema,
  pt: glossaryTextSchema,
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** Workshop documents (content/workshop/{en,pt-br}/*.mdx): the facilitator guide and the case. */
export const workshopDocSchema = z.object({
  kind: z.enum(['guide', 'case']),
  title: z.string().min(3),
  description: z.string().min(20).max(200),
});
export type WorkshopDocData = z.infer<typeof workshopDocSchema>;
