/**
 * The classification matrix as a table being filled in: only the accounts scored on every criterion
 * are classified (counted per quadrant by classificationCounts.ts). Apart from classification.ts so the
 * pages that only classify (dashboard, workshop) do not download it.
 */
import { classifyAccounts } from './classification.ts';
import type { ClassificationInput, ClassifiedAccount } from './classification.ts';

/**
 * Classifies the accounts scored on every criterion and leaves the others out (a table being filled
 * in); an unusable configuration classifies nobody.
 */
export function classifyScoredAccounts(input: ClassificationInput): ClassifiedAccount[] {
  const ids = [...input.attractiveness, ...input.strength].map((c) => c.id);
  const complete = input.accounts.filter((a) => ids.length > 0 && ids.every((id) => Object.hasOwn(a.scores, id)));
  const result = classifyAccounts({ ...input, accounts: complete });
  return result.ok ? result.accounts : [];
}
