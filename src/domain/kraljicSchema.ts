/**
 * The buyer's view of us (Kraljic's purchasing matrix) as stored: per account, the answers to the
 * six questions behind the two axes. In its own module, like buyingCentreSchema.ts: the state layer
 * validates every read with it, and a page that only stores (My data, backups) needs the schema, not
 * the reading rules in kraljic.ts.
 */
import * as v from 'valibot';

/** The two axes of the matrix, seen from the customer's purchasing desk. */
export const KRALJIC_AXES = ['profit-impact', 'supply-risk'] as const;
export type KraljicAxis = (typeof KRALJIC_AXES)[number];

/**
 * The questions, three per axis, each answered 1 (low) … 5 (high). Profit impact: how much of the
 * customer's purchasing money goes to what we sell, how much our price moves its costs, how much our
 * products shape the quality of what it sells. Supply risk: how hard another supplier is to find, what
 * switching would cost it, and what a failed delivery would do to it.
 */
export const KRALJIC_QUESTIONS = [
  { id: 'spend-weight', axis: 'profit-impact' },
  { id: 'cost-effect', axis: 'profit-impact' },
  { id: 'quality-effect', axis: 'profit-impact' },
  { id: 'alternatives', axis: 'supply-risk' },
  { id: 'switching-cost', axis: 'supply-risk' },
  { id: 'failure-impact', axis: 'supply-risk' },
] as const satisfies readonly { id: string; axis: KraljicAxis }[];
export type KraljicQuestionId = (typeof KRALJIC_QUESTIONS)[number]['id'];
export const KRALJIC_QUESTION_IDS: readonly KraljicQuestionId[] = KRALJIC_QUESTIONS.map((q) => q.id);

/** The answer scale: 1 = low … 5 = high. */
export const KRALJIC_SCALE = [1, 2, 3, 4, 5] as const;
export type KraljicAnswer = (typeof KRALJIC_SCALE)[number];

const answer = v.picklist(KRALJIC_SCALE);

/** Only the six questions' ids are kept: any other key (`__proto__` included) is dropped on read. */
export const kraljicAnswersSchema = v.object({
  'spend-weight': v.optional(answer),
  'cost-effect': v.optional(answer),
  'quality-effect': v.optional(answer),
  alternatives: v.optional(answer),
  'switching-cost': v.optional(answer),
  'failure-impact': v.optional(answer),
});
export type KraljicAnswers = v.InferOutput<typeof kraljicAnswersSchema>;

export const kraljicReadingSchema = v.object({
  accountKey: v.pipe(v.string(), v.minLength(1), v.maxLength(500)),
  updatedAt: v.pipe(v.string(), v.maxLength(40)),
  answers: kraljicAnswersSchema,
});
export type KraljicReading = v.InferOutput<typeof kraljicReadingSchema>;
