/**
 * The DPM's segments as a table: name, revenue now and in three years, and 0–10 positions now and
 * in three years. Changes save as they are typed; a number out of range stays in its cell, marked,
 * and is not saved. A new segment gets focus; a removed one can be put back where it was.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { isMatrixScore, roundMoney } from '../../domain/index.ts';
import type { Segment } from '../../domain/index.ts';
import type { Locale } from '../../i18n/locales';
import { fill } from '../../i18n/fill';
import { $segments, removeSegment, saveSegment, setSegments, updateSegment } from '../../state/index.ts';
import { useTyping } from '../shared/useTyping.ts';
import { stepOnArrow } from '../shared/stepInput.ts';
import { formatTyped, parseTyped } from '../matrix-kit/typedNumbers';
import type { WriteResult } from '../../state/index.ts';
import { whenRefused } from '../matrix-kit/refused';
import { newId } from '../matrix-kit/newId';
import { UndoLine } from '../matrix-kit/UndoLine';
import { TableHead } from '../shared/TableHead.tsx';
import { segmentName } from './segmentName';
import { STRINGS } from './strings';
import { RemoveRowButton } from '../shared/RemoveRowButton';

type NumField = 'revenueNow' | 'revenueIn3Years' | 'attractivenessNow' | 'strengthNow' | 'attractivenessIn3Years' | 'strengthIn3Years';
const NUM_FIELDS: readonly NumField[] = [
  'revenueNow',
  'revenueIn3Years',
  'attractivenessNow',
  'strengthNow',
  'attractivenessIn3Years',
  'strengthIn3Years',
];
const isMoney = (f: NumField) => f === 'revenueNow' || f === 'revenueIn3Years';
/** Money is any amount from 0; positions are matrix scores. */
const accepts = (f: NumField, n: number | null): n is number =>
  isMoney(f) ? n !== null && Number.isFinite(n) && n >= 0 : isMatrixScore(n);

