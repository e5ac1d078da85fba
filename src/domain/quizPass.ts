/** The pass rule for a lesson's quiz, shared by the quiz and the course summary. */

/** A quiz is passed at 70 % or more. */
const PASS_PERCENT = 70;

/** Integer arithmetic, so 7 of 10 passes and is never lost to rounding. */
export function isPassing(score: number, total: number): boolean {
  return total > 0 && score * 100 >= total * PASS_PERCENT;
}
