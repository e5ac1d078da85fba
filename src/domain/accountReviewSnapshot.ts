/**
 * Starting a quarterly review: the snapshot of what the other tools know on the day (the latest
 * diagnosis, the uncoupling risk, the quarter's revenue, the plan's goal and actions) and the new
 * review's id. Apart from accountReview.ts because only the "start this quarter's review" button
 * needs it: the review tool fetches it on that click, so what it reads (the uncoupling checklist's
 * rule, the plans' goals and actions) stays out of the tool's first download. The quarter's revenue
 * comes in computed (revenueInQuarter, accountReviewRevenue.ts), read with the period store's rules.
 */
import type { AccountReview, ReviewAgendaItem } from './accountReviewSchema.ts';
import type { ActionStatus } from './accountPlanSchema.ts';
import { quarterEnd, quarterOf } from './accountReview.ts';
import { latestDiagnosis, latestPlan } from './latest.ts';
import { roundMoney } from './money.ts';
import type { StageId } from './stages.ts';
import { uncouplingRisk } from './uncoupling.ts';

type PlanForReview = {
  year: number;
  updatedAt: string;
  goals: readonly { year: number; revenue: number | null }[];
  actions: readonly { due: string | null; status: ActionStatus }[];
};

/**
 * The plan's revenue goal for a quarter: a quarter of the year's goal, from the latest plan that
 * sets a goal for that year (plans hold yearly goals only). Null when no plan sets one.
 */
export function quarterGoal(plans: readonly PlanForReview[], quarter: string): number | null {
  const year = Number(quarter.slice(0, 4));
  const withGoal = plans.filter((p) => p.goals.some((g) => g.year === year && g.revenue !== null));
  const goal = latestPlan(withGoal)?.goals.find((g) => g.year === year)?.revenue;
  return goal === undefined || goal === null ? null : roundMoney(goal / 4);
}

/** Actions of the latest plan done, and those due by the quarter's end and not done. */
export function actionsForReview(plans: readonly PlanForReview[], quarter: string): { done: number; due: number } {
  const plan = latestPlan(plans);
  const end = quarterEnd(quarter);
  const actions = plan?.actions ?? [];
  return {
    done: actions.filter((a) => a.status === 'done').length,
    due: actions.filter((a) => a.status !== 'done' && a.due !== null && a.due <= end).length,
  };
}

export type ReviewSnapshotInput = {
  accountKey: string;
  /** The day of the review, yyyy-mm-dd; the quarter reviewed is the one it falls in unless given. */
  date: string;
  quarter?: string;
  diagnoses: readonly { date: string; stage: StageId }[];
  uncouplingChecked: readonly string[] | null | undefined;
  /** The client's revenue in the quarter reviewed (revenueInQuarter, accountReviewRevenue.ts); null when unknown. */
  revenueActual: number | null;
  plans: readonly PlanForReview[];
  id: string;
  now: string;
};

/** A new review filled from today's diagnosis, checklist, portfolio and plan; agenda, decision and notes left to the meeting. */
export function snapshotForReview(input: ReviewSnapshotInput): AccountReview {
  const quarter = input.quarter ?? quarterOf(input.date);
  const diagnosis = latestDiagnosis(input.diagnoses.filter((d) => d.date <= input.date));
  const risk = uncouplingRisk(input.uncouplingChecked);
  const actions = actionsForReview(input.plans, quarter);
  return {
    id: input.id,
    accountKey: input.accountKey,
    quarter,
    date: input.date,
    stage: diagnosis?.stage ?? null,
    riskScore: risk ? Math.round(risk.score * 10) / 10 : null,
    riskLevel: risk?.level ?? null,
    revenueActual: input.revenueActual,
    revenueGoal: quarterGoal(input.plans, quarter),
    actionsDone: actions.done,
    actionsDue: actions.due,
    agenda: [] as ReviewAgendaItem[],
    decision: null,
    notes: '',
    updatedAt: input.now,
  };
}

/** A new review id that is not in `reviews` ("r-2026-Q1", then "r-2026-Q1-2"…). */
export function reviewId(reviews: readonly { id: string }[], accountKey: string, quarter: string): string {
  const taken = new Set(reviews.map((r) => r.id));
  const base = `${accountKey.slice(0, 60)}:${quarter}`;
  if (!taken.has(base)) return base;
  let i = 2;
  while (taken.has(`${base}-${i}`)) i++;
  return `${base}-${i}`;
}
