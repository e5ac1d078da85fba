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
import { assessmentsSchema } from './schemas/assessments.ts';
import { matrixConfigSchema } from './schemas/matrixConfig.ts';
import { portfolioSchema } from './schemas/portfolio.ts';
import { progressSchema } from './schemas/progress.ts';
import { segmentsSchema } from './schemas/segments.ts';
import { settingsSchema } from './schemas/settings.ts';
import type { BuyingCentres } from './schemas/buyingCentres.ts';
import { buyingCentresSchema } from './schemas/buyingCentres.ts';
import { costToServeSchema } from './schemas/costToServe.ts';
import type { ValuePropositions } from './schemas/valuePropositions.ts';
import { valuePropositionsSchema } from './schemas/valuePropositions.ts';
import type { AccountTeams } from './schemas/accountTeams.ts';
import { accountTeamsSchema } from './schemas/accountTeams.ts';
import type { AccountReviews } from './schemas/accountReviews.ts';
import { accountReviewsSchema } from './schemas/accountReviews.ts';
import type { KraljicReadings } from './schemas/kraljic.ts';
import { kraljicStoreSchema } from './schemas/kraljic.ts';

export * from './schemas/settings.ts';
export * from './schemas/portfolio.ts';
export * from './schemas/assessments.ts';
export * from './schemas/matrixConfig.ts';
export * from './schemas/segments.ts';
export * from './schemas/progress.ts';
export * from './schemas/buyingCentres.ts';
export * from './schemas/costToServe.ts';
export * from './schemas/valuePropositions.ts';
export * from './schemas/accountTeams.ts';
export * from './schemas/accountReviews.ts';
export * from './schemas/kraljic.ts';

/** Everything the site stores, as it appears in a backup's `data`. */
export const STORE_SCHEMAS = {
  settings: settingsSchema,
  portfolio: portfolioSchema,
  assessments: assessmentsSchema,
  matrixConfig: matrixConfigSchema,
  segments: segmentsSchema,
  progress: progressSchema,
  buyingCentres: buyingCentresSchema,
  costToServe: costToServeSchema,
  valuePropositions: valuePropositionsSchema,
  accountTeams: accountTeamsSchema,
  accountReviews: accountReviewsSchema,
  kraljic: kraljicStoreSchema,
} as const;

export type StoreValues = {
  settings: Settings;
  portfolio: Portfolio;
  assessments: Assessments;
  matrixConfig: MatrixConfig;
  segments: Segments;
  progress: Progress;
  buyingCentres: BuyingCentres;
  costToServe: CostToServeData;
  valuePropositions: ValuePropositions;
  accountTeams: AccountTeams;
  accountReviews: AccountReviews;
  kraljic: KraljicReadings;
};
