/** `$buyingCentres`: per account, the customer's buying centre and our team for it (the buying-centre tool). */
// The schema module only: pages that store (every tool's backup code) do not need the reading rules.
import { emptyBuyingCentre } from '../domain/buyingCentreSchema.ts';
import type { BuyingCentre } from '../domain/buyingCentreSchema.ts';
import { nowIso } from './ids.ts';
import { persistedAtom } from './persisted.ts';
import type { WriteResult } from './persisted.ts';
import { buyingCentresSchema, defaultBuyingCentres } from './schemas/buyingCentres.ts';
import type { BuyingCentres } from './schemas/buyingCentres.ts';

export const $buyingCentres = persistedAtom({ name: 'buyingCentres', schema: buyingCentresSchema, makeDefault: defaultBuyingCentres });

/** The account's centre as stored, or an empty one (not stored until something is typed). */
export function getBuyingCentre(accountKey: string, all: BuyingCentres = $buyingCentres.get()): BuyingCentre {
  return all.find((c) => c.accountKey === accountKey) ?? emptyBuyingCentre(accountKey, '');
}

/**
 * Changes one account's centre as it is stored now (another tab's edits to other accounts are kept)
 * and stamps it. A centre left with no team and no people is removed rather than kept empty.
 */
export function updateBuyingCentre(accountKey: string, fn: (current: BuyingCentre) => Pick<BuyingCentre, 'team' | 'people'>): WriteResult {
  return $buyingCentres.updateLatest((list) => {
    const next = fn(getBuyingCentre(accountKey, list));
    const rest = list.filter((c) => c.accountKey !== accountKey);
    if (next.team.length === 0 && next.people.length === 0) return rest;
    const saved: BuyingCentre = { accountKey, updatedAt: nowIso(), team: next.team, people: next.people };
    const index = list.findIndex((c) => c.accountKey === accountKey);
    return index < 0 ? [...list, saved] : list.map((c, i) => (i === index ? saved : c));
  });
}

/** Puts a centre back exactly as it was (undo), or removes it when it did not exist. */
export function restoreBuyingCentre(accountKey: string, before: BuyingCentre | undefined): WriteResult {
  return $buyingCentres.updateLatest((list) => {
    const rest = list.filter((c) => c.accountKey !== accountKey);
    return before === undefined ? rest : [...rest, before];
  });
}
