/** What the user set for the whole site (currency, number format, capacity…). */
import * as v from 'valibot';

export const settingsSchema = v.object({
  /** ISO 4217 code ("BRL", "USD"); '' means "the default for the page's language". */
  currency: v.pipe(v.string(), v.regex(/^([A-Z]{3})?$/)),
  /** How numbers are read and written in CSV import/export. */
  numberFormat: v.picklist(['pt-BR', 'en']),
  userName: v.pipe(v.string(), v.maxLength(200)),
  /** How many key accounts one manager can really look after (drives warnings, not limits). */
  keyAccountCapacity: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)),
  /** The account the per-account tools opened last, so a return visit continues with it. */
  lastAccount: v.optional(v.pipe(v.string(), v.maxLength(600))),
});
export type Settings = v.InferOutput<typeof settingsSchema>;

export function defaultSettings(): Settings {
  return { currency: '', numberFormat: 'pt-BR', userName: '', keyAccountCapacity: 8 };
}
