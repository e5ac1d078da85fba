/**
 * The value proposition's stored shape (see valueProposition.ts for what it is and how it is read).
 * In its own module, like buyingCentreSchema.ts: the state layer validates every read with it, and a
 * page that only stores (My data, every tool's backup code) needs the schema, not the rules.
 */
import * as v from 'valibot';

/**
 * What a worksheet line measures, per year, in money. Every category but `revenue` is a cost to the
 * customer (less is better); `revenue` is a gain (more is better). `price` is what the customer pays
 * us or the alternative; the others together are the value in use our offer creates beyond price.
 */
export const VALUE_CATEGORIES = ['price', 'acquisition', 'usage', 'risk', 'revenue'] as const;
export type ValueCategory = (typeof VALUE_CATEGORIES)[number];

const shortText = v.pipe(v.string(), v.maxLength(500));
const longText = v.pipe(v.string(), v.maxLength(5000));
const itemId = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
/** A yearly amount in the data's currency: finite, and small enough to stay exact in integer cents. */
const amount = v.pipe(v.number(), v.finite(), v.minValue(-1e12), v.maxValue(1e12));
const score = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(10));

export const valueCsfSchema = v.object({
  id: itemId,
  /** The customer's critical success factor, in the customer's words. */
  factor: shortText,
  /** How much the customer cares, 1 (little) .. 5 (decisive): the account plan's scale. */
  importance: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)),
  /** How the customer rates us on it, 0..10 (the plan's "our score"). */
  ours: score,
  /** How the customer rates the best alternative on it, 0..10. */
  best: score,
});
export type ValueCsf = v.InferOutput<typeof valueCsfSchema>;

export const valueLineSchema = v.object({
  id: itemId,
  category: v.picklist(VALUE_CATEGORIES),
  /** What is saved or gained ("stock-outs during the audit", "dilution errors"). */
  label: shortText,
  /** Per year, with our offer and with the alternative. */
  ours: amount,
  alternative: amount,
  /** The critical success factor this line puts a figure on ('' = none). */
  csf: v.pipe(v.string(), v.maxLength(100)),
  /** Where the figure comes from (the customer's records, a trial, an audit): documented value. */
  source: shortText,
  /** The customer has checked and agreed the figure: verified value. */
  verified: v.boolean(),
});
export type ValueLine = v.InferOutput<typeof valueLineSchema>;

export const valuePropositionSchema = v.object({
  accountKey: v.pipe(v.string(), v.minLength(1), v.maxLength(500)),
  updatedAt: v.pipe(v.string(), v.maxLength(40)),
  /** The customer's best alternative to our offer (a competitor's bid, doing it in-house). */
  alternative: shortText,
  /** Free words for the one-page proposition: what we offer, in one or two sentences. */
  offer: longText,
  csfs: v.pipe(v.array(valueCsfSchema), v.maxLength(50)),
  lines: v.pipe(v.array(valueLineSchema), v.maxLength(200)),
});
export type ValueProposition = v.InferOutput<typeof valuePropositionSchema>;
/** What the tool edits: everything but the key and the stamp. */
export type ValuePropositionContent = Omit<ValueProposition, 'accountKey' | 'updatedAt'>;

export function emptyValueProposition(accountKey: string, now: string): ValueProposition {
  return { accountKey, updatedAt: now, alternative: '', offer: '', csfs: [], lines: [] };
}

/** Nothing typed yet: such a proposition is not kept. */
export function isEmptyValueProposition(p: ValuePropositionContent): boolean {
  return p.alternative.trim() === '' && p.offer.trim() === '' && p.csfs.length === 0 && p.lines.length === 0;
}

/** The proposition of one account, if any, from a list. */
export function propositionFor(list: readonly ValueProposition[], accountKey: string): ValueProposition | undefined {
  return list.find((p) => p.accountKey === accountKey);
}
