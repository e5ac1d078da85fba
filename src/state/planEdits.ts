/** Saving an account-plan editor's working copy, merged with what another tab saved meanwhile. */
import { mergePlans, plansEqual } from '../domain/index.ts';
import type { AccountPlan, PlanMergeField } from '../domain/index.ts';
import { updateAccount } from './assessments.ts';
import { nowIso } from './ids.ts';
import type { WriteResult } from './persisted.ts';

export type PlanSave = {
  result: WriteResult;
  /** What was saved (the merged plan when another tab had changed it too). */
  saved: AccountPlan;
  /** Fields both this editor and another tab changed: this editor's text was kept. */
  conflicts: PlanMergeField[];
  /** The other tab's plan when it had changed (for "use the other version"); else null. */
  theirs: AccountPlan | null;
};

/**
 * Saves an editor's working copy `draft`, which started from `base` (the stored plan when the editor
 * opened it or last saved). If the stored plan changed meanwhile (another tab), the two are merged
 * field by field (domain `mergePlans`) instead of one replacing the other.
 */
export function savePlanEdit(base: AccountPlan, draft: AccountPlan): PlanSave {
  let outcome: Omit<PlanSave, 'result'> = { saved: draft, conflicts: [], theirs: null };
  const result = updateAccount(draft.accountKey, (a) => {
    const stored = a.plans.find((p) => p.id === draft.id);
    // Not stored (new, or deleted in another tab meanwhile): this editor's copy is all there is.
    const { merged, conflicts } = stored ? mergePlans(base, draft, stored) : { merged: draft, conflicts: [] };
    const changedThere = stored !== undefined && !plansEqual(stored, base);
    outcome = { saved: { ...merged, updatedAt: nowIso() }, conflicts, theirs: changedThere ? stored : null };
    const saved = outcome.saved;
    const index = a.plans.findIndex((p) => p.id === saved.id);
    const plans = index < 0 ? [...a.plans, saved] : a.plans.map((p, i) => (i === index ? saved : p));
    return { ...a, plans };
  });
  return { result, ...outcome };
}
