/** The 0..10 scale of every matrix score (classification criteria, fit and cost, DPM positions). */

/** A score these matrices accept: a number from 0 to 10 (null, NaN and the rest are not). */
export function isMatrixScore(n: number | null): n is number {
  return n !== null && Number.isFinite(n) && n >= 0 && n <= 10;
}
