/**
 * The value-in-use / total-cost-of-ownership worksheet: one fieldset per line, its category, what it
 * is, the yearly amount with us and with the alternative (number fields read in the page's
 * language), the factor it puts a figure on, its source and whether the customer has verified it.
 * Each line shows its value to the customer, from the domain's worksheet. The fieldsets are rows.tsx,
 * fetched when the first one shows (lazyRows.tsx).
 */
import { newValueLine } from '../../domain/index.ts';
import type { ValueCsf, ValueLine, WorksheetLine } from '../../domain/index.ts';
import type { Dictionary, Locale } from '../../i18n/locales';
import { AddEntryButton } from '../shared/EditorFields';
import type { Update } from './CsfEditor';
import { LazyLineRows } from './lazyRows';
import { requestRowFocus } from './rowFocus';
import type en from './strings.en';

type T = Dictionary<typeof en>;

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
  const set = (id: string, patch: Partial<ValueLine>) =>
    onChange((c) => ({ ...c, lines: c.lines.map((x) => (x.id === id ? { ...x, ...patch } : x)) }));
  const add = () => {
    onChange((c) => ({ ...c, lines: [...c.lines, newValueLine(c.lines, c.lines.length === 0 ? 'price' : 'usage')] }));
    requestRowFocus(`#${CSS.escape(`${uid}-lines`)} [data-field="label"]`);
  };
  return (
    <section class="vp-lines no-print" id={`${uid}-lines`} aria-labelledby={`${uid}-lines-title`}>
      <h4 id={`${uid}-lines-title`}>{t.linesTitle}</h4>
      <p class="muted">{t.linesHint}</p>
      {lines.length === 0 && <p class="note">{t.linesEmpty}</p>}
      {lines.length > 0 && (
        <LazyLineRows locale={locale} uid={uid} lines={lines} csfs={csfs} currency={currency} money={money} set={set} onRemove={onRemove} />
      )}
      <AddEntryButton action="add-line" label={t.addLine} onClick={add} />
    </section>
  );
}
