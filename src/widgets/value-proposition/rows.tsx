/**
 * The fieldsets of the factors and of the worksheet lines, with the words only they use. There are
 * none until stored data arrives (after hydration) or the user adds one, so the editors fetch this
 * module, with its dictionary and the number fields, when the first row shows.
 */
import { VALUE_CATEGORIES, csfPoint } from '../../domain/index.ts';
import type { ValueCategory, ValueCsf, ValueLine, WorksheetLine } from '../../domain/index.ts';
import { useEffect } from 'preact/hooks';
import { fill } from '../../i18n/fill';
import type { Locale } from '../../i18n/locales';
import { DecimalInput } from '../shared/DecimalInput';
import { ChoiceSelect, TextInput, withName } from '../shared/EditorFields';
import { PROPOSITION_STRINGS } from '../shared/propositionStrings';
import { takeRowFocus } from './rowFocus';
import { ROW_STRINGS } from './rowStrings';
import { STRINGS } from './strings';

const IMPORTANCE = [1, 2, 3, 4, 5] as const;
/** The customer's two ratings (0..10): of us, of the best alternative. */
const RATINGS = ['ours', 'best'] as const;

/** A line's two yearly amounts (their field, their label): with us, with the alternative. */
const AMOUNTS = [
  ['ours', 'withUs'],
  ['alternative', 'withAlternative'],
] as const;

export type CsfRowsProps = {
  locale: Locale;
  uid: string;
  csfs: readonly ValueCsf[];
  set: (id: string, patch: Partial<ValueCsf>) => void;
  onRemove: (csf: ValueCsf) => void;
};

export function CsfRows({ locale, uid, csfs, set, onRemove }: CsfRowsProps) {
  // Mounted by a first "Add": the new row's field takes the focus asked for meanwhile.
  useEffect(takeRowFocus, []);
  const t = { ...STRINGS[locale], ...ROW_STRINGS[locale] };
  return (
    <>
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
    </>
  );
}

export type LineRowsProps = {
  locale: Locale;
  uid: string;
  lines: readonly WorksheetLine[];
  csfs: readonly ValueCsf[];
  currency: string;
  money: (value: number) => string;
  set: (id: string, patch: Partial<ValueLine>) => void;
  onRemove: (line: ValueLine) => void;
};

export function LineRows({ locale, uid, lines, csfs, currency, money, set, onRemove }: LineRowsProps) {
  useEffect(takeRowFocus, []);
  const t = { ...STRINGS[locale], ...ROW_STRINGS[locale] };
  const p = PROPOSITION_STRINGS[locale];
  return (
    <>
      {lines.map((l, i) => {
        const id = `${uid}-${l.id}`;
        return (
          <fieldset key={l.id} class="item-fieldset vp-item" data-line={i + 1}>
            <legend>{withName(fill(t.lineN, { n: i + 1 }), l.label)}</legend>
            <div class="vp-row">
              <label>
                {t.category}
                <ChoiceSelect
                  data-field="category"
                  choices={VALUE_CATEGORIES}
                  label={(c) => p[`category.${c}`]}
                  value={l.category}
                  onValue={(v) => set(l.id, { category: v as ValueCategory })}
                />
              </label>
              <label class="vp-grow">
                {t.label}
                <TextInput
                  id={`${id}-label`}
                  data-field="label"
                  value={l.label}
                  maxLength={300}
                  onValue={(label) => set(l.id, { label })}
                />
              </label>
            </div>
            <div class="vp-row">
              {AMOUNTS.map(([k, label]) => (
                <label key={k}>
                  {fill(t[label], { currency })}
                  <DecimalInput
                    locale={locale}
                    data-field={k}
                    min={-1e12}
                    max={1e12}
                    value={l[k]}
                    onValue={(v) => set(l.id, { [k]: v ?? 0 })}
                  />
                </label>
              ))}
              <label>
                {t.csfLink}
                <select data-field="csf" value={l.csf} onChange={(e) => set(l.id, { csf: e.currentTarget.value })}>
                  <option value="">{t.none}</option>
                  {csfs
                    .filter((c) => c.factor.trim() !== '' || c.id === l.csf)
                    .map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.factor.trim() || c.id}
                      </option>
                    ))}
                </select>
              </label>
            </div>
            <div class="vp-row">
              <label class="vp-grow">
                {t.source}
                <TextInput data-field="source" value={l.source} maxLength={300} onValue={(source) => set(l.id, { source })} />
              </label>
              <label class="vp-check">
                <input
                  type="checkbox"
                  data-field="verified"
                  checked={l.verified}
                  onChange={(e) => set(l.id, { verified: e.currentTarget.checked })}
                />
                <span>{t.verified}</span>
              </label>
            </div>
            <p class="vp-line-value" data-line-value>
              {fill(t.lineValue, { value: money(l.value) })}
            </p>
            <button type="button" class="button secondary vp-small" onClick={() => onRemove(l)}>
              {fill(t.removeLine, { name: l.label.trim() || t.unnamed })}
            </button>
          </fieldset>
        );
      })}
    </>
  );
}
