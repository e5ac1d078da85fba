/** Per key account: stage diagnoses, uncoupling checks, matrix scores, fit/cost and account plans. */
import * as v from 'valibot';
import { LADDER_STAGES, STAGE_IDS, accountPlanSchema, finiteNumber } from '../../domain/index.ts';
import { dateText, id, recordKey, score10 } from './common.ts';

const diagnosisSchema = v.object({
  id,
  date: dateText,
  answers: v.record(recordKey(200), v.pipe(v.string(), v.maxLength(200))),
  signals: v.array(v.pipe(v.string(), v.maxLength(200))),
  stage: v.picklist(STAGE_IDS),
  targetStage: v.optional(v.picklist(LADDER_STAGES)),
});
export type Diagnosis = v.InferOutput<typeof diagnosisSchema>;

const uncouplingChecksSchema = v.object({
  checked: v.array(v.pipe(v.string(), v.maxLength(200))),
  updatedAt: dateText,
});
export type UncouplingChecks = v.InferOutput<typeof uncouplingChecksSchema>;

const fitCostSchema = v.object({ fit: finiteNumber(), cost: finiteNumber() });
export type FitCost = v.InferOutput<typeof fitCostSchema>;

const accountAssessmentSchema = v.object({
  /** Oldest first. */
  diagnoses: v.array(diagnosisSchema),
  uncoupling: v.nullable(uncouplingChecksSchema),
  /** Criterion id → score 0..10 (criteria are in `$matrixConfig`). */
  matrixScores: v.record(recordKey(100), score10),
  fitCost: v.nullable(fitCostSchema),
  plans: v.array(accountPlanSchema),
});
export type AccountAssessment = v.InferOutput<typeof accountAssessmentSchema>;

/** Account key (a client's `key`) → its assessment. */
export const assessmentsSchema = v.record(recordKey(500), accountAssessmentSchema);
export type Assessments = v.InferOutput<typeof assessmentsSchema>;

export function emptyAssessment(): AccountAssessment {
  return { diagnoses: [], uncoupling: null, matrixScores: {}, fitCost: null, plans: [] };
}

export function defaultAssessments(): Assessments {
  return {};
}
