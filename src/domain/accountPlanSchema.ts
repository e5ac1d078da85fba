/**
 * The account plan's stored shape (see accountPlan.ts for what a plan is). In its own module because
 * the state layer validates every assessment with it: a page that only reads assessments (the stage
 * diagnosis, the uncoupling checklist) needs this schema, not the plan builder's logic.
 *
 * Deliberately tolerant of empty text (a plan is filled in over weeks) but strict on shapes and ranges.
 */
import * as v from 'valibot';
import { finiteNumber } from './validation.ts';
import { isIsoDate } from './dates.ts';
import { LADDER_STAGES, STAGE_IDS } from './stages.ts';
import { INFLUENCE_LEVELS } from './influence.ts';

export { INFLUENCE_LEVELS };
export type { Influence } from './influence.ts';

// Generous limits: enough for real prose, small enough that a pasted file cannot fill the browser's storage.
const shortText = v.pipe(v.string(), v.maxLength(500));
const longText = v.pipe(v.string(), v.maxLength(20_000));
const itemId = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const isoDate = v.pipe(v.string(), v.check(isIsoDate, 'expected a date written yyyy-mm-dd'));
const isoDateOrNull = v.nullable(isoDate);
const year = v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2200));
const moneyOrNull = v.nullable(finiteNumber());
const pctOrNull = v.nullable(v.pipe(v.number(), v.finite(), v.minValue(-1000), v.maxValue(1000)));

const financialYearSchema = v.object({ year, revenue: moneyOrNull, marginPct: pctOrNull });
const planGoalSchema = v.object({
  year,
  revenue: moneyOrNull,
  marginPct: pctOrNull,
  sharePct: v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100))),
});
const criticalSuccessFactorSchema = v.object({
  id: itemId,
  factor: shortText,
  /** How much the customer cares about the factor, 1 (little) .. 5 (decisive). */
  importance: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)),
  /** How well the customer thinks we perform on it, 0..10. */
  ourScore: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(10)),
});
export const ACTION_STATUSES = ['todo', 'doing', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
const planActionSchema = v.object({
  id: itemId,
  what: longText,
  owner: shortText,
  due: isoDateOrNull,
  status: v.picklist(ACTION_STATUSES),
});
export const ATTITUDES = ['supporter', 'neutral', 'sceptic'] as const;
export type Attitude = (typeof ATTITUDES)[number];
const planContactSchema = v.object({
  id: itemId,
  name: shortText,
  /** The contact's function at the customer (purchasing, logistics, finance…): drives the contact pattern. */
  role: shortText,
  /**
   * Who on our side holds this contact (a name or a function). Optional: plans saved before it
   * existed still load; empty means the account manager. With `role`, it decides the contact pattern.
   */
  ourContact: v.optional(shortText),
  influence: v.picklist(INFLUENCE_LEVELS),
  attitude: v.picklist(ATTITUDES),
});
const planRiskSchema = v.object({
  id: itemId,
  text: longText,
  /** Optional link to one of UNCOUPLING_CAUSES, so the checklist and the plan talk about the same thing. */
  causeId: v.optional(v.pipe(v.string(), v.maxLength(100))),
});

export const accountPlanSchema = v.object({
  id: v.pipe(itemId, v.maxLength(600)),
  accountKey: v.pipe(v.string(), v.minLength(1), v.maxLength(500)),
  accountName: shortText,
  year,
  createdAt: v.pipe(v.string(), v.maxLength(40)),
  updatedAt: v.pipe(v.string(), v.maxLength(40)),
  mission: longText,
  financialHistory: v.pipe(v.array(financialYearSchema), v.length(3)),
  customerOverview: longText,
  criticalSuccessFactors: v.pipe(v.array(criticalSuccessFactorSchema), v.maxLength(100)),
  customerPortfolio: longText,
  assumptions: longText,
  objectives: longText,
  goals: v.pipe(v.array(planGoalSchema), v.length(3)),
  actions: v.pipe(v.array(planActionSchema), v.maxLength(500)),
  contacts: v.pipe(v.array(planContactSchema), v.maxLength(500)),
  risks: v.pipe(v.array(planRiskSchema), v.maxLength(200)),
  currentStage: v.optional(v.picklist(STAGE_IDS)),
  targetStage: v.optional(v.picklist(LADDER_STAGES)),
  nextReview: isoDateOrNull,
});

export type FinancialYear = v.InferOutput<typeof financialYearSchema>;
export type PlanGoal = v.InferOutput<typeof planGoalSchema>;
export type CriticalSuccessFactor = v.InferOutput<typeof criticalSuccessFactorSchema>;
export type PlanAction = v.InferOutput<typeof planActionSchema>;
export type PlanContact = v.InferOutput<typeof planContactSchema>;
export type PlanRisk = v.InferOutput<typeof planRiskSchema>;
export type AccountPlan = v.InferOutput<typeof accountPlanSchema>;
