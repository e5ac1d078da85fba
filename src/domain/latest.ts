/**
 * "The latest" diagnosis and plan of an account, decided once here so the stage diagnosis, the
 * account plan and the dashboard never disagree. "Latest" is by date, never by position in the
 * stored list: a delete + undo can put an old diagnosis last.
 */

/**
 * The diagnosis with the latest date (ISO strings compare in time order); on equal dates the one
 * further down the list, i.e. saved later. Undefined for an empty history.
 */
export function latestDiagnosis<T extends { date: string }>(history: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const d of history) if (best === undefined || d.date >= best.date) best = d;
  return best;
}

/** A copy of the history in date order, oldest first; equal dates keep their order (stable sort). */
export function byDiagnosisDate<T extends { date: string }>(history: readonly T[]): T[] {
  return [...history].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The plan of the latest year; on the same year the one updated last, then the one further down the list. */
export function latestPlan<T extends { year: number; updatedAt: string }>(plans: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const p of plans) if (best === undefined || p.year > best.year || (p.year === best.year && p.updatedAt >= best.updatedAt)) best = p;
  return best;
}
