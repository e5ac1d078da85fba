/**
 * The one way a tool puts a failed write into words: "Not saved: <why>." plus the tool's own
 * sentence about what is kept ("Your answers are kept on this page only."). Every tool calls this;
 * none spells the reasons itself.
 */
import type { Locale } from '../../i18n/locales';
import { fill } from '../../i18n/fill';
import type { WriteResult } from '../../state/index';
import { TOOL_STRINGS } from './toolStrings';

export type WriteFailure = Extract<WriteResult, { ok: false }>['reason'];

/** True when the change took effect on this page: saved, or kept in memory because storage refused it. */
export function applied(result: WriteResult): boolean {
  return result.ok || result.reason === 'not-saved';
}

/** The reason alone, translated ("the browser refused to store it…"). */
function writeReason(locale: Locale, reason: WriteFailure): string {
  const t = TOOL_STRINGS[locale];
  const reasons: Record<WriteFailure, string> = {
    'read-only': t.reasonReadOnly,
    held: t.reasonHeld,
    invalid: t.reasonInvalid,
    conflict: t.reasonConflict,
    'not-saved': t.reasonNotSaved,
  };
  return reasons[reason];
}

/** A translated sentence for a failed write, or null when it was saved; `kept` (the tool's words) follows it. */
export function writeProblem(result: WriteResult, locale: Locale, kept?: string): string | null {
  if (result.ok) return null;
  const sentence = fill(TOOL_STRINGS[locale].notSaved, { reason: writeReason(locale, result.reason) });
  return kept === undefined ? sentence : `${sentence} ${kept}`;
}
