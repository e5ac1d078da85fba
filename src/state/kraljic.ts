/**
 * `$kraljic`: per account, how the customer's buyer classifies what we sell (the Kraljic tool's six
 * answers). Added after the numbered migrations with an empty default: older data and backups have
 * no `kraljic` key and load as the empty list, so it needs no migration step.
 */
// The schema module only: pages that store (every tool's backup code) do not need the reading rules.
import type { KraljicAnswers, KraljicReading } from '../domain/kraljicSchema.ts';
import { nowIso } from './ids.ts';
import { persistedAtom } from './persisted.ts';
import type { WriteResult } from './persisted.ts';
import { defaultKraljic, kraljicStoreSchema } from './schemas/kraljic.ts';
import type { KraljicReadings } from './schemas/kraljic.ts';

export const $kraljic = persistedAtom({ name: 'kraljic', schema: kraljicStoreSchema, makeDefault: defaultKraljic });

/** The account's reading as stored, or undefined when the buyer's view has not been assessed. */
export function getKraljic(accountKey: string, all: KraljicReadings = $kraljic.get()): KraljicReading | undefined {
  return all.find((r) => r.accountKey === accountKey);
}

/**
 * Changes one account's answers as they are stored now (another tab's edits to other accounts are
 * kept) and stamps them. A reading left with no answer is removed rather than kept empty.
 */
export function updateKraljic(accountKey: string, fn: (current: KraljicAnswers) => KraljicAnswers): WriteResult {
  return $kraljic.updateLatest((list) => {
    const next = fn(getKraljic(accountKey, list)?.answers ?? {});
    const rest = list.filter((r) => r.accountKey !== accountKey);
    if (Object.values(next).every((a) => a === undefined)) return rest;
    const saved: KraljicReading = { accountKey, updatedAt: nowIso(), answers: next };
    const index = list.findIndex((r) => r.accountKey === accountKey);
    return index < 0 ? [...list, saved] : list.map((r, i) => (i === index ? saved : r));
  });
}

/** Puts a reading back exactly as it was (undo), or removes it when it did not exist. */
export function restoreKraljic(accountKey: string, before: KraljicReading | undefined): WriteResult {
  return $kraljic.updateLatest((list) => {
    const rest = list.filter((r) => r.accountKey !== accountKey);
    return before === undefined ? rest : [...rest, before];
  });
}
