/**
 * The quarterly account review: a record per account and quarter of where the relationship stood
 * (stage, uncoupling risk), how the quarter went against the plan (revenue, actions) and what the
 * meeting decided; the trend over the quarters; and the course's rules for when to reclassify an
 * account or take it out of KAM. Every figure comes from the rules of the other tools (the latest
 * diagnosis, the uncoupling risk, the period revenue, the latest plan), never recomputed here.
 *
 * The rules are the course's heuristics, not the article's (lesson 14 is beyond the article):
 * - the uncoupling risk rising two quarters running (the article's Uncoupling-KAM announces itself);
 * - revenue below REVENUE_WELL_BELOW of the plan's goal two quarters running (one bad quarter is noise);
 * - the account no longer class A, or the classification matrix putting it in Streamline
 *   (lessons 2 and 3: it no longer fits the key-account list);
 * - the latest diagnosis at Uncoupling-KAM, or a high risk on the checklist.
 * Any reason asks for the class to be reviewed; Uncoupling-KAM, or three reasons together, say leave KAM.
 *
 * Starting a review (the snapshot of the day's figures, the new review's id): accountReviewSnapshot.ts.
 */
import type { AccountReview } from './accountReviewSchema.ts';
import type { ParetoClass } from './pareto.ts';
import type { MonthRange } from './period.ts';
import type { QuadrantId } from './quadrants.ts';
import { ladderIndex } from './stages.ts';
import type { StageId } from './stages.ts';

export * from './accountReviewSchema.ts';

/** Revenue under this share of the goal counts as "well below plan". */
export const REVENUE_WELL_BELOW = 0.85;

/** The quarter a date (yyyy-mm-dd or yyyy-mm) falls in: "2026-02-10" → "2026-Q1". */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/**
 * Today as yyyy-mm-dd in the user's time zone: the day a review is held on, and the day the
 * dashboard reads overdue reviews against.
 */
export function localToday(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The months of a quarter: "2026-Q1" → 2026-01 … 2026-03. */
export function quarterMonths(quarter: string): MonthRange {
  const year = quarter.slice(0, 4);
  const first = (Number(quarter.slice(6)) - 1) * 3 + 1;
  const mm = (m: number) => String(m).padStart(2, '0');
  return { start: `${year}-${mm(first)}`, end: `${year}-${mm(first + 2)}` };
}

/** The last day of a quarter, yyyy-mm-dd. */
export function quarterEnd(quarter: string): string {
  const end = quarterMonths(quarter).end;
  return `${end}-${end.endsWith('03') || end.endsWith('12') ? '31' : '30'}`;
}

/** The quarter before: "2026-Q1" → "2025-Q4". */
export function previousQuarter(quarter: string): string {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(6));
  return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
}

export type TrendDirection = 'improving' | 'steady' | 'worsening' | 'unknown';

export type TrendPoint = {
  quarter: string;
  stage: StageId | null;
  /** 0 (Pre-KAM) … 4 (Synergistic-KAM); -1 for Uncoupling-KAM, below every rung; null when not diagnosed. */
  stageRank: number | null;
  /** Null when nothing was ticked; the rules read it as 0 (a checklist re-run in a review that finds nothing). */
  riskScore: number | null;
  /** Revenue as a share of the goal; null without both. */
  revenueVsGoal: number | null;
};

export type ReviewTrend = {
  points: TrendPoint[];
  direction: TrendDirection;
  /** The risk score rose at each of the last two reviews. */
  riskUpTwoQuarters: boolean;
  /** The last two reviews both had revenue under REVENUE_WELL_BELOW of the goal. */
  revenueBelowPlanTwoQuarters: boolean;
};

export function stageRank(stage: StageId | null): number | null {
  return stage === null ? null : stage === 'uncoupling' ? -1 : ladderIndex(stage);
}

/** One review per quarter (the latest held, by date), oldest quarter first. */
export function reviewsByQuarter<T extends { quarter: string; date: string }>(reviews: readonly T[]): T[] {
  const byQuarter = new Map<string, T>();
  for (const r of reviews) {
    const held = byQuarter.get(r.quarter);
    if (held === undefined || r.date >= held.date) byQuarter.set(r.quarter, r);
  }
  return [...byQuarter.values()].sort((a, b) => (a.quarter < b.quarter ? -1 : a.quarter > b.quarter ? 1 : 0));
}

