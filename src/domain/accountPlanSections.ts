/**
 * The account plan's sections and how complete a plan is: all the dashboard reads of a plan, kept
 * apart from the plan's editing and export rules (accountPlan.ts, which re-exports this) so the
 * dashboard loads only this.
 */
import type { AccountPlan } from './accountPlanSchema.ts';

/** The plan's sections in the order the builder and the printed plan show them. */
export const PLAN_SECTIONS = [
  'mission',
  'financialSummary',
  'customerOverview',
  'criticalSuccessFactors',
  'customerPortfolio',
  'assumptions',
  'objectives',
  'goals',
  'actions',
  'contacts',
  'risks',
  'review',
] as const;
export type PlanSectionId = (typeof PLAN_SECTIONS)[number];

/** The article's eight sections; the other four are the additions of good practice. */
export const ARTICLE_PLAN_SECTIONS: readonly PlanSectionId[] = PLAN_SECTIONS.slice(0, 8);

const filled = (text: string): boolean => text.trim() !== '';

/** When is a section "done"? Deliberately minimal: one real entry, so the meter rewards starting. */
const SECTION_DONE: Record<PlanSectionId, (plan: AccountPlan) => boolean> = {
  mission: (p) => filled(p.mission),
  financialSummary: (p) => p.financialHistory.some((y) => y.revenue !== null),
  customerOverview: (p) => filled(p.customerOverview),
  criticalSuccessFactors: (p) => p.criticalSuccessFactors.some((f) => filled(f.factor)),
  customerPortfolio: (p) => filled(p.customerPortfolio),
  assumptions: (p) => filled(p.assumptions),
  objectives: (p) => filled(p.objectives),
  goals: (p) => p.goals.some((g) => g.revenue !== null),
  // An action without an owner is the classic dead plan (Cranfield), so it does not count.
  actions: (p) => p.actions.some((a) => filled(a.what) && filled(a.owner)),
  contacts: (p) => p.contacts.some((c) => filled(c.name)),
  risks: (p) => p.risks.some((r) => filled(r.text)),
  review: (p) => p.nextReview !== null,
};

/** Share of sections filled in (0..1) and the ids still missing, in PLAN_SECTIONS order. */
export function planCompleteness(plan: AccountPlan): { score: number; missing: PlanSectionId[] } {
  const missing = PLAN_SECTIONS.filter((s) => !SECTION_DONE[s](plan));
  return { score: (PLAN_SECTIONS.length - missing.length) / PLAN_SECTIONS.length, missing };
}
