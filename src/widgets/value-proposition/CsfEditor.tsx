/**
 * The customer's critical success factors: the factor in the customer's words, its importance (1..5,
 * the account plan's scale), and how the customer rates us and the best alternative (0..10). Each
 * fieldset says whether the factor is a point of difference, parity or contention (domain: csfPoint).
 * Every change goes to `onChange` as a function of the proposition as stored now.
 */
import { csfPoint, newValueCsf } from '../../domain/index.ts';
import type { ValueCsf, ValuePropositionContent } from '../../domain/index.ts';
import { fill } from '../../i18n/fill';
import type { Dictionary, Locale } from '../../i18n/locales';
import { DecimalInput } from '../shared/DecimalInput';
import { AddEntryButton, ChoiceSelect, TextInput, focusLastField, withName } from '../shared/EditorFields';
import type en from './strings.en';

type T = Dictionary<typeof en>;
export type Update = (fn: (current: ValuePropositionContent) => ValuePropositionContent) => void;

const IMPORTANCE = [1, 2, 3, 4, 5] as const;
/** The customer's two ratings (0..10): of us, of the best alternative. */
const RATINGS = ['ours', 'best'] as const;

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
    focusLastField(`#${CSS.escape(`${uid}-csfs`)} [data-field="factor"]`);
  };
  return (
    <section class="vp-csfs no-print" id={`${uid}-csfs`} aria-labelledby={`${uid}-csf-title`}>
      <h4 id={`${uid}-csf-title`}>{t.csfTitle}</h4>
      <p class="muted">{t.csfHint}</p>
      {csfs.length === 0 && <p class="note">{t.csfEmpty}</p>}
      {csfs.map((c, i) => {
        const id = `${uid}-${c.id}`;
        const point = csfPoint(c);
        return (
          <fieldset key={c.id} class="item-fieldset vp-item" data-csf={i + 1}>
            <legend>{withName(fill(t.csf, { n: i + 1 }), c.factor)}</legend>
            <label for={`${id}-factor`}>{t.factor}</label>
            <TextInput
              id={`${id}-factor`}
              data-field="factor"
              value={c.factor}
              maxLength={300}
              onValue={(factor) => set(c.id, { factor })}
            />
            <div class="vp-row">
              <label>
                {t.importance}
                <ChoiceSelect
                  data-field="importance"
                  choices={IMPORTANCE}
                  label={(n) => t[`importance.${n}`]}
                  value={c.importance}
                  onValue={(v) => set(c.id, { importance: Number(v) })}
                />
              </label>
              {RATINGS.map((k) => (
                <label key={k}>
                  {t[k]}
                  <DecimalInput
                    locale={locale}
                    data-field={k}
                    min={0}
                    max={10}
                    digits={1}
                    value={c[k]}
                    onValue={(v) => set(c.id, { [k]: v ?? 0 })}
                  />
                </label>
              ))}
            </div>
            <p class={`vp-point is-${point}`} data-point={point}>
              {t[`point.${point}`]}
            </p>
            <button type="button" class="button secondary vp-small" onClick={() => onRemove(c)}>
              {fill(t.removeCsf, { name: c.factor.trim() || t.unnamed })}
            </button>
          </fieldset>
        );
      })}
      <AddEntryButton action="add-csf" label={t.addCsf} onClick={add} />
    </section>
  );
}