/**
 * The series of one account's reviews and where it is heading. The direction compares the last two
 * reviews: the stage falling or the risk rising is worsening (a fall outweighs a gain elsewhere),
 * the stage rising or the risk falling is improving, neither is steady; fewer than two reviews, unknown.
 */
export function reviewTrend(
  reviews: readonly Pick<AccountReview, 'quarter' | 'date' | 'stage' | 'riskScore' | 'revenueActual' | 'revenueGoal'>[],
): ReviewTrend {
  const points: TrendPoint[] = reviewsByQuarter(reviews).map((r) => ({
    quarter: r.quarter,
    stage: r.stage,
    stageRank: stageRank(r.stage),
    riskScore: r.riskScore,
    revenueVsGoal: r.revenueActual !== null && r.revenueGoal !== null && r.revenueGoal > 0 ? r.revenueActual / r.revenueGoal : null,
  }));
  const n = points.length;
  let direction: TrendDirection = 'unknown';
  if (n >= 2) {
    const [a, b] = [points[n - 2]!, points[n - 1]!];
    const stageDelta = a.stageRank !== null && b.stageRank !== null ? b.stageRank - a.stageRank : 0;
    const riskDelta = (b.riskScore ?? 0) - (a.riskScore ?? 0);
    direction = stageDelta < 0 || riskDelta > 0 ? 'worsening' : stageDelta > 0 || riskDelta < 0 ? 'improving' : 'steady';
  }
  const risks = points.slice(-3).map((p) => p.riskScore ?? 0);
  const riskUpTwoQuarters = risks.length === 3 && risks[1]! > risks[0]! && risks[2]! > risks[1]!;
  const last2 = points.slice(-2);
  const revenueBelowPlanTwoQuarters =
    last2.length === 2 && last2.every((p) => p.revenueVsGoal !== null && p.revenueVsGoal < REVENUE_WELL_BELOW);
  return { points, direction, riskUpTwoQuarters, revenueBelowPlanTwoQuarters };
}

export type VerdictReason = 'risk-up-two-quarters' | 'revenue-below-plan' | 'not-class-a' | 'streamline' | 'uncoupling-stage' | 'high-risk';
export type VerdictOutcome = 'keep' | 'reclassify' | 'leave-kam';
export type ReviewVerdict = { outcome: VerdictOutcome; reasons: VerdictReason[] };

/**
 * The rules' verdict on an account from its reviews (the latest is the one judged) and, when known,
 * its Pareto class and matrix quadrant today. The meeting decides; this says what the rules see.
 */
export function reviewVerdict(input: {
  reviews: readonly Pick<AccountReview, 'quarter' | 'date' | 'stage' | 'riskScore' | 'riskLevel' | 'revenueActual' | 'revenueGoal'>[];
  abc?: ParetoClass | null | undefined;
  quadrant?: QuadrantId | null | undefined;
}): ReviewVerdict {
  const ordered = reviewsByQuarter(input.reviews);
  const latest = ordered[ordered.length - 1];
  const trend = reviewTrend(ordered);
  const reasons: VerdictReason[] = [];
  if (trend.riskUpTwoQuarters) reasons.push('risk-up-two-quarters');
  if (trend.revenueBelowPlanTwoQuarters) reasons.push('revenue-below-plan');
  if (input.abc !== undefined && input.abc !== null && input.abc !== 'A') reasons.push('not-class-a');
  if (input.quadrant === 'streamline') reasons.push('streamline');
  if (latest?.stage === 'uncoupling') reasons.push('uncoupling-stage');
  if (latest?.riskLevel === 'high') reasons.push('high-risk');
  const outcome: VerdictOutcome =
    reasons.includes('uncoupling-stage') || reasons.length >= 3 ? 'leave-kam' : reasons.length > 0 ? 'reclassify' : 'keep';
  return { outcome, reasons };
}
