/**
 * `$costToServe`: what the cost-to-serve tool stores (schemas/costToServe.ts). Every edit is
 * applied to the newest stored value (`updateLatest`), so another tab's edits to other clients are
 * kept. Client keys are user data ("constructor", "__proto__"): written with `setOwn`, read with `own`.
 */
import type { CostLine, CostToServeResult, CostType } from '../domain/index.ts';
import { COST_TYPES, MoneySum, costToServe } from '../domain/index.ts';
import { isSafeRecordKey } from './ids.ts';
import { persistedAtom } from './persisted.ts';
import type { WriteResult } from './persisted.ts';
import { own } from './safety.ts';
import { setOwn } from './storedKeys.ts';
import { costToServeSchema, defaultCostToServe } from './schemas/costToServe.ts';
import type { ClientCosts, CostToServeData } from './schemas/costToServe.ts';

export const $costToServe = persistedAtom({ name: 'costToServe', schema: costToServeSchema, makeDefault: defaultCostToServe });

export function clientCostsOf(data: CostToServeData, key: string): ClientCosts {
  return own(data.clients, key) ?? { costs: {} };
}

/** The stored amounts as the domain's cost lines. */
export function costLinesOf(data: CostToServeData): CostLine[] {
  const lines: CostLine[] = [];
  for (const key of Object.keys(data.clients)) {
    const costs = own(data.clients, key)!.costs;
    for (const type of COST_TYPES) {
      const amount = own(costs, type);
      if (amount !== undefined) lines.push({ key, type, amount });
    }
  }
  return lines;
}

/** Payment days and typed margins by client key, for the domain. */
export function perClient(data: CostToServeData, field: 'paymentDays' | 'marginPct'): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of Object.keys(data.clients)) {
    const value = own(data.clients, key)![field];
    if (value !== undefined) setOwn(out, key, value);
  }
  return out;
}

/** Changes one client's inputs (a field set to undefined is removed). */
export function updateClientCosts(
  key: string,
  patch: { marginPct?: number | undefined; paymentDays?: number | undefined; costs?: Partial<Record<CostType, number | undefined>> },
): WriteResult {
  if (!isSafeRecordKey(key)) return { ok: false, reason: 'invalid' };
  return $costToServe.updateLatest((data) => {
    const current = clientCostsOf(data, key);
    const next: ClientCosts = { ...current, costs: { ...current.costs } };
    for (const field of ['marginPct', 'paymentDays'] as const) {
      if (!(field in patch)) continue;
      const value = patch[field];
      if (value === undefined) delete next[field];
      else next[field] = value;
    }
    for (const type of COST_TYPES) {
      if (!patch.costs || !(type in patch.costs)) continue;
      const value = patch.costs[type];
      if (value === undefined) delete next.costs[type];
      else next.costs[type] = value;
    }
    const clients = { ...data.clients };
    setOwn(clients, key, next);
    return { ...data, clients };
  });
}

/** The credit rate and the margin assumed for clients without one. */
export function setCostSettings(patch: { creditRatePct?: number; defaultMarginPct?: number | undefined }): WriteResult {
  return $costToServe.updateLatest((data) => {
    const next = { ...data, ...patch };
    if ('defaultMarginPct' in patch && patch.defaultMarginPct === undefined) delete next.defaultMarginPct;
    return next;
  });
}

/**
 * Applies imported cost lines: each (client, kind) in the file gets the file's sum for it; every
 * other amount stays. Returns the write (the caller keeps the value before, for undo).
 */
export function applyCostLines(lines: readonly CostLine[]): WriteResult {
  // A file may list one cost in several lines (one per month, say): summed exact to the cent.
  const sums = new Map<string, Map<CostType, MoneySum>>();
  for (const line of lines) {
    if (!isSafeRecordKey(line.key)) continue;
    const byType = sums.get(line.key) ?? new Map<CostType, MoneySum>();
    sums.set(line.key, byType);
    byType.set(line.type, (byType.get(line.type) ?? new MoneySum()).add(line.amount));
  }
  return $costToServe.updateLatest((data) => {
    const clients = { ...data.clients };
    for (const [key, byType] of sums) {
      const current = clientCostsOf(data, key);
      const costs = { ...current.costs };
      for (const [type, sum] of byType) costs[type] = sum.value;
      setOwn(clients, key, { ...current, costs });
    }
    return { ...data, clients };
  });
}

/** Puts the whole store back (undo of an import, loading the sample). */
export function replaceCostToServe(data: CostToServeData): WriteResult {
  return $costToServe.write(data);
}

/** The domain's cost-to-serve result for `clients` (revenue in the period) with the stored inputs. */
export function costToServeFor(
  clients: readonly { key: string; name: string; revenue: number; marginPct?: number | undefined }[],
  data: CostToServeData = $costToServe.get(),
): CostToServeResult {
  return costToServe({
    clients,
    lines: costLinesOf(data),
    paymentDays: perClient(data, 'paymentDays'),
    margins: perClient(data, 'marginPct'),
    creditRatePct: data.creditRatePct,
    defaultMarginPct: data.defaultMarginPct,
  });
}

/** True when cost lines, days or a margin were recorded for at least one of `keys`. */
export function hasCostData(data: CostToServeData, keys: readonly string[]): boolean {
  return keys.some((k) => own(data.clients, k) !== undefined);
}
