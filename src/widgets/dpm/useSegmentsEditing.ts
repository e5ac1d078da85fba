/**
 * The DPM segments' editing: what is typed in each cell (a number out of range stays in its cell,
 * marked, and is not saved), the messages about it, adding (the new segment's name gets focus) and
 * removing with undo. It lives in the island, not in the table: the table is fetched once there are
 * segments (SegmentsTable.tsx), and the undo line must outlive the last segment's row.
 */
import { useState } from 'preact/hooks';
import { isMatrixScore, roundMoney } from '../../domain/index.ts';
import type { Segment } from '../../domain/index.ts';
import { fill } from '../../i18n/fill';
import type { Locale } from '../../i18n/locales';
import { $segments, removeSegment, saveSegment, setSegments, updateSegment } from '../../state/index.ts';
import type { WriteResult } from '../../state/index.ts';
import { useTyping } from '../shared/useTyping.ts';
import { whenRefused } from '../matrix-kit/refused';
import { newId } from '../matrix-kit/newId';
import { NUM_FIELDS, isMoney } from './segmentFields';
import type { NumField } from './segmentFields';
import { segmentName } from './segmentName';
import { STRINGS } from './strings';

/** Money is any amount from 0; positions are matrix scores. */
const accepts = (f: NumField, n: number | null): n is number =>
  isMoney(f) ? n !== null && Number.isFinite(n) && n >= 0 : isMatrixScore(n);

export function useSegmentsEditing(locale: Locale, segments: readonly Segment[], onRefused: (r: WriteResult) => void) {
  const t = STRINGS[locale];
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const typing = useTyping();
  const [undo, setUndo] = useState<{ segment: Segment; index: number } | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const label: Record<NumField, string> = {
    revenueNow: t.colRevenueNow,
    revenueIn3Years: t.colRevenue3,
    attractivenessNow: t.colANow,
    strengthNow: t.colSNow,
    attractivenessIn3Years: t.colA3,
    strengthIn3Years: t.colS3,
  };
  const nameAt = (s: { name: string }, index: number) => segmentName(locale, s, index);
  const cellOf = (s: Segment, field: NumField) => `${s.id}\u0000${field}`;

  // `n` is the text read as a number by the table (readTyped: NaN when it is not one), which brings
  // the reading code: only the table has cells to type in.
  const onNumber = (s: Segment, field: NumField, text: string, n: number | null) => {
    const cell = cellOf(s, field);
    typing.typed(cell, text);
    const ok = accepts(field, n);
    setDrafts((d) => {
      const next = { ...d };
      if (ok) delete next[cell];
      else next[cell] = text;
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

  return {
    fields: NUM_FIELDS,
    isMoney,
    label,
    nameAt,
    /** The cell's text: as typed while it is being typed or refused, else `stored` (the stored number as the table writes it). */
    text: (s: Segment, field: NumField, stored: string) => drafts[cellOf(s, field)] ?? typing.text(cellOf(s, field), stored),
    invalid: (s: Segment, field: NumField) => drafts[cellOf(s, field)] !== undefined,
    onName: (s: Segment, value: string) => void whenRefused(updateSegment(s.id, { name: value }), onRefused),
    onNumber,
    onBlur: (s: Segment, field: NumField) => typing.done(cellOf(s, field)),
    add,
    remove,
    restore,
    errors,
    undoMessage: undo && fill(t.removed, { segment: nameAt(undo.segment, undo.index) }),
    /** A segment just added: its name gets focus once its row is on screen. */
    focusId,
    focused: () => setFocusId(null),
  };
}

export type SegmentsEditing = ReturnType<typeof useSegmentsEditing>;
