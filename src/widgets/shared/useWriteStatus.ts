/**
 * The status line of a tool that writes (shown by `<StatusRegion>`): information, errors, and the undo
 * of the last destructive write (a new status drops it); a failed write is always put into words by
 * `writeProblem`. `useAccountTool` builds on it; a tool with no account (cost to serve) uses it alone.
 */
import { useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import type { WriteResult } from '../../state/index';
import type { Status, StatusTone } from './StatusRegion';
import { applied, writeProblem } from './writeProblem';

/** What a saved write says (`text`), and the write that takes it back (`undo`). */
export type WriteThen = { text?: string; undo?: () => WriteResult };

/** `kept`: the tool's sentence after "Not saved: …". */
export function useWriteStatus(locale: Locale, kept: string) {
  const [status, setStatus] = useState<Status | null>(null);
  const say = (text: string, tone: StatusTone = 'info') => setStatus({ tone, text });
  const clear = () => setStatus(null);

  const withUndo = (undo: (() => WriteResult) | undefined) =>
    undo === undefined
      ? undefined
      : () => {
          setStatus(null);
          report(undo());
        };

  /**
   * Refused: the reason, and false. Kept in memory only ('not-saved'): the reason, with `then.undo`
   * still offered, and true. Saved: `then.text` (with its undo) if given, else the status is left as
   * it is, and true.
   */
  function report(result: WriteResult, then?: WriteThen): boolean {
    const problem = writeProblem(result, locale, kept);
    if (problem !== null) {
      setStatus({ tone: 'error', text: problem, ...(applied(result) ? { undo: withUndo(then?.undo) } : {}) });
      return applied(result);
    }
    if (then?.text !== undefined) setStatus({ tone: 'info', text: then.text, undo: withUndo(then.undo) });
    return true;
  }

  return { status, say, clear, report };
}
