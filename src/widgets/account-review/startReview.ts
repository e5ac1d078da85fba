/**
 * "Start this quarter's review": the new review filled from what the other tools know today (the
 * account's diagnoses, uncoupling checklist and plans, the quarter's revenue in the portfolio), with
 * a new id. Fetched on the first press of the button: the snapshot's rules, the stored assessments
 * and the period rules it reads are not needed until then (an account with reviews loads the
 * assessments with its view, for the rules' verdict).
 */
import { quarterPeriod, revenueInQuarter } from '../../domain/accountReviewRevenue.ts';
import { reviewId, snapshotForReview } from '../../domain/accountReviewSnapshot.ts';
import type { AccountReview } from '../../domain/index.ts';
import { $accountReviews, $assessments, $portfolio, getAssessment, periodRevenueOf } from '../../state/index';

/** The review of `quarter` for `accountKey`, held on `today`, as the stores hold things now. */
export function newReview(accountKey: string, today: string, quarter: string): AccountReview {
  const assessment = getAssessment(accountKey, $assessments.get());
  // The quarter's revenue as the period store reads any period (its rules stay in one chunk with it).
  const quarterView = periodRevenueOf({ ...$portfolio.get(), period: quarterPeriod(quarter) });
  return snapshotForReview({
    accountKey,
    date: today,
    quarter,
    diagnoses: assessment.diagnoses,
    uncouplingChecked: assessment.uncoupling?.checked,
    revenueActual: revenueInQuarter(quarterView, accountKey),
    plans: assessment.plans,
    id: reviewId($accountReviews.get(), accountKey, quarter),
    now: new Date().toISOString(),
  });
}
