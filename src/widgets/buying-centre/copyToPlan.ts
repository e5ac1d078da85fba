/**
 * "Copy into the plan": the buying centre's people merged into this year's account plan's contacts
 * (`mergeIntoPlanContacts`). Fetched on the click: the account plan's code is not part of the tool's
 * first download.
 */
import { accountPlanId, emptyAccountPlan, mergeIntoPlanContacts } from '../../domain/index.ts';
import type { BuyingCentre } from '../../domain/index.ts';
import { deletePlan, getPlan, savePlan } from '../../state/index';
import type { WriteResult } from '../../state/index';

export type PlanCopy = {
  added: string[];
  kept: string[];
  /** The plan's write, and what undoes it; null when nothing was added (nothing written). */
  saved: { result: WriteResult; undo: () => WriteResult } | null;
};

export function copyCentreToPlan(key: string, name: string, year: number, centre: Pick<BuyingCentre, 'team' | 'people'>): PlanCopy {
  const planId = accountPlanId(key, year);
  const before = getPlan(key, planId);
  const plan = before ?? emptyAccountPlan(key, name, year, new Date());
  const merged = mergeIntoPlanContacts(plan.contacts, centre);
  if (merged.added.length === 0) return { added: [], kept: merged.kept, saved: null };
  return {
    added: merged.added,
    kept: merged.kept,
    saved: {
      result: savePlan({ ...plan, contacts: merged.contacts }),
      undo: () => (before === undefined ? deletePlan(key, planId) : savePlan(before, { keepUpdatedAt: true })),
    },
  };
}
