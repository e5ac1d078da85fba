/**
 * The buyer's view (Kraljic readings), one per account (the shape is the domain's). A list rather
 * than a record keyed by account, like the buying centres: an account key such as "__proto__" needs
 * no escaping, and a backup merges by key.
 */
import * as v from 'valibot';
import { kraljicReadingSchema } from '../../domain/kraljicSchema.ts';

export const kraljicStoreSchema = v.pipe(v.array(kraljicReadingSchema), v.maxLength(2000));
export type KraljicReadings = v.InferOutput<typeof kraljicStoreSchema>;

export function defaultKraljic(): KraljicReadings {
  return [];
}
