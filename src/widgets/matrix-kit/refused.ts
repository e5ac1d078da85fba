/**
 * Whether a write was refused (read-only, held, another tab…) rather than only not kept across
 * reloads ('not-saved': the change stands for this visit, so the tools do not report it).
 */
import type { WriteResult } from '../../state/index.ts';

export const refused = (r: WriteResult): boolean => !r.ok && r.reason !== 'not-saved';

/** Passes a refused write to `onRefused` (which puts it into words) and says whether it was refused. */
export function whenRefused(r: WriteResult, onRefused: (r: WriteResult) => void): boolean {
  if (!refused(r)) return false;
  onRefused(r);
  return true;
}
