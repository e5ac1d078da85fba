/**
 * The shapes of everything the site stores, at the CURRENT schema version, as zod schemas. Every
 * read from storage and every restored backup is validated against these (after migration), and
 * every write is validated before it is stored, so a bug in a widget cannot store a value that would
 * fail to load next time.
 *
 * Changing a shape here in a way old data does not satisfy needs a migration (migrations.ts) and a
 * bump of SCHEMA_VERSION.
 */
import { z } from '../domain/zod';
import { LADDER_STAGES, STAGE_IDS, accountPlanSchema, isIsoDate, segmentSchema } from '../domain/index.ts';

const shortText = z.string().check(z.maxLength(500));
const isoDate = z.string().check(z.refine(isIsoDate, { message: 'expected yyyy-mm-dd' }));
/** A date or a full ISO timestamp (what `new Date().toISOString()` gives). */
const dateText = z.string().check(z.minLength(1), z.maxLength(40));
const id = z.string().check(z.minLength(1), z.maxLength(600));
const score10 = z.number().check(z.gte(0), z.lte(10));
/** A record key: never `__proto__` (zod builds records by assignment; see safety.ts). */
const recordKey = (max: number) => z.string().check(z.minLength(1), z.maxLength(max), z.refine((k) => k !== '__proto__', { message: 'reserved key' }));

// -------------------------------------------------------------------------------------------------
// settings

export const settingsSchema = z.object({
  /** ISO 4217 code ("BRL", "USD"); '' means "the default for the page's language". */
  currency: z.string().check(z.regex(/^([A-Z]{3})?$/)),
  /** How numbers are read and written in CSV import/export. */
  numberFormat: z.enum(['pt-BR', 'en']),
  userName: z.string().check(z.maxLength(200)),
  /** How many key accounts one manager can really look after (drives warnings, not limits). */
  keyAccountCapacity: z.int().check(z.gte(0), z.lte(10_000)),
  /** The account the per-account tools opened last, so a return visit continues with it. */
  lastAccount: z.optional(z.string().check(z.maxLength(600))),
});
export type Settings = z.infer<typeof settingsSchema>;

export function defaultSettings(): Settings {
  return { currency: '', numberFormat: 'pt-BR', userName: '', keyAccountCapacity: 8 };
}

// -------------------------------------------------------------------------------------------------
// portfolio

export const clientSchema = z.object({
  /** Unique in the portfolio; the id column when the import had one, else the normalised name. */
  key: z.string().check(z.minLength(1), z.maxLength(500)),
  name: shortText,
  code: z.optional(z.string().check(z.maxLength(200))),
  segment: z.optional(z.string().check(z.maxLength(200))),
  /** Revenue in the period the user works on; may be 0 or negative (credit notes): Pareto lists those apart. */
  revenue: z.number(),
  previousRevenue: z.optional(z.number()),
  marginPct: z.optional(z.number().check(z.gte(-1000), z.lte(1000))),
  firstPurchase: z.optional(isoDate),
  manager: z.optional(z.string().check(z.maxLength(200))),
  keyAccount: z.boolean(),
  notes: z.optional(z.string().check(z.maxLength(20_000))),
});
export type Client = z.infer<typeof clientSchema>;

export const monthlySaleSchema = z.object({
  key: z.string().check(z.minLength(1), z.maxLength(500)),
  month: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
  amount: z.number(),
});
export type MonthlySale = z.infer<typeof monthlySaleSchema>;

export const portfolioSchema = z.object({
  clients: z.array(clientSchema),
  monthlySales: z.array(monthlySaleSchema),
});
export type Portfolio = z.infer<typeof portfolioSchema>;

export function defaultPortfolio(): Portfolio {
  return { clients: [], monthlySales: [] };
}

// -------------------------------------------------------------------------------------------------
// assessments (per key account)

export const diagnosisSchema = z.object({
  id,
  date: dateText,
  answers: z.record(recordKey(200), z.string().check(z.maxLength(200))),
  signals: z.array(z.string().check(z.maxLength(200))),
  stage: z.enum(STAGE_IDS),
  targetStage: z.optional(z.enum(LADDER_STAGES)),
});
export type Diagnosis = z.infer<typeof diagnosisSchema>;

