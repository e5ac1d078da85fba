/** What the user set for the whole site (currency, number format, capacity…). */
import { z } from '../../domain/zod';

export const settingsSchema = z.object({
  /** ISO 4217 code ("BRL", "USD"); '' means "the default for the page's language". */
  currency: z.string().check(z.regex(/^([A-Z]{3})?$/)),
  /** How numbers are read and written in CSV import/export. */
  numberFormat: z.enum(['pt-BR', 'en']),
  userName: z.string().check(z.maxLength(200)),
  /** How many key accounts one manager can really look after (drives warnings, not limits). */
  keyAccountCapacity: z.int().check(z.gte(0), z.lte(10_000)),
  /** The account the per-account tools opened last, so a return visit continues with it. */
  lastAccount: z.optional(z.string().check(z.maxLength(600))),
});
export type Settings = z.infer<typeof settingsSchema>;

export function defaultSettings(): Settings {
  return { currency: '', numberFormat: 'pt-BR', userName: '', keyAccountCapacity: 8 };
}
