/**
 * "Mark class A as key-account candidates": a preview of who would be marked (and who already is,
 * or stays marked outside class A), then the caller's `onConfirm` with the keys to mark.
 */
import { useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import { formatNumber } from '../../i18n/format';
import type { KeyAccountChange } from '../../domain/paretoExtras.ts';
import { fill } from '../../i18n/fill';
import type { ParetoStrings } from './strings.ts';

type Props = {
  locale: Locale;
  t: ParetoStrings;
  change: KeyAccountChange;
  nameOf: ReadonlyMap<string, string>;
  onConfirm: (keys: string[]) => void;
};

export function MarkClassA({ locale, t, change, nameOf, onConfirm }: Props) {
  const [previewing, setPreviewing] = useState(false);
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
              <p>{fill(t.markPreview, { n: count(change.toMark.length) })}</p>
              <ul class="pareto-mark-list">
                {change.toMark.map((k) => (
                  <li key={k}>{nameOf.get(k) ?? k}</li>
                ))}
              </ul>
            </>
          )}
          {change.alreadyKey.length > 0 && <p>{fill(t.markAlready, { n: count(change.alreadyKey.length) })}</p>}
          {change.keyOutsideA.length > 0 && <p>{fill(t.markOutside, { n: count(change.keyOutsideA.length) })}</p>}
          <div class="tool-actions">
            {change.toMark.length > 0 && (
              <button
                type="button"
                class="button"
                onClick={() => {
                  setPreviewing(false);
                  onConfirm(change.toMark);
                }}
              >
                {t.markConfirm}
              </button>
            )}
            <button type="button" class="button secondary" onClick={() => setPreviewing(false)}>
              {t.cancel}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
