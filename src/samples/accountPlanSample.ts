/**
 * The account plan's sample: a partly filled plan for the lesson's example account, enough to see
 * every kind of section, with gaps left for the trainee. Its words come from the plan builder's
 * sample dictionary (passed in, so this module needs no widget); its figures follow the account's
 * own revenue when the portfolio has it.
 */
import type { AccountPlan } from '../domain/index.ts';
import { fill } from '../i18n/fill';

/** The sample's words in the page's language: the plan builder's sample dictionary has them under these keys. */
export type SamplePlanTexts = Readonly<
  Record<
    | 'sampleAction1'
    | 'sampleAction2'
    | 'sampleContact1'
    | 'sampleContact2'
    | 'sampleFactor1'
    | 'sampleFactor2'
    | 'sampleFactor3'
    | 'sampleMission'
    | 'sampleObjectives'
    | 'sampleOurContact2'
    | 'sampleOverview'
    | 'sampleOwner1'
    | 'sampleOwner2'
    | 'sampleRole1'
    | 'sampleRole2',
    string
  >
>;

/**
 * Hospital Santa Clara's figures in the case sheet (the case sheet content/case/{en,pt-br}/horizonte.json: the account's
 * revenue and gross margin by year, the plan's goals), written here so the account-plan page does not
 * load the case sheet; tests/course/caseSheet.test.ts checks they are the sheet's.
 */
export const CASE_PLAN_HISTORY: Readonly<Record<number, { revenue: number; marginPct: number }>> = {
  2023: { revenue: 610_000, marginPct: 18 },
  2024: { revenue: 720_000, marginPct: 20 },
  2025: { revenue: 840_000, marginPct: 21 },
};
export const CASE_PLAN_GOALS: Readonly<Record<number, { revenue: number; sharePct: number }>> = {
  2026: { revenue: 1_045_000, sharePct: 55 },
  2027: { revenue: 1_300_000, sharePct: 65 },
  2028: { revenue: 1_575_000, sharePct: 75 },
};

/**
 * `base` with its empty parts filled in; what the user already wrote is kept. In the case's years the
 * figures are the case sheet's; in other years (a plan made later) they are scaled from the last year.
 */
export function samplePlan(t: SamplePlanTexts, base: AccountPlan): AccountPlan {
  const year = base.year;
  const last = base.financialHistory[2]?.revenue ?? null;
  const history = base.financialHistory.map((h, i) => ({
    ...h,
    revenue:
      h.revenue ??
      CASE_PLAN_HISTORY[h.year]?.revenue ??
      (last !== null ? Math.round(last * [0.82, 0.91, 1][i]!) : [400_000, 450_000, 500_000][i]!),
    marginPct: h.marginPct ?? CASE_PLAN_HISTORY[h.year]?.marginPct ?? [18, 20, 21][i]!,
  }));
  const lastRevenue = history[2]!.revenue ?? 500_000;
  return {
    ...base,
    mission: base.mission || fill(t.sampleMission, { account: base.accountName }),
    financialHistory: history,
    customerOverview: base.customerOverview || t.sampleOverview,
    criticalSuccessFactors:
      base.criticalSuccessFactors.length > 0
        ? base.criticalSuccessFactors
        : [
            { id: 'csf-1', factor: t.sampleFactor1, importance: 5, ourScore: 6 },
            { id: 'csf-2', factor: t.sampleFactor2, importance: 4, ourScore: 8 },
            { id: 'csf-3', factor: t.sampleFactor3, importance: 3, ourScore: 5 },
          ],
    objectives: base.objectives || t.sampleObjectives,
    goals: base.goals.map((g, i) => ({
      ...g,
      revenue: g.revenue ?? CASE_PLAN_GOALS[g.year]?.revenue ?? Math.round(lastRevenue * [1.1, 1.22, 1.35][i]!),
      marginPct: g.marginPct ?? [21, 22, 22][i]!,
      sharePct: g.sharePct ?? CASE_PLAN_GOALS[g.year]?.sharePct ?? [55, 65, 75][i]!,
    })),
    actions:
      base.actions.length > 0
        ? base.actions
        : [
            { id: 'action-1', what: t.sampleAction1, owner: t.sampleOwner1, due: `${year}-03-31`, status: 'doing' },
            { id: 'action-2', what: t.sampleAction2, owner: t.sampleOwner2, due: `${year}-06-30`, status: 'todo' },
          ],
    contacts:
      base.contacts.length > 0
        ? base.contacts
        : [
            {
              id: 'contact-1',
              name: t.sampleContact1,
              role: t.sampleRole1,
              ourContact: t.sampleOwner1,
              influence: 'high',
              attitude: 'supporter',
            },
            {
              id: 'contact-2',
              name: t.sampleContact2,
              role: t.sampleRole2,
              ourContact: t.sampleOurContact2,
              influence: 'medium',
              attitude: 'neutral',
            },
          ],
    currentStage: base.currentStage ?? 'mid',
    targetStage: base.targetStage ?? 'partnership',
  };
}