export const uncouplingChecksSchema = z.object({
  checked: z.array(z.string().check(z.maxLength(200))),
  updatedAt: dateText,
});
export type UncouplingChecks = z.infer<typeof uncouplingChecksSchema>;

export const fitCostSchema = z.object({ fit: z.number(), cost: z.number() });
export type FitCost = z.infer<typeof fitCostSchema>;

export const accountAssessmentSchema = z.object({
  /** Oldest first. */
  diagnoses: z.array(diagnosisSchema),
  uncoupling: z.nullable(uncouplingChecksSchema),
  /** Criterion id → score 0..10 (criteria are in `$matrixConfig`). */
  matrixScores: z.record(recordKey(100), score10),
  fitCost: z.nullable(fitCostSchema),
  plans: z.array(accountPlanSchema),
});
export type AccountAssessment = z.infer<typeof accountAssessmentSchema>;

/** Account key (a client's `key`) → its assessment. */
export const assessmentsSchema = z.record(recordKey(500), accountAssessmentSchema);
export type Assessments = z.infer<typeof assessmentsSchema>;

export function emptyAssessment(): AccountAssessment {
  return { diagnoses: [], uncoupling: null, matrixScores: {}, fitCost: null, plans: [] };
}

export function defaultAssessments(): Assessments {
  return {};
}

// -------------------------------------------------------------------------------------------------
// classification matrix configuration

export const criterionSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  /** '' for a built-in criterion: the widget shows its translated name by `id`. */
  name: z.string().check(z.maxLength(200)),
  /** Percent; each axis should sum to 100 (the domain checks it before classifying). */
  weight: z.number().check(z.gte(0), z.lte(100)),
});
export type Criterion = z.infer<typeof criterionSchema>;

export const matrixConfigSchema = z.object({
  attractiveness: z.array(criterionSchema).check(z.maxLength(50)),
  strength: z.array(criterionSchema).check(z.maxLength(50)),
  /** "High" on an axis means a weighted score ≥ midpoint (0..10). */
  midpoint: score10,
});
export type MatrixConfig = z.infer<typeof matrixConfigSchema>;

/**
 * Defaults from the literature (McDonald & Rogers; kam-domain-notes §3): customer attractiveness by
 * volume/potential, growth, profitability, strategic fit and accessibility; our relative strength by
 * what the customer values in a supplier. Names are '' so the widget translates them by id.
 */
export function defaultMatrixConfig(): MatrixConfig {
  return {
    attractiveness: [
      { id: 'volume', name: '', weight: 30 },
      { id: 'growth', name: '', weight: 20 },
      { id: 'profitability', name: '', weight: 25 },
      { id: 'strategic-fit', name: '', weight: 15 },
      { id: 'accessibility', name: '', weight: 10 },
    ],
    strength: [
      { id: 'product-quality', name: '', weight: 25 },
      { id: 'service', name: '', weight: 25 },
      { id: 'price', name: '', weight: 20 },
      { id: 'relationship', name: '', weight: 20 },
      { id: 'reputation', name: '', weight: 10 },
    ],
    midpoint: 5,
  };
}

// -------------------------------------------------------------------------------------------------
// segments (directional policy matrix)

export const segmentsSchema = z.array(segmentSchema).check(z.maxLength(500));
export type Segments = z.infer<typeof segmentsSchema>;

export function defaultSegments(): Segments {
  return [];
}

// -------------------------------------------------------------------------------------------------
// progress

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

// -------------------------------------------------------------------------------------------------

/** Everything the site stores, as it appears in a backup's `data`. */
export const STORE_SCHEMAS = {
  settings: settingsSchema,
  portfolio: portfolioSchema,
  assessments: assessmentsSchema,
  matrixConfig: matrixConfigSchema,
  segments: segmentsSchema,
  progress: progressSchema,
} as const;

export type StoreValues = {
  settings: Settings;
  portfolio: Portfolio;
  assessments: Assessments;
  matrixConfig: MatrixConfig;
  segments: Segments;
  progress: Progress;
};

export const STORE_DEFAULTS: { [K in keyof StoreValues]: () => StoreValues[K] } = {
  settings: defaultSettings,
  portfolio: defaultPortfolio,
  assessments: defaultAssessments,
  matrixConfig: defaultMatrixConfig,
  segments: defaultSegments,
  progress: defaultProgress,
};
