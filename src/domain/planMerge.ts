/**
 * Three-way merge of an account plan edited in two places (two tabs, two windows): `base` is the
 * plan as this editor opened it, `mine` what this editor has now, `theirs` what is stored now.
 *
 * Field by field: a field only they changed is taken from them; a field only I changed is kept;
 * a field both changed to different values keeps mine and is reported as a conflict, so the editor
 * can show both versions and nothing typed in either place is lost silently. Lists of items with
 * ids (actions, contacts, risks, critical success factors) merge item by item the same way: items
 * added on either side are all kept; an item one side deleted and the other left alone is deleted;
 * an item one side deleted and the other edited is kept (with a conflict).
 *
 * Values are plain JSON (the stored shape), so equality is structural.
 */
import type { AccountPlan } from './accountPlanSchema.ts';

/** The plan fields a person edits (ids, year and timestamps are not merged). */
const PLAN_MERGE_FIELDS = [
  'mission',
  'financialHistory',
  'customerOverview',
  'criticalSuccessFactors',
  'customerPortfolio',
  'assumptions',
  'objectives',
  'goals',
  'actions',
  'contacts',
  'risks',
  'currentStage',
  'targetStage',
  'nextReview',
] as const;
export type PlanMergeField = (typeof PLAN_MERGE_FIELDS)[number];

export type PlanMerge = {
  /** The merged plan: mine where both changed a field, with every change of theirs that does not collide. */
  merged: AccountPlan;
  /** Fields both sides changed differently (in PLAN_MERGE_FIELDS order); empty when the merge is clean. */
  conflicts: PlanMergeField[];
};

const ITEM_LISTS = new Set<PlanMergeField>(['criticalSuccessFactors', 'actions', 'contacts', 'risks']);

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bs = b as unknown[];
    return a.length === bs.length && a.every((x, i) => same(x, bs[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = Object.keys(ao).filter((k) => ao[k] !== undefined);
  const bKeys = Object.keys(bo).filter((k) => bo[k] !== undefined);
  return keys.length === bKeys.length && keys.every((k) => same(ao[k], bo[k]));
}

type Merged<T> = { value: T; conflict: boolean };

function mergeValue<T>(base: T, mine: T, theirs: T): Merged<T> {
  if (same(mine, theirs)) return { value: mine, conflict: false };
  if (same(mine, base)) return { value: theirs, conflict: false };
  if (same(theirs, base)) return { value: mine, conflict: false };
  return { value: mine, conflict: true };
}

function mergeItems<T extends { id: string }>(base: readonly T[], mine: readonly T[], theirs: readonly T[]): Merged<T[]> {
  const byId = (list: readonly T[]) => new Map(list.map((item) => [item.id, item]));
  const b = byId(base);
  const m = byId(mine);
  const th = byId(theirs);
  let conflict = false;
  const out: T[] = [];
  const take = (id: string): T | null => {
    const inBase = b.get(id);
    const inMine = m.get(id);
    const inTheirs = th.get(id);
    if (inMine && inTheirs) {
      const r = inBase ? mergeValue(inBase, inMine, inTheirs) : mergeValue(inMine, inMine, inTheirs);
      // Added on both sides with the same id but different content: a real collision.
      if (!inBase && !same(inMine, inTheirs)) conflict = true;
      conflict ||= r.conflict;
      return r.value;
    }
    const only = inMine ?? inTheirs;
    if (!only) return null;
    if (!inBase) return only; // added on one side
    if (same(only, inBase)) return null; // deleted on the other side, untouched here
    conflict = true; // deleted on one side, edited on the other: keep the edit
    return only;
  };
  // Mine's order first (what this editor shows), then what only they have, in their order.
  const ids = [...new Set([...mine.map((i) => i.id), ...theirs.map((i) => i.id)])];
  for (const id of ids) {
    const item = take(id);
    if (item) out.push(item);
  }
  return { value: out, conflict };
}

export function mergePlans(base: AccountPlan, mine: AccountPlan, theirs: AccountPlan): PlanMerge {
  const merged: Record<string, unknown> = { ...theirs, ...mine };
  const conflicts: PlanMergeField[] = [];
  for (const field of PLAN_MERGE_FIELDS) {
    const r = ITEM_LISTS.has(field)
      ? mergeItems(base[field] as { id: string }[], mine[field] as { id: string }[], theirs[field] as { id: string }[])
      : mergeValue<unknown>(base[field], mine[field], theirs[field]);
    if (r.value === undefined) delete merged[field];
    else merged[field] = r.value;
    if (r.conflict) conflicts.push(field);
  }
  // Not typed by anyone (renaming the client elsewhere updates it): the newer side wins.
  merged.accountName = mergeValue(base.accountName, mine.accountName, theirs.accountName).value;
  merged.updatedAt = mine.updatedAt > theirs.updatedAt ? mine.updatedAt : theirs.updatedAt;
  return { merged: merged as AccountPlan, conflicts };
}

/** Structural equality of two plans (the same content, whatever the key order). */
export function plansEqual(a: AccountPlan, b: AccountPlan): boolean {
  return same(a, b);
}

/** `plan` with `fields` taken from `other` (the "use the other version" of a conflict). */
export function takePlanFields(plan: AccountPlan, other: AccountPlan, fields: readonly PlanMergeField[]): AccountPlan {
  const next: Record<string, unknown> = { ...plan };
  for (const field of fields) {
    if (other[field] === undefined) delete next[field];
    else next[field] = other[field];
  }
  return next as AccountPlan;
}
