/**
 * The dashboard's value-proposition lines: for each key account, what its one-page value
 * proposition holds (named critical success factors, the resonating focus, the value in use per
 * year and how the split reads), or that it has none yet. Every figure is valueProposition.ts's
 * `readProposition`, so the dashboard says what the value-proposition tool says.
 */
import { isEmptyValueProposition, propositionFor, readProposition } from './valueProposition.ts';
import type { SplitReading, ValueProposition } from './valueProposition.ts';

export type PropositionDashboardLine = {
  key: string;
  name: string;
  /** Null when the account has no proposition (or only an empty one). */
  proposition: {
    /** Critical success factors with a name (unnamed rows are drafts, not factors). */
    factors: number;
    /** Favourable points of difference on what matters most (at most FOCUS_MAX). */
    focus: number;
    /** Value in use per year beyond price (the worksheet's `valueCreated`), in money. */
    valueInUse: number;
    split: SplitReading;
  } | null;
};

/** One line per key account, in the order given (the dashboard's own order). */
export function propositionDashboardLines(
  keyAccounts: readonly { key: string; name: string }[],
  propositions: readonly ValueProposition[],
): PropositionDashboardLine[] {
  return keyAccounts.map((account) => {
    const p = propositionFor(propositions, account.key);
    if (p === undefined || isEmptyValueProposition(p)) return { key: account.key, name: account.name, proposition: null };
    const r = readProposition(p);
    return {
      key: account.key,
      name: account.name,
      proposition: {
        factors: p.csfs.filter((c) => c.factor.trim() !== '').length,
        focus: r.focus.length,
        valueInUse: r.sheet.valueCreated,
        split: r.split,
      },
    };
  });
}
