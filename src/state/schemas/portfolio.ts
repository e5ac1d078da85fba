/** The client portfolio: clients and their monthly sales. */
import { z } from '../../domain/zod';
import { isoDate, shortText } from './common.ts';

export const clientSchema = z.object({
  /** Unique in the portfolio; the id column when the import had one, else the normalised name. */
  key: z.string().check(z.minLength(1), z.maxLength(500)),
  name: shortText,
  code: z.optional(z.string().check(z.maxLength(200))),
  segment: z.optional(z.string().check(z.maxLength(200))),
  /**
   * Revenue over the whole file (or as typed), exact to the cent; may be 0 or negative (credit
   * notes): Pareto lists those apart. Other periods are summed from `monthlySales`.
   */
  revenue: z.number(),
  previousRevenue: z.optional(z.number()),
  marginPct: z.optional(z.number().check(z.gte(-1000), z.lte(1000))),
  firstPurchase: z.optional(isoDate),
  manager: z.optional(z.string().check(z.maxLength(200))),
  keyAccount: z.boolean(),
  candidate: z.optional(z.boolean()),
  notes: z.optional(z.string().check(z.maxLength(20_000))),
});
export type Client = z.infer<typeof clientSchema>;

export const monthlySaleSchema = z.object({
  key: z.string().check(z.minLength(1), z.maxLength(500)),
  month: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
  amount: z.number(),
});
export type MonthlySale = z.infer<typeof monthlySaleSchema>;

const month = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));

/** The period the tools analyse (the domain's `RevenuePeriod`); absent = the whole file. */
export const revenuePeriodSchema = z.union([
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('last12') }),
  z.object({ kind: z.literal('year'), year: z.int().check(z.gte(1900), z.lte(2200)) }),
  z.object({ kind: z.literal('range'), start: month, end: month }),
]);

export const portfolioSchema = z.object({
  clients: z.array(clientSchema),
  monthlySales: z.array(monthlySaleSchema),
  /**
   * ISO 4217 code of every amount in the portfolio, read from the imported file (or chosen by the
   * user). Absent: not known yet (the settings' currency, then the page language's, is shown).
   */
  currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/))),
  period: z.optional(revenuePeriodSchema),
});
export type Portfolio = z.infer<typeof portfolioSchema>;

export function defaultPortfolio(): Portfolio {
  return { clients: [], monthlySales: [] };
}
