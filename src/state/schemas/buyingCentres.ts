/**
 * The buying centres, one per account (the shape is the domain's). A list rather than a record keyed
 * by account: an account key such as "__proto__" needs no escaping, and a backup merges by key.
 */
import * as v from 'valibot';
import { buyingCentreSchema } from '../../domain/buyingCentreSchema.ts';

export const buyingCentresSchema = v.pipe(v.array(buyingCentreSchema), v.maxLength(2000));
export type BuyingCentres = v.InferOutput<typeof buyingCentresSchema>;

export function defaultBuyingCentres(): BuyingCentres {
  return [];
}
