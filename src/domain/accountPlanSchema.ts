/**
 * The account plan's stored shape (see accountPlan.ts for what a plan is). In its own module because
 * the state layer validates every assessment with it: a page that only reads assessments (the stage
 * diagnosis, the uncoupling checklist) needs this schema, not the plan builder's logic.
 *
 * Deliberately tolerant of empty text (a plan is filled in over weeks) but strict on shapes and ranges.
 */
import { z } from './zod';
import { isIsoDate } from './dates.ts';
import { LADDER_STAGES, STAGE_IDS } from './stages.ts';

// Generous limits: enough for real prose, small enough that a pasted file cannot fill the browser's storage.
const shortText = z.string().check(z.maxLength(500));
const longText = z.string().check(z.maxLength(20_000));
const itemId = z.string().check(z.minLength(1), z.maxLength(100));
const isoDate = z.string().check(z.refine(isIsoDate, { message: 'expected a date written yyyy-mm-dd' }));
const isoDateOrNull = z.nullable(isoDate);
const year = z.int().check(z.gte(1900), z.lte(2200));
const moneyOrNull = z.nullable(z.number());
const pctOrNull = z.nullable(z.number().check(z.gte(-1000), z.lte(1000)));

export const financialYearSchema = z.object({ year, revenue: moneyOrNull, marginPct: pctOrNull });
export const planGoalSchema = z.object({ year, revenue: moneyOrNull, marginPct: pctOrNull, sharePct: z.nullable(z.number().check(z.gte(0), z.lte(100))) });
export const criticalSuccessFactorSchema = z.object({
  id: itemId,
  factor: shortText,
  /** How much the customer cares about the factor, 1 (little) .. 5 (decisive). */
  importance: z.int().check(z.gte(1), z.lte(5)),
  /** How well the customer thinks we perform on it, 0..10. */
  ourScore: z.number().check(z.gte(0), z.lte(10)),
});
export const ACTION_STATUSES = ['todo', 'doing', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const planActionSchema = z.object({
  id: itemId,
  what: longText,
  owner: shortText,
  due: isoDateOrNull,
  status: z.enum(ACTION_STATUSES),
});
export const INFLUENCE_LEVELS = ['low', 'medium', 'high'] as const;
export const ATTITUDES = ['supporter', 'neutral', 'sceptic'] as const;
export type Influence = (typeof INFLUENCE_LEVELS)[number];
export type Attitude = (typeof ATTITUDES)[number];
export const planContactSchema = z.object({
  id: itemId,
  name: shortText,
  /** The contact's function at the customer (purchasing, logistics, finance…): drives the contact pattern. */
  role: shortText,
  /**
   * Who on our side holds this contact (a name or a function). Optional: plans saved before it
   * existed still load; empty means the account manager. With `role`, it decides the contact pattern.
   */
  ourContact: z.optional(shortText),
  influence: z.enum(INFLUENCE_LEVELS),
  attitude: z.enum(ATTITUDES),
});
export const planRiskSchema = z.object({
  id: itemId,
  text: longText,
  /** Optional link to one of UNCOUPLING_CAUSES, so the checklist and the plan talk about the same thing. */
  causeId: z.optional(z.string().check(z.maxLength(100))),
});

export const accountPlanSchema = z.object({
  id: itemId.check(z.maxLength(600)),
  accountKey: z.string().check(z.minLength(1), z.maxLength(500)),
  accountName: shortText,
  year,
  createdAt: z.string().check(z.maxLength(40)),
  updatedAt: z.string().check(z.maxLength(40)),
  mission: longText,
  financialHistory: z.array(financialYearSchema).check(z.length(3)),
  customerOverview: longText,
  criticalSuccessFactors: z.array(criticalSuccessFactorSchema).check(z.maxLength(100)),
  customerPortfolio: longText,
  assumptions: longText,
  objectives: longText,
  goals: z.array(planGoalSchema).check(z.length(3)),
  actions: z.array(planActionSchema).check(z.maxLength(500)),
  contacts: z.array(planContactSchema).check(z.maxLength(500)),
  risks: z.array(planRiskSchema).check(z.maxLength(200)),
  currentStage: z.optional(z.enum(STAGE_IDS)),
  targetStage: z.optional(z.enum(LADDER_STAGES)),
  nextReview: isoDateOrNull,
});

export type FinancialYear = z.infer<typeof financialYearSchema>;
export type PlanGoal = z.infer<typeof planGoalSchema>;
export type CriticalSuccessFactor = z.infer<typeof criticalSuccessFactorSchema>;
export type PlanAction = z.infer<typeof planActionSchema>;
export type PlanContact = z.infer<typeof planContactSchema>;
export type PlanRisk = z.infer<typeof planRiskSchema>;
export type AccountPlan = z.infer<typeof accountPlanSchema>;
