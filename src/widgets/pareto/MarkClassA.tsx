/**
 * "Mark class A as key-account candidates": a preview of who would be marked (and who already is,
 * or stays marked outside class A), then the marking, with Undo, the count in words and where to
 * go next. Loaded after the results (see Pareto.tsx): it is not needed to read them.
 */
import { useState } from 'preact/hooks';
import { COMMON } from '../../i18n/common';
import type { Locale } from '../../i18n/locales';
import { formatNumber } from '../../i18n/format';
import { localePath } from '../../i18n/paths';
import type { KeyAccountChange } from '../../domain/paretoExtras.ts';
import { setCandidates } from '../../state/index.ts';
import type { WriteResult } from '../../state/index.ts';
import type { ToastState } from '../shared/UndoToast.tsx';
import { applied } from '../shared/writeProblem';
import { fillCount } from '../../i18n/plural';
import { MARK_STRINGS } from './markStrings.ts';

type Props = {
  locale: Locale;
  change: KeyAccountChange;
  nameOf: ReadonlyMap<string, string>;
  /** Shows the outcome of a write (the toast, or why it failed). */
  report: (result: WriteResult, ok: ToastState) => void;
};

export function MarkClassA({ locale, change, nameOf, report }: Props) {
  const t = MARK_STRINGS[locale];
  const [previewing, setPreviewing] = useState(false);
  // Say what happened and where to go next: candidates are weighed in fit/cost, then diagnosed.
  const confirm = (keys: string[]) => {
    const written = setCandidates(keys, true);
    report(written, {
      text: fillCount(locale, t.marked, { n: formatNumber(locale, keys.length) }),
      next: [
        { href: localePath(locale, 'tools/fit-cost'), label: t.nextFitCost },
        { href: localePath(locale, 'tools/stage-diagnosis'), label: t.nextDiagnosis },
        { href: localePath(locale, 'dashboard'), label: t.nextDashboard },
      ],
      ...(applied(written) ? { undo: () => report(setCandidates(keys, false), { text: t.undone }) } : {}),
    });
  };
  const count = (n: number) => formatNumber(locale, n);
  return (
    <section class="pareto-mark no-print">
      <h4>{t.markHeading}</h4>
      {!previewing ? (
        <button type="button" class="button" data-action="mark-class-a" onClick={() => setPreviewing(true)}>
          {t.markButton}
        </button>
      ) : (
        <div class="card" data-mark-preview>
          {change.toMark.length === 0 ? (
            <p>{t.markPreviewNone}</p>
          ) : (
            <>
              <p>{fillCount(locale, t.markPreview, { n: count(change.toMark.length) })}</p>
              <ul class="pareto-mark-list">
                {change.toMark.map((k) => (
                  <li key={k}>{nameOf.get(k) ?? k}</li>
                ))}
              </ul>
            </>
          )}
          {change.alreadyKey.length > 0 && <p>{fillCount(locale, t.markAlready, { n: count(change.alreadyKey.length) })}</p>}
          {change.keyOutsideA.length > 0 && <p>{fillCount(locale, t.markOutside, { n: count(change.keyOutsideA.length) })}</p>}
          <div class="tool-actions">
            {change.toMark.length > 0 && (
              <button
                type="button"
                class="button"
                onClick={() => {
                  setPreviewing(false);
                  confirm(change.toMark);
                }}
              >
                {t.markConfirm}
              </button>
            )}
            <button type="button" class="button secondary" onClick={() => setPreviewing(false)}>
              {COMMON[locale].cancel}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
