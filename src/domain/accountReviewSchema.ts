/**
 * The quarterly account review's stored shape (see accountReview.ts for how a review is filled and
 * read). In its own module, like buyingCentreSchema.ts: the state layer validates every read with it,
 * and a page that only stores (My data, every tool's backup code) needs the schema, not the rules.
 */
import * as v from 'valibot';
import { isIsoDate } from './dates.ts';
import { STAGE_IDS } from './stages.ts';
import { finiteNumber } from './validation.ts';

/** What the review meeting may decide, from "carry on" to "take the account out of KAM". */
export const REVIEW_DECISIONS = ['keep', 'raise-target', 'lower-target', 'reclassify', 'leave-kam'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** The agenda of a quarterly review, in meeting order. */
export const REVIEW_AGENDA = ['results', 'stage', 'uncoupling', 'actions', 'decisions'] as const;
export type ReviewAgendaItem = (typeof REVIEW_AGENDA)[number];

/** "2026-Q1". */
export const QUARTER_PATTERN = /^\d{4}-Q[1-4]$/;

const itemId = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const money = v.nullable(finiteNumber());
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000));

export const accountReviewSchema = v.object({
  id: itemId,
  accountKey: v.pipe(v.string(), v.minLength(1), v.maxLength(500)),
  quarter: v.pipe(v.string(), v.regex(QUARTER_PATTERN)),
  /** The day the review was held (yyyy-mm-dd). */
  date: v.pipe(v.string(), v.check(isIsoDate, 'expected a date written yyyy-mm-dd')),
  /** The stage of the latest diagnosis on that date; null when the account was never diagnosed. */
  stage: v.nullable(v.picklist(STAGE_IDS)),
  /** The uncoupling checklist's weighted score (0..100) on that date; null when nothing was ticked. */
  riskScore: v.nullable(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100))),
  riskLevel: v.nullable(v.picklist(['low', 'medium', 'high'])),
  /** Revenue of the quarter's months; null when the portfolio holds no dated sales for the account. */
  revenueActual: money,
  /** The plan's goal for the quarter (a quarter of the year's goal); null without a plan goal. */
  revenueGoal: money,
  actionsDone: count,
  actionsDue: count,
  /** The agenda items covered in the meeting. */
  agenda: v.pipe(v.array(v.picklist(REVIEW_AGENDA)), v.maxLength(REVIEW_AGENDA.length)),
  decision: v.nullable(v.picklist(REVIEW_DECISIONS)),
  notes: v.pipe(v.string(), v.maxLength(20_000)),
  updatedAt: v.pipe(v.string(), v.maxLength(40)),
});
export type AccountReview = v.InferOutput<typeof accountReviewSchema>;
