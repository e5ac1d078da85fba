/**
 * The persisted store behind each name, and counts of what a set of store values holds. Apart from
 * the backup reader and writer (backup.ts) so that the My Data table, which needs only these, does
 * not load the restore pipeline and its migrations before the user acts.
 */
import { $accountTeams } from './accountTeams.ts';
import { $assessments } from './assessments.ts';
import { $buyingCentres } from './buyingCentres.ts';
import { $costToServe } from './costToServe.ts';
import { $valuePropositions } from './valuePropositions.ts';
import { $accountReviews } from './accountReviews.ts';
import { $kraljic } from './kraljic.ts';
import { $matrixConfig } from './matrixConfig.ts';
import type { PersistedStore } from './persisted.ts';
import { $portfolio } from './portfolio.ts';
import { $progress } from './progress.ts';
import type { Assessments, StoreValues } from './schemas.ts';
import { $segments } from './segments.ts';
import { $settings } from './settings.ts';
import type { StoreName } from './status.ts';

const STORES: { [K in StoreName]: PersistedStore<StoreValues[K]> } = {
  settings: $settings,
  portfolio: $portfolio,
  assessments: $assessments,
  matrixConfig: $matrixConfig,
  segments: $segments,
  progress: $progress,
  buyingCentres: $buyingCentres,
  costToServe: $costToServe,
  valuePropositions: $valuePropositions,
  accountTeams: $accountTeams,
  accountReviews: $accountReviews,
  kraljic: $kraljic,
};

/** The persisted store behind each name. */
export function storeByName<K extends StoreName>(name: K): PersistedStore<StoreValues[K]> {
  return STORES[name];
}

export type DataCounts = {
  clients: number;
  keyAccounts: number;
  monthlySales: number;
  accountsAssessed: number;
  diagnoses: number;
  plans: number;
  segments: number;
  lessonsRead: number;
  quizzes: number;
};

function countAssessed(all: Assessments): { accounts: number; diagnoses: number; plans: number } {
  let accounts = 0;
  let diagnoses = 0;
  let plans = 0;
  for (const key of Object.keys(all)) {
    const a = all[key]!;
    const any =
      a.diagnoses.length > 0 || a.uncoupling !== null || Object.keys(a.matrixScores).length > 0 || a.fitCost !== null || a.plans.length > 0;
    if (any) accounts++;
    diagnoses += a.diagnoses.length;
    plans += a.plans.length;
  }
  return { accounts, diagnoses, plans };
}

/** Counts of what `data` holds (for the restore summary and the My Data page). */
export function countData(data: Partial<StoreValues>): DataCounts {
  const assessed = data.assessments ? countAssessed(data.assessments) : { accounts: 0, diagnoses: 0, plans: 0 };
  return {
    clients: data.portfolio?.clients.length ?? 0,
    keyAccounts: data.portfolio?.clients.filter((c) => c.keyAccount).length ?? 0,
    monthlySales: data.portfolio?.monthlySales.length ?? 0,
    accountsAssessed: assessed.accounts,
    diagnoses: assessed.diagnoses,
    plans: assessed.plans,
    segments: data.segments?.length ?? 0,
    lessonsRead: data.progress ? Object.keys(data.progress.lessonsRead).length : 0,
    quizzes: data.progress ? Object.keys(data.progress.quizzes).length : 0,
  };
}
