/**
 * A customer-specific value proposition (Anderson, Narus & van Rossum, "Customer value propositions
 * in business markets", HBR 2006): not "all benefits" we could list, nor every "favourable point of
 * difference", but a **resonating focus** — the one to three points where we beat the customer's
 * best alternative on what matters most to this customer, worth money the customer can check.
 *
 * - Critical success factors: importance to the customer (1..5, the account plan's scale), how the
 *   customer rates us and the best alternative (0..10). Each is a point of difference (we are
 *   better), of parity (equal) or of contention (the alternative is better).
 * - Value in use / total cost of ownership, per year in money: each line is what the customer pays,
 *   spends or loses with our offer and with the alternative (a gain for `revenue` lines). Totals are
 *   summed in integer cents, so they add up to the cent whatever the order of the lines.
 * - The split: the value our offer creates beyond price, the price premium we ask (our price minus
 *   the alternative's), the net value left to the customer, and the share of the value we ask for.
 */
export * from './valuePropositionSchema.ts';
import type { ValueCategory, ValueCsf, ValueLine, ValuePropositionContent } from './valuePropositionSchema.ts';
import { nextItemId } from './itemIds.ts';

/** A factor is in the resonating focus only when it matters this much to the customer (4 = important, 5 = decisive). */
export const FOCUS_MIN_IMPORTANCE = 4;
/** The focus names at most this many points: a proposition with more is back to "all benefits". */
export const FOCUS_MAX = 3;
/** Asking for more than this share of the value created leaves the buyer too little reason to switch or stay. */
export const FAIR_SHARE_MAX = 0.5;

export type CsfPoint = 'difference' | 'parity' | 'contention';

/** Where a factor stands against the best alternative. */
export function csfPoint(csf: Pick<ValueCsf, 'ours' | 'best'>): CsfPoint {
  return csf.ours > csf.best ? 'difference' : csf.ours < csf.best ? 'contention' : 'parity';
}

/**
 * The resonating focus: favourable points of difference (we score higher than the best alternative)
 * on factors of importance ≥ FOCUS_MIN_IMPORTANCE, the most important first, then the widest lead,
 * then list order; at most FOCUS_MAX. Unnamed factors are ignored.
 */
export function resonatingFocus(csfs: readonly ValueCsf[]): ValueCsf[] {
  return csfs
    .map((c, index) => ({ c, index }))
    .filter(({ c }) => c.factor.trim() !== '' && csfPoint(c) === 'difference' && c.importance >= FOCUS_MIN_IMPORTANCE)
    .sort((a, b) => b.c.importance - a.c.importance || b.c.ours - b.c.best - (a.c.ours - a.c.best) || a.index - b.index)
    .slice(0, FOCUS_MAX)
    .map(({ c }) => c);
}

const toCents = (value: number): number => Math.round(value * 100);
const fromCents = (cents: number): number => (cents === 0 ? 0 : cents / 100);

/** A line's value to the customer with our offer rather than the alternative, in cents (positive = better with us). */
function lineCents(line: Pick<ValueLine, 'category' | 'ours' | 'alternative'>): number {
  const ours = toCents(line.ours);
  const alternative = toCents(line.alternative);
  return line.category === 'revenue' ? ours - alternative : alternative - ours;
}

export type WorksheetLine = ValueLine & { value: number };

export interface Worksheet {
  lines: WorksheetLine[];
  /** Value created beyond price, per category (price: 0; see `premium`). */
  byCategory: Record<ValueCategory, number>;
  /** Total cost of ownership per year (price + acquisition + usage + risk), ours and the alternative's. */
  tco: { ours: number; alternative: number };
  /** Revenue the customer gains per year with us over the alternative. */
  revenueGain: number;
  /** Value in use our offer creates beyond price: every non-price line. */
  valueCreated: number;
  /** Our price minus the alternative's (positive: we are dearer). */
  premium: number;
  /** What the customer is better off per year with us, price included: valueCreated − premium. */
  netToCustomer: number;
  /** premium / valueCreated; null when no value is created. */
  shareAsked: number | null;
  /** Value created on lines the customer has verified, and on lines with a documented source. */
  verified: number;
  documented: number;
}