export function SegmentsEditor({
  locale,
  segments,
  onRefused,
}: {
  locale: Locale;
  segments: readonly Segment[];
  onRefused: (r: WriteResult) => void;
}) {
  const t = STRINGS[locale];
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const typing = useTyping();
  const [undo, setUndo] = useState<{ segment: Segment; index: number } | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const editor = useRef<HTMLTableElement>(null);
  const label: Record<NumField, string> = {
    revenueNow: t.colRevenueNow,
    revenueIn3Years: t.colRevenue3,
    attractivenessNow: t.colANow,
    strengthNow: t.colSNow,
    attractivenessIn3Years: t.colA3,
    strengthIn3Years: t.colS3,
  };
  const nameAt = (s: { name: string }, index: number) => segmentName(locale, s, index);

  const onName = (s: Segment, value: string) => {
    whenRefused(updateSegment(s.id, { name: value }), onRefused);
  };

  const onNumber = (s: Segment, field: NumField, input: HTMLInputElement) => {
    const cell = `${s.id}\u0000${field}`;
    typing.typed(cell, input.value);
    const n = parseTyped(input.value, locale);
    const ok = accepts(field, n);
    setDrafts((d) => {
      const next = { ...d };
      if (ok) delete next[cell];
      else next[cell] = input.value;
      return next;
    });
    if (ok) whenRefused(updateSegment(s.id, { [field]: isMoney(field) ? roundMoney(n) : n }), onRefused);
  };

  const add = () => {
    const s: Segment = {
      id: newId('seg'),
      name: t.newSegmentName,
      revenueNow: 0,
      revenueIn3Years: 0,
      attractivenessNow: 5,
      strengthNow: 5,
      attractivenessIn3Years: 5,
      strengthIn3Years: 5,
    };
    if (whenRefused(saveSegment(s), onRefused)) return;
    setFocusId(s.id);
  };

  // Focus the new segment's name once its row is on screen.
  useEffect(() => {
    if (focusId === null) return;
    const input = editor.current?.querySelector<HTMLInputElement>(`input[data-segment="${focusId}"][data-field="name"]`);
    if (input) {
      input.focus();
      setFocusId(null);
    }
  });

  const remove = (s: Segment) => {
    const index = segments.findIndex((x) => x.id === s.id);
    if (whenRefused(removeSegment(s.id), onRefused)) return;
    setUndo({ segment: s, index });
    setDrafts((d) => Object.fromEntries(Object.entries(d).filter(([k]) => !k.startsWith(`${s.id}\u0000`))));
  };

  const restore = () => {
    if (!undo) return;
    const list = $segments.get();
    if (!list.some((x) => x.id === undo.segment.id)) {
      const next = [...list];
      next.splice(Math.min(undo.index, next.length), 0, undo.segment);
      whenRefused(setSegments(next), onRefused);
    }
    setUndo(null);
  };

  const errors = Object.keys(drafts)
    .slice(0, 3)
    .map((cell) => {
      const [id, field] = cell.split('\u0000') as [string, NumField];
      const i = Math.max(
        0,
        segments.findIndex((x) => x.id === id),
      );
      const s = segments[i];
      return { cell, text: fill(isMoney(field) ? t.moneyError : t.scoreError, { segment: s ? nameAt(s, i) : id, field: label[field] }) };
    });

  return (
    <>
      {segments.length > 0 && (
        <div class="table-scroll">
          <table class="mx-scores mx-segments" ref={editor}>
            <caption class="sr-only">{t.editorTitle}</caption>
            <TableHead cols={[t.colSegment, ...NUM_FIELDS.map((f) => ({ num: label[f] })), { remove: t.colRemove }]} />
            <tbody>
              {segments.map((s, i) => {
                const name = nameAt(s, i);
                return (
                  <tr key={s.id} data-segment={s.id}>
                    <td>
                      <input
                        class="mx-name"
                        type="text"
                        maxLength={500}
                        value={s.name}
                        data-segment={s.id}
                        data-field="name"
                        aria-label={fill(t.fieldLabel, { segment: fill(t.unnamed, { n: i + 1 }), field: t.nameField })}
                        onInput={(e) => onName(s, e.currentTarget.value)}
                      />
                    </td>
                    {NUM_FIELDS.map((f) => {
                      const cell = `${s.id}\u0000${f}`;
                      const draft = drafts[cell];
                      return (
                        <td class="num" key={f}>
                          <input
                            class={isMoney(f) ? 'mx-money' : 'mx-score'}
                            type="text"
                            inputMode="decimal"
                            value={draft ?? typing.text(cell, formatTyped(locale, s[f]))}
                            onBlur={() => typing.done(cell)}
                            onKeyDown={(e) =>
                              stepOnArrow(e, isMoney(f) ? { locale, min: 0, step: 1000 } : { locale, min: 0, max: 10, step: 0.5 })
                            }
                            data-segment={s.id}
                            data-field={f}
                            aria-invalid={draft !== undefined ? 'true' : undefined}
                            aria-label={fill(t.fieldLabel, { segment: name, field: label[f] })}
                            onInput={(e) => onNumber(s, f, e.currentTarget)}
                          />
                        </td>
                      );
                    })}
                    <td class="no-print">
                      <RemoveRowButton class="mx-small" label={fill(t.removeSegment, { segment: name })} onClick={() => remove(s)} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div aria-live="polite">
        {errors.map((e) => (
          <p class="mx-error" role="alert" key={e.cell}>
            {e.text}
          </p>
        ))}
        <UndoLine locale={locale} message={undo && fill(t.removed, { segment: nameAt(undo.segment, undo.index) })} onUndo={restore} />
      </div>
      <p class="no-print">
        <button type="button" class="button secondary" onClick={add}>
          {t.addSegment}
        </button>
      </p>
    </>
  );
}
