/**
 * The shapes of everything the site stores, at the CURRENT schema version, as valibot schemas (src/domain/validation.ts). Every
 * read from storage and every restored backup is validated against these (after migration), and
 * every write is validated before it is stored, so a bug in a widget cannot store a value that would
 * fail to load next time.
 *
 * Changing a shape here in a way old data does not satisfy needs a migration (migrations.ts) and a
 * bump of SCHEMA_VERSION.
 *
 * One file per store under schemas/, so a page loads only the schemas of the stores it uses (one
 * module put every store's schema, the account plan's included, into every tool page: ~3 KB gzipped).
 */
import type { Assessments } from './schemas/assessments.ts';
import type { CostToServeData } from './schemas/costToServe.ts';
import type { MatrixConfig } from './schemas/matrixConfig.ts';
import type { Portfolio } from './schemas/portfolio.ts';
import type { Progress } from './schemas/progress.ts';
import type { Segments } from './schemas/segments.ts';
import type { Settings } from './schemas/settings.ts';
import { assessmentsSchema, defaultAssessments } from './schemas/assessments.ts';
import { costToServeSchema, defaultCostToServe } from './schemas/costToServe.ts';
import { defaultMatrixConfig, matrixConfigSchema } from './schemas/matrixConfig.ts';
import { defaultPortfolio, portfolioSchema } from './schemas/portfolio.ts';
import { defaultProgress, progressSchema } from './schemas/progress.ts';
import { defaultSegments, segmentsSchema } from './schemas/segments.ts';
import { defaultSettings, settingsSchema } from './schemas/settings.ts';

export * from './schemas/settings.ts';
export * from './schemas/portfolio.ts';
export * from './schemas/assessments.ts';
export * from './schemas/matrixConfig.ts';
export * from './schemas/segments.ts';
export * from './schemas/progress.ts';
export * from './schemas/costToServe.ts';

/** Everything the site stores, as it appears in a backup's `data`. */
export const STORE_SCHEMAS = {
  settings: settingsSchema,
  portfolio: portfolioSchema,
  assessments: assessmentsSchema,
  matrixConfig: matrixConfigSchema,
  segments: segmentsSchema,
  progress: progressSchema,
  costToServe: costToServeSchema,
} as const;

export type StoreValues = {
  settings: Settings;
  portfolio: Portfolio;
  assessments: Assessments;
  matrixConfig: MatrixConfig;
  segments: Segments;
  progress: Progress;
  costToServe: CostToServeData;
};

export const STORE_DEFAULTS: { [K in keyof StoreValues]: () => StoreValues[K] } = {
  settings: defaultSettings,
  portfolio: defaultPortfolio,
  assessments: defaultAssessments,
  matrixConfig: defaultMatrixConfig,
  segments: defaultSegments,
  progress: defaultProgress,
  costToServe: defaultCostToServe,
};
