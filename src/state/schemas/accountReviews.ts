/**
 * The quarterly account reviews, every account's in one list (the shape is the domain's). A list
 * rather than a record keyed by account: an account key such as "__proto__" needs no escaping, and a
 * backup merges by review id. Added with an empty default, so it needs no numbered migration: an
 * older browser or backup without it loads as no reviews.
 */
import * as v from 'valibot';
import { accountReviewSchema } from '../../domain/accountReviewSchema.ts';

export const accountReviewsSchema = v.pipe(v.array(accountReviewSchema), v.maxLength(5000));
export type AccountReviews = v.InferOutput<typeof accountReviewsSchema>;

export function defaultAccountReviews(): AccountReviews {
  return [];
}
