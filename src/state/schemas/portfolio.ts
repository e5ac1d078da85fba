/** The client portfolio: clients and their monthly sales. */
import { z } from '../../domain/zod';
import { isoDate, shortText } from './common.ts';

export const clientSchema = z.object({
  /** Unique in the portfolio; the id column when the import had one, else the normalised name. */
  key: z.string().check(z.minLength(1), z.maxLength(500)),
  name: shortText,
  code: z.optional(z.string().check(z.maxLength(200))),
  segment: z.optional(z.string().check(z.maxLength(200))),
  /** Revenue in the period the user works on; may be 0 or negative (credit notes): Pareto lists those apart. */
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

export const portfolioSchema = z.object({
  clients: z.array(clientSchema),
  monthlySales: z.array(monthlySaleSchema),
});
export type Portfolio = z.infer<typeof portfolioSchema>;

export function defaultPortfolio(): Portfolio {
  return { clients: [], monthlySales: [] };
}
