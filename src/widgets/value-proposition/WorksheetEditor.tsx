/**
 * The value-in-use / total-cost-of-ownership worksheet: one fieldset per line, its category, what it
 * is, the yearly amount with us and with the alternative (number fields read in the page's
 * language), the factor it puts a figure on, its source and whether the customer has verified it.
 * Each line shows its value to the customer, from the domain's worksheet.
 */
import { VALUE_CATEGORIES, newValueLine } from '../../domain/index.ts';
import type { ValueCategory, ValueCsf, ValueLine, WorksheetLine } from '../../domain/index.ts';
import { fill } from '../../i18n/fill';
import type { Dictionary, Locale } from '../../i18n/locales';
import { DecimalInput } from '../shared/DecimalInput';
import { AddEntryButton, ChoiceSelect, TextInput, focusLastField, withName } from '../shared/EditorFields';
import { PROPOSITION_STRINGS } from '../shared/propositionStrings';
import type { Update } from './CsfEditor';
import type en from './strings.en';

type T = Dictionary<typeof en>;

/** A line's two yearly amounts (their field, their label): with us, with the alternative. */
const AMOUNTS = [
  ['ours', 'withUs'],
  ['alternative', 'withAlternative'],
] as const;

export function WorksheetEditor({
  locale,
  t,
  uid,
  lines,
  csfs,
  currency,
  money,
  onChange,
  onRemove,
}: {
  locale: Locale;
  t: T;
  uid: string;
  lines: readonly WorksheetLine[];
  csfs: readonly ValueCsf[];
  currency: string;
  money: (value: number) => string;
  onChange: Update;
  onRemove: (line: ValueLine) => void;
}) {
  const p = PROPOSITION_STRINGS[locale];
  const set = (id: string, patch: Partial<ValueLine>) =>
    onChange((c) => ({ ...c, lines: c.lines.map((x) => (x.id === id ? { ...x, ...patch } : x)) }));
  const add = () => {
    onChange((c) => ({ ...c, lines: [...c.lines, newValueLine(c.lines, c.lines.length === 0 ? 'price' : 'usage')] }));
    focusLastField(`#${CSS.escape(`${uid}-lines`)} [data-field="label"]`);
  };
  return (
    <section class="vp-lines no-print" id={`${uid}-lines`} aria-labelledby={`${uid}-lines-title`}>
      <h4 id={`${uid}-lines-title`}>{t.linesTitle}</h4>
      <p class="muted">{t.linesHint}</p>
      {lines.length === 0 && <p class="note">{t.linesEmpty}</p>}
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
      <AddEntryButton action="add-line" label={t.addLine} onClick={add} />
    </section>
  );
}
