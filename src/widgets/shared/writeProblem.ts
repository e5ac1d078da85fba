/** The sentence a tool shows when a change could not be saved. */
import type { WriteResult } from '../../state/index';

type ReasonTexts = { notSaved: string; reasonReadOnly: string; reasonHeld: string; reasonInvalid: string; reasonConflict: string; reasonNotSaved: string };

/** A translated sentence for a failed write, or null when it was saved. */
export function writeProblem(result: WriteResult, t: ReasonTexts): string | null {
  if (result.ok) return null;
  const reasons: Record<Exclude<WriteResult, { ok: true }>['reason'], string> = {
    'read-only': t.reasonReadOnly,
    held: t.reasonHeld,
    invalid: t.reasonInvalid,
    conflict: t.reasonConflict,
    'not-saved': t.reasonNotSaved,
  };
  const reason = reasons[result.reason];
  return t.notSaved.replace('{reason}', reason);
}
