/**
 * Starting an account plan: what it takes over from the other tools (revenue and margin from the
 * portfolio, stage and target from the latest diagnosis), and the name of its exported file. Which
 * year it is for is `nextPlanYear` (planYear.ts: the plan page shows it before anything is created).
 * The plan's contents and checks live in accountPlan.ts.
 */
import type { AccountPlan } from './accountPlanSchema.ts';
import { latestDiagnosis } from './latest.ts';
import type { LadderStage, StageId } from './stages.ts';
import { fileSlug } from './fileSlug.ts';

export type PlanSources = {
  client?: { revenue: number; marginPct?: number | undefined; previousRevenue?: number | undefined } | undefined;
  /**
   * The client's revenue in each calendar year of the plan's history that dated sales cover in full
   * (period.ts `revenueInWholeYears`). When given, the history's revenue comes from here, year by
   * year: `client`'s totals cover whatever period the portfolio shows, not those years.
   */
  revenueByYear?: ReadonlyMap<number, number> | undefined;
  diagnoses: readonly { date: string; stage: StageId; targetStage?: LadderStage | undefined }[];
};

/**
 * A copy of `plan` with what is already known: the revenue of the history's years and the margin
 * from the portfolio (each year's own revenue from dated sales; for undated figures, the client's
 * revenue as last year's and its previous revenue as the year before's), the current and target
 * stage from the latest diagnosis.
 */
export function prefillPlan(plan: AccountPlan, sources: PlanSources): AccountPlan {
  const c = sources.client;
  const byYear = sources.revenueByYear;
  const financialHistory = byYear
    ? plan.financialHistory.map((h) => ({
        ...h,
        revenue: byYear.get(h.year) ?? h.revenue,
        marginPct: h.year === plan.year - 1 && c?.marginPct !== undefined ? c.marginPct : h.marginPct,
      }))
    : c
      ? // Undated figures (typed, or a file without dates): the client's revenue is its last year's.
        plan.financialHistory.map((h) =>
          h.year === plan.year - 1
            ? { ...h, revenue: c.revenue, marginPct: c.marginPct ?? null }
            : h.year === plan.year - 2 && c.previousRevenue !== undefined
              ? { ...h, revenue: c.previousRevenue }
              : h,
        )
      : plan.financialHistory;
  const latest = latestDiagnosis(sources.diagnoses);
  return {
    ...plan,
    financialHistory,
    ...(latest ? { currentStage: latest.stage } : {}),
    ...(latest?.targetStage ? { targetStage: latest.targetStage } : {}),
  };
}

/** A file name safe on every system: `account-plan-<account>-<year>.<ext>`. */
export function planFileName(plan: Pick<AccountPlan, 'accountName' | 'year'>, ext: 'md' | 'json'): string {
  return `account-plan-${fileSlug(plan.accountName, 'account')}-${plan.year}.${ext}`;
}
