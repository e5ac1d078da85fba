/** The client portfolio: clients and their monthly sales. */
import * as v from 'valibot';
import { finiteNumber } from '../../domain/index.ts';
import { isoDate, shortText } from './common.ts';

const clientSchema = v.object({
  /** Unique in the portfolio; the id column when the import had one, else the normalised name. */
  key: v.pipe(v.string(), v.minLength(1), v.maxLength(500)),
  name: shortText,
  code: v.optional(v.pipe(v.string(), v.maxLength(200))),
  segment: v.optional(v.pipe(v.string(), v.maxLength(200))),
  /**
   * Revenue over the whole file (or as typed), exact to the cent; may be 0 or negative (credit
   * notes): Pareto lists those apart. Other periods are summed from `monthlySales`.
   */
  revenue: finiteNumber(),
  previousRevenue: v.optional(finiteNumber()),
  marginPct: v.optional(v.pipe(v.number(), v.finite(), v.minValue(-1000), v.maxValue(1000))),
  firstPurchase: v.optional(isoDate),
  manager: v.optional(v.pipe(v.string(), v.maxLength(200))),
  keyAccount: v.boolean(),
  candidate: v.optional(v.boolean()),
  notes: v.optional(v.pipe(v.string(), v.maxLength(20_000))),
});
export type Client = v.InferOutput<typeof clientSchema>;

const monthlySaleSchema = v.object({
  key: v.pipe(v.string(), v.minLength(1), v.maxLength(500)),
  month: v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
  amount: finiteNumber(),
});
export type MonthlySale = v.InferOutput<typeof monthlySaleSchema>;

const month = v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/));

/** The period the tools analyse (the domain's `RevenuePeriod`); absent = the whole file. */
const revenuePeriodSchema = v.union([
  v.object({ kind: v.literal('all') }),
  v.object({ kind: v.literal('last12') }),
  v.object({ kind: v.literal('year'), year: v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2200)) }),
  v.object({ kind: v.literal('range'), start: month, end: month }),
]);

export const portfolioSchema = v.object({
  clients: v.array(clientSchema),
  monthlySales: v.array(monthlySaleSchema),
  /**
   * ISO 4217 code of every amount in the portfolio, read from the imported file (or chosen by the
   * user). Absent: not known yet (the settings' currency, then the page language's, is shown).
   */
  currency: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{3}$/))),
  period: v.optional(revenuePeriodSchema),
});
export type Portfolio = v.InferOutput<typeof portfolioSchema>;

export function defaultPortfolio(): Portfolio {
  return { clients: [], monthlySales: [] };
}
