/**
 * The DPM's parts that only segments bring: their table (name, revenue now and in three years, and
 * 0–10 positions now and in three years, edited in place) and the chart's rows, summary and points.
 * Only stored data brings segments (the server-rendered page has none), so Dpm.tsx fetches this
 * module once hydration finds some, or the first one is added. The editing state is the island's
 * (useSegmentsEditing.ts), and so are the words and the chart's frame (`render`): what this module
 * shares with the island's first download is passed in rather than imported, so fetching it later
 * adds no chunk to that download nor to the other matrix tools'.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { VNode } from 'preact';
import type { Locale } from '../../i18n/locales';
import type { Segment } from '../../domain/index.ts';
import { fill } from '../../i18n/fill';
import { TableHead } from '../shared/TableHead.tsx';
import { RemoveRowButton } from '../shared/RemoveRowButton';
import { stepOnArrow } from '../shared/stepInput.ts';
import { parseTyped } from '../matrix-kit/readTyped';
import { formatTyped, score } from '../matrix-kit/numberText';
import { dpmChart } from './dpmChart';
import type { DpmChart, DpmChartInput } from './dpmChart';
import type { DpmTexts } from './dpmFigure';
import type { SegmentsEditing } from './useSegmentsEditing';
import { ROWS } from './rowStrings';

type TableProps = { locale: Locale; t: DpmTexts; segments: readonly Segment[]; edit: SegmentsEditing };

export function SegmentsTable({ locale, t, segments, edit }: TableProps) {
  const r = ROWS[locale];
  const editor = useRef<HTMLTableElement>(null);

  // Focus the new segment's name once its row is on screen.
  useEffect(() => {
    if (edit.focusId === null) return;
    const input = editor.current?.querySelector<HTMLInputElement>(`input[data-segment="${edit.focusId}"][data-field="name"]`);
    if (input) {
      input.focus();
      edit.focused();
    }
  });

  if (segments.length === 0) return null;
  return (
    <div class="table-scroll">
      <table class="mx-scores mx-segments" ref={editor}>
        <caption class="sr-only">{t.editorTitle}</caption>
        <TableHead cols={[t.colSegment, ...edit.fields.map((f) => ({ num: edit.label[f] })), { remove: r.colRemove }]} />
        <tbody>
          {segments.map((s, i) => {
            const name = edit.nameAt(s, i);
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
                    aria-label={fill(r.fieldLabel, { segment: fill(t.unnamed, { n: i + 1 }), field: r.nameField })}
                    onInput={(e) => edit.onName(s, e.currentTarget.value)}
                  />
                </td>
                {edit.fields.map((f) => (
                  <td class="num" key={f}>
                    <input
                      class={edit.isMoney(f) ? 'mx-money' : 'mx-score'}
                      type="text"
                      inputMode="decimal"
                      value={edit.text(s, f, formatTyped(locale, s[f]))}
                      onBlur={() => edit.onBlur(s, f)}
                      onKeyDown={(e) =>
                        stepOnArrow(e, edit.isMoney(f) ? { locale, min: 0, step: 1000 } : { locale, min: 0, max: 10, step: 0.5 })
                      }
                      data-segment={s.id}
                      data-field={f}
                      aria-invalid={edit.invalid(s, f) ? 'true' : undefined}
                      aria-label={fill(r.fieldLabel, { segment: name, field: edit.label[f] })}
                      onInput={(e) => edit.onNumber(s, f, e.currentTarget.value, parseTyped(e.currentTarget.value, locale))}
                    />
                  </td>
                ))}
                <td class="no-print">
                  <RemoveRowButton class="mx-small" label={fill(r.removeSegment, { segment: name })} onClick={() => edit.remove(s)} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The chart's figures from the segments, drawn by the island's frame (`render`, the matrix chart). */
type RowsProps = Omit<DpmChartInput, 'score'> & {
  render: (chart: DpmChart) => VNode;
  /** What the island shows while this module loads (or if it cannot). */
  waiting: (failed: boolean) => VNode;
};

export function DpmChartRows({ render, waiting: _waiting, ...input }: RowsProps) {
  return render(dpmChart({ ...input, score: (n) => score(input.locale, n) }));
}
