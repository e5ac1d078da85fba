/**
 * `$assessments`: per key account (by client key) — stage diagnoses with dates, the uncoupling
 * checklist, classification-matrix scores, business-fit/cost scores and account plans.
 * Scores, stages and risk levels shown in widgets are recomputed by the domain; only inputs and the
 * diagnosis result at the time it was taken (history) are stored.
 */
import { byDiagnosisDate } from '../domain/index.ts';
import type { AccountPlan } from '../domain/index.ts';
import { isSafeRecordKey, newId, nowIso } from './ids.ts';
import { persistedAtom } from './persisted.ts';
import type { WriteResult } from './persisted.ts';
import { own } from './safety.ts';
import { setOwn } from './storedKeys.ts';
import { assessmentsSchema, defaultAssessments, emptyAssessment } from './schemas/assessments.ts';
import type { AccountAssessment, Assessments, Diagnosis, FitCost } from './schemas/assessments.ts';

export const $assessments = persistedAtom({ name: 'assessments', schema: assessmentsSchema, makeDefault: defaultAssessments });

/** The assessment of one account (an empty one when there is none). Own-property lookup: safe for any key. */
export function getAssessment(accountKey: string, all: Assessments = $assessments.get()): AccountAssessment {
  return own(all, accountKey) ?? emptyAssessment();
}

/** Accounts with at least something recorded. */
export function assessedAccountKeys(all: Assessments = $assessments.get()): string[] {
  return Object.keys(all).filter((k) => {
    const a = own(all, k)!;
    return (
      a.diagnoses.length > 0 || a.uncoupling !== null || Object.keys(a.matrixScores).length > 0 || a.fitCost !== null || a.plans.length > 0
    );
  });
}

/**
 * Every action changes one account's one thing (a diagnosis, a tick, a score, a plan) and is applied
 * to the newest stored value (`updateLatest`): another tab's changes to anything else are kept,
 * never overwritten by this tab's older copy. (Edits that need more of the domain live beside this
 * file: diagnosisEdits.ts, planEdits.ts, so pages without those tools do not load it.)
 */
export function updateAccount(accountKey: string, fn: (current: AccountAssessment) => AccountAssessment): WriteResult {
  if (!isSafeRecordKey(accountKey)) return { ok: false, reason: 'invalid' };
  return $assessments.updateLatest((all) => ({ ...all, [accountKey]: fn(getAssessment(accountKey, all)) }));
}

export type DiagnosisInput = Omit<Diagnosis, 'id' | 'date'> & { id?: string; date?: string };

/**
 * Adds a diagnosis to the account's history (or replaces the one with the same id) and keeps the
 * history in date order, so a diagnosis put back by "undo" returns to its place, not to the end.
 */
export function saveDiagnosis(accountKey: string, input: DiagnosisInput): { diagnosis: Diagnosis; result: WriteResult } {
  const diagnosis: Diagnosis = {
    id: input.id ?? newId('d-'),
    date: input.date ?? nowIso(),
    answers: { ...input.answers },
    signals: [...input.signals],
    stage: input.stage,
    ...(input.targetStage === undefined ? {} : { targetStage: input.targetStage }),
  };
  const result = updateAccount(accountKey, (a) => {
    const index = a.diagnoses.findIndex((d) => d.id === diagnosis.id);
    const diagnoses = index < 0 ? [...a.diagnoses, diagnosis] : a.diagnoses.map((d, i) => (i === index ? diagnosis : d));
    return { ...a, diagnoses: byDiagnosisDate(diagnoses) };
  });
  return { diagnosis, result };
}

export function deleteDiagnosis(accountKey: string, diagnosisId: string): WriteResult {
  return updateAccount(accountKey, (a) => ({ ...a, diagnoses: a.diagnoses.filter((d) => d.id !== diagnosisId) }));
}

/** The uncoupling checklist's checked indicator ids (replaces the previous list). */
export function setUncouplingChecks(accountKey: string, checked: readonly string[]): WriteResult {
  return updateAccount(accountKey, (a) => ({ ...a, uncoupling: { checked: [...new Set(checked)], updatedAt: nowIso() } }));
}

/** One classification-matrix score (0..10) for one criterion; null removes it. */
/** Ticks or unticks one indicator of the uncoupling checklist, keeping every other tick as stored now. */
export function setUncouplingCheck(accountKey: string, indicatorId: string, on: boolean): WriteResult {
  return updateAccount(accountKey, (a) => {
    const now = a.uncoupling?.checked ?? [];
    const checked = on ? [...new Set([...now, indicatorId])] : now.filter((c) => c !== indicatorId);
    return { ...a, uncoupling: { checked, updatedAt: nowIso() } };
  });
}

export function setMatrixScore(accountKey: string, criterionId: string, score: number | null): WriteResult {
  if (!isSafeRecordKey(criterionId)) return { ok: false, reason: 'invalid' };
  return updateAccount(accountKey, (a) => {
    const matrixScores = { ...a.matrixScores };
    if (score === null) delete matrixScores[criterionId];
    else setOwn(matrixScores, criterionId, score);
    return { ...a, matrixScores };
  });
}

/** All classification-matrix scores of one account at once. */
export function setMatrixScores(accountKey: string, scores: Readonly<Record<string, number>>): WriteResult {
  return updateAccount(accountKey, (a) => ({ ...a, matrixScores: { ...scores } }));
}

/**
 * Sets the account's fit and cost. With `changed`, only that score is taken from `fitCost` when a
 * pair is already stored: the other one stays as stored now (another tab may have changed it).
 */
export function setFitCost(accountKey: string, fitCost: FitCost | null, changed?: keyof FitCost): WriteResult {
  return updateAccount(accountKey, (a) => {
    if (fitCost === null) return { ...a, fitCost: null };
    const stored = a.fitCost;
    const next = stored && changed ? { ...stored, [changed]: fitCost[changed] } : { fit: fitCost.fit, cost: fitCost.cost };
    return { ...a, fitCost: next };
  });
}

/**
 * Saves a plan under its `accountKey`, replacing the plan with the same id (plans are per account
 * and year: see the domain's `accountPlanId`). `updatedAt` is set to now unless `keepUpdatedAt`.
 */
export function savePlan(plan: AccountPlan, options: { keepUpdatedAt?: boolean } = {}): WriteResult {
  const saved: AccountPlan = options.keepUpdatedAt ? plan : { ...plan, updatedAt: nowIso() };
  return updateAccount(plan.accountKey, (a) => {
    const index = a.plans.findIndex((p) => p.id === saved.id);
    const plans = index < 0 ? [...a.plans, saved] : a.plans.map((p, i) => (i === index ? saved : p));
    return { ...a, plans };
  });
}

export function deletePlan(accountKey: string, planId: string): WriteResult {
  return updateAccount(accountKey, (a) => ({ ...a, plans: a.plans.filter((p) => p.id !== planId) }));
}

export function getPlan(accountKey: string, planId: string, all: Assessments = $assessments.get()): AccountPlan | undefined {
  return getAssessment(accountKey, all).plans.find((p) => p.id === planId);
}
