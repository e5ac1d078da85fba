/**
 * Money arithmetic that stays exact to the cent.
 *
 * Amounts arrive as doubles parsed from text ("1234.56"), and a double cannot hold most decimals
 * exactly: adding a million of them in floating point drifts (698659.1999999965). Sums are therefore
 * kept in integer cents, which doubles represent exactly up to 2^53 (about 90 trillion in any
 * currency). Amounts with more than two decimals (unit prices, some ERPs) keep their sub-cent part in
 * a separate small accumulator, so the result is the true sum rounded once, at the end — not the sum
 * of amounts each rounded to the cent.
 */

/** Rounds to the cent (half away from zero), without -0. */
export function roundMoney(value: number): number {
  if (!Number.isFinite(value)) return value;
  // Scale first, then correct the binary representation error of the scaled value (1.005 * 100 is
  // 100.49999999999999) before rounding, so a value written with two or three decimals rounds as
  // its decimal text says.
  const scaled = value * 100;
  const nudged = Math.round(scaled * 1e6) / 1e6;
  const cents = nudged < 0 ? -Math.round(-nudged) : Math.round(nudged);
  return cents === 0 ? 0 : cents / 100;
}

/** A running sum of money amounts, exact to the cent. */
export class MoneySum {
  private cents = 0;
  private subCents = 0;
  private finite = true;

  add(amount: number): this {
    if (!Number.isFinite(amount)) {
      this.finite = false;
      return this;
    }
    const c = Math.round(amount * 100);
    this.cents += c;
    this.subCents += amount * 100 - c;
    return this;
  }

  /** The sum, rounded to the cent; NaN when a non-finite amount was added or the sum overflowed. */
  get value(): number {
    if (!this.finite || !Number.isSafeInteger(this.cents)) return NaN;
    const cents = this.cents + Math.round(this.subCents);
    return cents === 0 ? 0 : cents / 100;
  }
}

/** The sum of `amounts`, exact to the cent (NaN when one is not finite). */
export function sumMoney(amounts: Iterable<number>): number {
  const sum = new MoneySum();
  for (const a of amounts) sum.add(a);
  return sum.value;
}
