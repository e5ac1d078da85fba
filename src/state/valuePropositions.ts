/** `$valuePropositions`: per account, the customer-specific value proposition (the value-proposition tool). */
// The schema module only: pages that store (every tool's backup code) do not need the reading rules.
import { emptyValueProposition, isEmptyValueProposition } from '../domain/valuePropositionSchema.ts';
import type { ValueProposition, ValuePropositionContent } from '../domain/valuePropositionSchema.ts';
import { nowIso } from './ids.ts';
import { persistedAtom } from './persisted.ts';
import type { WriteResult } from './persisted.ts';
import { defaultValuePropositions, valuePropositionsSchema } from './schemas/valuePropositions.ts';
import type { ValuePropositions } from './schemas/valuePropositions.ts';

export const $valuePropositions = persistedAtom({
  name: 'valuePropositions',
  schema: valuePropositionsSchema,
  makeDefault: defaultValuePropositions,
});

/** The account's proposition as stored, or an empty one (not stored until something is typed). */
export function getValueProposition(accountKey: string, all: ValuePropositions = $valuePropositions.get()): ValueProposition {
  return all.find((p) => p.accountKey === accountKey) ?? emptyValueProposition(accountKey, '');
}

/**
 * Changes one account's proposition as it is stored now (another tab's edits to other accounts are
 * kept) and stamps it. A proposition left with nothing in it is removed rather than kept empty.
 */
export function updateValueProposition(accountKey: string, fn: (current: ValuePropositionContent) => ValuePropositionContent): WriteResult {
  return $valuePropositions.updateLatest((list) => {
    const { accountKey: _key, updatedAt: _at, ...current } = getValueProposition(accountKey, list);
    const next = fn(current);
    const rest = list.filter((p) => p.accountKey !== accountKey);
    if (isEmptyValueProposition(next)) return rest;
    const saved: ValueProposition = {
      accountKey,
      updatedAt: nowIso(),
      alternative: next.alternative,
      offer: next.offer,
      csfs: next.csfs,
      lines: next.lines,
    };
    const index = list.findIndex((p) => p.accountKey === accountKey);
    return index < 0 ? [...list, saved] : list.map((p, i) => (i === index ? saved : p));
  });
}

/** Puts a proposition back exactly as it was (undo), or removes it when it did not exist. */
export function restoreValueProposition(accountKey: string, before: ValueProposition | undefined): WriteResult {
  return $valuePropositions.updateLatest((list) => {
    const rest = list.filter((p) => p.accountKey !== accountKey);
    return before === undefined ? rest : [...rest, before];
  });
}
