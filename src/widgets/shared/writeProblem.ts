/** The sentence a tool shows when a change could not be saved. */
import type { WriteResult } from '../../state/index';

type ReasonTexts = { notSaved: string; reasonReadOnly: string; reasonInvalid: string; reasonConflict: string; reasonNotSaved: string };

/** A translated sentence for a failed write, or null when it was saved. */
export function writeProblem(result: WriteResult, t: ReasonTexts): string | null {
  if (result.ok) return null;
  const reason =
    result.reason === 'read-only'
      ? t.reasonReadOnly
      : result.reason === 'invalid'
        ? t.reasonInvalid
        : result.reason === 'conflict'
          ? t.reasonConflict
          : t.reasonNotSaved;
  return t.notSaved.replace('{reason}', reason);
}
