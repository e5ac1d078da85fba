/** `$accountReviews`: the quarterly account reviews of every account (the account-review tool). */
// The schema module only: pages that store (every tool's backup code) do not need the review rules.
import type { AccountReview } from '../domain/accountReviewSchema.ts';
import { nowIso } from './ids.ts';
import { persistedAtom } from './persisted.ts';
import type { WriteResult } from './persisted.ts';
import { accountReviewsSchema, defaultAccountReviews } from './schemas/accountReviews.ts';
import type { AccountReviews } from './schemas/accountReviews.ts';

export const $accountReviews = persistedAtom({ name: 'accountReviews', schema: accountReviewsSchema, makeDefault: defaultAccountReviews });

/** One account's reviews as stored, oldest quarter first (then by the day held). */
export function reviewsOf(accountKey: string, all: AccountReviews = $accountReviews.get()): AccountReview[] {
  return all
    .filter((r) => r.accountKey === accountKey)
    .sort((a, b) => (a.quarter < b.quarter ? -1 : a.quarter > b.quarter ? 1 : a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Adds a review, or replaces the one with the same id, as the list is stored now (another tab's reviews are kept); stamps it. */
export function saveReview(review: AccountReview): WriteResult {
  return $accountReviews.updateLatest((list) => {
    const saved: AccountReview = { ...review, updatedAt: nowIso() };
    const index = list.findIndex((r) => r.id === review.id);
    return index < 0 ? [...list, saved] : list.map((r, i) => (i === index ? saved : r));
  });
}

/** Removes a review. */
export function deleteReview(id: string): WriteResult {
  return $accountReviews.updateLatest((list) => list.filter((r) => r.id !== id));
}

/** Puts a review back exactly as it was (undo), or removes it when it did not exist. */
export function restoreReview(id: string, before: AccountReview | undefined): WriteResult {
  return $accountReviews.updateLatest((list) => {
    if (before === undefined) return list.filter((r) => r.id !== id);
    const index = list.findIndex((r) => r.id === id);
    return index < 0 ? [...list, before] : list.map((r, i) => (i === index ? before : r));
  });
}

/** Replaces one account's reviews at once (loading the sample into the demo workspace, undo of it). */
export function replaceReviewsOf(accountKey: string, reviews: readonly AccountReview[]): WriteResult {
  return $accountReviews.updateLatest((list) => [...list.filter((r) => r.accountKey !== accountKey), ...reviews]);
}
