/**
 * The account plan's sample: a partly filled plan for the lesson's example account, enough to see
 * every kind of section, with gaps left for the trainee. Its words come from the plan builder's
 * dictionary (passed in, so this module needs no widget); its figures follow the account's own
 * revenue when the portfolio has it.
 */
import type { AccountPlan } from '../domain/index.ts';

/** The sample's words in the page's language: the plan builder's dictionary has them under these keys. */
import { fill } from '../i18n/fill';

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

/** `base` with its empty parts filled in; what the user already wrote is kept. */
export function samplePlan(t: SamplePlanTexts, base: AccountPlan): AccountPlan {
  const year = base.year;
  const last = base.financialHistory[2]?.revenue ?? null;
  const history = base.financialHistory.map((h, i) => ({
    ...h,
    revenue: h.revenue ?? (last !== null ? Math.round(last * [0.82, 0.91, 1][i]!) : [400_000, 450_000, 500_000][i]!),
    marginPct: h.marginPct ?? [18, 19, 21][i]!,
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
      revenue: g.revenue ?? Math.round(lastRevenue * [1.1, 1.22, 1.35][i]!),
      marginPct: g.marginPct ?? [21, 22, 22][i]!,
      sharePct: g.sharePct ?? [55, 65, 75][i]!,
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
