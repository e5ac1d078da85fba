/** Per key account: stage diagnoses, uncoupling checks, matrix scores, fit/cost and account plans. */
import { z } from '../../domain/zod';
import { LADDER_STAGES, STAGE_IDS, accountPlanSchema } from '../../domain/index.ts';
import { dateText, id, recordKey, score10 } from './common.ts';

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
