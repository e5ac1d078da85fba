/**
 * Which year a new account plan is for. Apart from the rest of starting a plan (newPlan.ts) because
 * the plan page shows it before anything is created, and the rest is fetched with "Create".
 */

/** This year's plan, or when it exists already, the year after the latest plan. */
export function nextPlanYear(plans: readonly { year: number }[], thisYear: number): number {
  return plans.some((p) => p.year === thisYear) ? Math.max(...plans.map((p) => p.year)) + 1 : thisYear;
}
