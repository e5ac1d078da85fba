/**
 * The customer's critical success factors: the factor in the customer's words, its importance (1..5,
 * the account plan's scale), and how the customer rates us and the best alternative (0..10). Each
 * fieldset says whether the factor is a point of difference, parity or contention (domain: csfPoint).
 * Every change goes to `onChange` as a function of the proposition as stored now. The fieldsets are
 * rows.tsx, fetched when the first one shows (lazyRows.tsx).
 */
import { newValueCsf } from '../../domain/index.ts';
import type { ValueCsf, ValuePropositionContent } from '../../domain/index.ts';
import type { Dictionary, Locale } from '../../i18n/locales';
import { AddEntryButton } from '../shared/EditorFields';
import { LazyCsfRows } from './lazyRows';
import { requestRowFocus } from './rowFocus';
import type en from './strings.en';

type T = Dictionary<typeof en>;
export type Update = (fn: (current: ValuePropositionContent) => ValuePropositionContent) => void;

export function CsfEditor({
  locale,
  t,
  uid,
  csfs,
  onChange,
  onRemove,
}: {
  locale: Locale;
  t: T;
  uid: string;
  csfs: readonly ValueCsf[];
  onChange: Update;
  onRemove: (csf: ValueCsf) => void;
}) {
  const set = (id: string, patch: Partial<ValueCsf>) =>
    onChange((c) => ({ ...c, csfs: c.csfs.map((x) => (x.id === id ? { ...x, ...patch } : x)) }));
  const add = () => {
    onChange((c) => ({ ...c, csfs: [...c.csfs, newValueCsf(c.csfs)] }));
    requestRowFocus(`#${CSS.escape(`${uid}-csfs`)} [data-field="factor"]`);
  };
  return (
    <section class="vp-csfs no-print" id={`${uid}-csfs`} aria-labelledby={`${uid}-csf-title`}>
      <h4 id={`${uid}-csf-title`}>{t.csfTitle}</h4>
      <p class="muted">{t.csfHint}</p>
      {csfs.length === 0 && <p class="note">{t.csfEmpty}</p>}
      {csfs.length > 0 && <LazyCsfRows locale={locale} uid={uid} csfs={csfs} set={set} onRemove={onRemove} />}
      <AddEntryButton action="add-csf" label={t.addCsf} onClick={add} />
    </section>
  );
}
