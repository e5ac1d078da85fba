/**
 * What the import's pass keeps per client and per row, and the small character tests its fast
 * path reads cells with in place.
 */
import { detectCurrency } from './currency.ts';
import type { CurrencyEvidence } from './currency.ts';
import type { MoneySum } from './money.ts';

export const TOTAL_LABELS = new Set(['total', 'total geral', 'totais', 'subtotal', 'sub total', 'grand total', 'soma', 'totals']);

export type ClientAcc = {
  key: string;
  name: string;
  /** Exact to the cent: a long file of decimals must not drift (698659.1999999965). */
  revenue: MoneySum;
  segment: string | undefined;
  rows: number;
  firstLine: number;
  variants: Set<string> | undefined;
  variantLine: number;
  /** `name` holds no `'`, so the fast path may compare a row's name cell with it. */
  plainName: boolean;
};

/**
 * The rows kept for after the pass, in growable typed arrays: 1M transaction lines cost 12 to 16
 * bytes each instead of an object each. Client index and date id (-1 without a date column) start
 * as 16-bit columns (files have far fewer than 65 535 clients or distinct dates) and widen to
 * 32 bits when one does not fit; the amount is a double. The file line of row i is `i + offset`,
 * and the offset changes only where rows were skipped, so it is kept as a short list of (row,
 * offset) steps rather than 4 bytes a row.
 */
export class RowColumns {
  client: Uint16Array | Int32Array;
  date: Uint16Array | Int32Array;
  amount: Float64Array;
  length = 0;
  /** Rows at which `line - row` changes, and the new difference. */
  readonly stepRow: number[] = [];
  readonly stepOffset: number[] = [];
  private offset = -1;
  constructor(capacity: number) {
    const n = Math.max(1024, capacity);
    this.client = new Uint16Array(n);
    this.date = new Uint16Array(n);
    this.amount = new Float64Array(n);
  }
  push(client: number, date: number, amount: number, line: number): void {
    const i = this.length;
    if (i === this.amount.length) this.grow();
    if (client > 0xffff && this.client instanceof Uint16Array) this.client = Int32Array.from(this.client);
    // -1 (no date column) does not fit 16 bits either.
    if ((date > 0xffff || date < 0) && this.date instanceof Uint16Array) this.date = Int32Array.from(this.date);
    this.client[i] = client;
    this.date[i] = date;
    this.amount[i] = amount;
    if (line - i !== this.offset) {
      this.offset = line - i;
      this.stepRow.push(i);
      this.stepOffset.push(this.offset);
    }
    this.length = i + 1;
  }
  private grow(): void {
    const n = this.amount.length * 2;
    const client = this.client instanceof Uint16Array ? new Uint16Array(n) : new Int32Array(n);
    client.set(this.client);
    this.client = client;
    const date = this.date instanceof Uint16Array ? new Uint16Array(n) : new Int32Array(n);
    date.set(this.date);
    this.date = date;
    const amount = new Float64Array(n);
    amount.set(this.amount);
    this.amount = amount;
  }
}

/** A hash of `s.slice(from, to)` (FNV-1a over UTF-16 units, cut to a small integer), read in place. */
export function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h & 0x3fffffff;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * An amount cell that starts with a digit (or `-` and a digit) and ends with a digit: one that
 * names no currency (so `noteCurrency` would find nothing) and needs no formula unquoting.
 */
export function isPlainNumberCell(s: string, from: number, to: number): boolean {
  if (to <= from || !isDigit(s.charCodeAt(to - 1))) return false;
  const c = s.charCodeAt(from);
  return isDigit(c) || (c === 45 && to - from > 1 && isDigit(s.charCodeAt(from + 1)));
}

export function isSignOrSpace(c: number): boolean {
  return c === 32 || c === 45 || c === 40 || c === 41 || c === 43 || c === 9 || c === 0xa0;
}

export function currencyEvidence(symbols: ReadonlySet<string>, columnValues: ReadonlySet<string>): CurrencyEvidence {
  return detectCurrency(
    [...symbols].map((code) => `${code} 1`),
    [...columnValues],
  );
}

/** Exactly the characters `String.prototype.trim` removes. */
export function isTrimSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