/** The value-in-use / TCO worksheet, summed in integer cents. */
export function worksheet(lines: readonly ValueLine[]): Worksheet {
  const cat: Record<ValueCategory, number> = { price: 0, acquisition: 0, usage: 0, risk: 0, revenue: 0 };
  let tcoOurs = 0;
  let tcoAlt = 0;
  let premium = 0;
  let verified = 0;
  let documented = 0;
  const out: WorksheetLine[] = [];
  for (const line of lines) {
    const value = lineCents(line);
    out.push({ ...line, value: fromCents(value) });
    if (line.category === 'price') premium -= value;
    else {
      cat[line.category] += value;
      if (line.verified) verified += value;
      if (line.source.trim() !== '') documented += value;
    }
    if (line.category !== 'revenue') {
      tcoOurs += toCents(line.ours);
      tcoAlt += toCents(line.alternative);
    }
  }
  const created = cat.acquisition + cat.usage + cat.risk + cat.revenue;
  return {
    lines: out,
    byCategory: {
      price: 0,
      acquisition: fromCents(cat.acquisition),
      usage: fromCents(cat.usage),
      risk: fromCents(cat.risk),
      revenue: fromCents(cat.revenue),
    },
    tco: { ours: fromCents(tcoOurs), alternative: fromCents(tcoAlt) },
    revenueGain: fromCents(cat.revenue),
    valueCreated: fromCents(created),
    premium: fromCents(premium),
    netToCustomer: fromCents(created - premium),
    shareAsked: created > 0 ? premium / created : null,
    verified: fromCents(verified),
    documented: fromCents(documented),
  };
}

/**
 * How the split reads:
 * - `no-value`: our offer creates no value beyond price: nothing to propose yet;
 * - `customer-loses`: the premium is larger than the value: the customer is worse off with us;
 * - `too-greedy`: we ask for more than FAIR_SHARE_MAX of the value created;
 * - `value-given-away`: value is created and we ask no premium (or are cheaper);
 * - `balanced`: otherwise.
 */
export type SplitReading = 'no-value' | 'customer-loses' | 'too-greedy' | 'value-given-away' | 'balanced';

export function readSplit(sheet: Pick<Worksheet, 'valueCreated' | 'premium' | 'netToCustomer' | 'shareAsked'>): SplitReading {
  if (!(sheet.valueCreated > 0)) return 'no-value';
  if (sheet.netToCustomer < 0) return 'customer-loses';
  if (sheet.premium <= 0) return 'value-given-away';
  if (sheet.shareAsked !== null && sheet.shareAsked > FAIR_SHARE_MAX) return 'too-greedy';
  return 'balanced';
}

export interface PropositionReading {
  sheet: Worksheet;
  focus: ValueCsf[];
  /** Value the worksheet puts on each focus factor (lines linked to it), by factor id. */
  focusValue: Record<string, number>;
  points: Record<CsfPoint, ValueCsf[]>;
  split: SplitReading;
}

export function readProposition(p: Pick<ValuePropositionContent, 'csfs' | 'lines'>): PropositionReading {
  const sheet = worksheet(p.lines);
  const focus = resonatingFocus(p.csfs);
  const focusValue: Record<string, number> = {};
  for (const f of focus) {
    let cents = 0;
    for (const l of p.lines) if (l.csf === f.id && l.category !== 'price') cents += lineCents(l);
    focusValue[f.id] = fromCents(cents);
  }
  const named = p.csfs.filter((c) => c.factor.trim() !== '');
  const points: Record<CsfPoint, ValueCsf[]> = { difference: [], parity: [], contention: [] };
  for (const c of named) points[csfPoint(c)].push(c);
  return { sheet, focus, focusValue, points, split: readSplit(sheet) };
}

export function newValueCsf(csfs: readonly ValueCsf[]): ValueCsf {
  return { id: nextItemId(csfs, 'csf'), factor: '', importance: 3, ours: 5, best: 5 };
}

export function newValueLine(lines: readonly ValueLine[], category: ValueCategory = 'usage'): ValueLine {
  return { id: nextItemId(lines, 'line'), category, label: '', ours: 0, alternative: 0, csf: '', source: '', verified: false };
}
