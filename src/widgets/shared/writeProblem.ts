/**
 * The one way a tool puts a failed write into words: "Not saved: <why>." plus the tool's own
 * sentence about what is kept ("Your answers are kept on this page only."). Every tool calls this;
 * none spells the reasons itself.
 */
import type { Locale } from '../../i18n/locales';
import { fill } from '../../i18n/fill';
import type { WriteResult } from '../../state/index';
import { COMMON } from '../../i18n/common';
import type { ToastState } from './UndoToast';

export type WriteFailure = Extract<WriteResult, { ok: false }>['reason'];

/** True when the change took effect on this page: saved, or kept in memory because storage refused it. */
export function applied(result: WriteResult): boolean {
  return result.ok || result.reason === 'not-saved';
}

/** "Your changes are kept on this page only.": what follows a refused write when the tool has no words of its own. */
export const keptOnPage = (locale: Locale): string => COMMON[locale].keptOnPage;

/** A translated sentence for a failed write, or null when it was saved; `kept` (the tool's words) follows it. */
export function writeProblem(result: WriteResult, locale: Locale, kept?: string): string | null {
  if (result.ok) return null;
  // Every failure reason has its words in the common dictionary, keyed `reason.<reason>`.
  const sentence = fill(COMMON[locale].notSaved, { reason: COMMON[locale][`reason.${result.reason}`] });
  return kept === undefined ? sentence : `${sentence} ${kept}`;
}

/**
 * The toast after a change (UndoToast): `done` when it was saved. When storage refused it but the
 * change took effect on this page, `done`'s words and undo stay, followed by the problem and `kept`;
 * when the change was not made, the problem alone.
 */
export function writeToast(result: WriteResult, locale: Locale, done: ToastState, kept: string = keptOnPage(locale)): ToastState {
  if (result.ok) return done;
  if (!applied(result)) return { text: writeProblem(result, locale) ?? '', tone: 'error' };
  const problem = writeProblem(result, locale, kept) ?? '';
  return { text: done ? `${done.text} ${problem}` : problem, tone: 'error', ...(done?.undo ? { undo: done.undo } : {}) };
}
