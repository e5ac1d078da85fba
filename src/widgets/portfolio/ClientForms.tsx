/**
 * The client forms: add a client, and edit one in place in the table. Each holds its text as typed
 * and turns it into client fields (or the first error) on submit. Loaded the first time a form is
 * opened (see LazyClientForms.tsx): most visits never add or edit by hand.
 */
import { useState } from 'preact/hooks';
import { COMMON } from '../../i18n/common';
import type { Locale } from '../../i18n/locales';
import type { Client } from '../../state/index.ts';
import type { PortfolioStrings } from './strings.ts';
import { emptyDraft, fromDraft, toDraft } from './draft.ts';
import type { Draft } from './draft.ts';
import { COLUMNS } from './clientSort.ts';

/** Saves the fields; returns the error to show, or null when saved. */
export type SaveClient = (fields: Omit<Client, 'key'>) => string | null;

function DraftFields({
  t,
  idPrefix,
  draft,
  onChange,
}: {
  t: PortfolioStrings;
  idPrefix: string;
  draft: Draft;
  onChange: (d: Draft) => void;
}) {
  const text = (field: Exclude<keyof Draft, 'keyAccount'>, label: keyof PortfolioStrings, type = 'text', inputMode?: 'decimal') => (
    <div class="field">
      <label for={`${idPrefix}-${field}`}>{t[label]}</label>
      <input
        id={`${idPrefix}-${field}`}
        type={type}
        {...(inputMode ? { inputMode } : {})}
        value={draft[field]}
        onInput={(e) => onChange({ ...draft, [field]: (e.currentTarget as HTMLInputElement).value })}
      />
    </div>
  );
  return (
    <div class="draft-grid">
      {text('name', 'fieldName')}
      {text('code', 'fieldCode')}
      {text('segment', 'fieldSegment')}
      {text('revenue', 'fieldRevenue', 'text', 'decimal')}
      {text('previousRevenue', 'fieldPrevious', 'text', 'decimal')}
      {text('marginPct', 'fieldMargin', 'text', 'decimal')}
      {text('firstPurchase', 'fieldFirst', 'date')}
      {text('manager', 'fieldManager')}
      <div class="field field-wide">
        <label for={`${idPrefix}-notes`}>{t.fieldNotes}</label>
        <textarea
          id={`${idPrefix}-notes`}
          rows={2}
          value={draft.notes}
          onInput={(e) => onChange({ ...draft, notes: (e.currentTarget as HTMLTextAreaElement).value })}
        />
      </div>
      <label class="check">
        <input
          type="checkbox"
          checked={draft.keyAccount}
          onChange={(e) => onChange({ ...draft, keyAccount: (e.currentTarget as HTMLInputElement).checked })}
        />{' '}
        {t.fieldKey}
      </label>
    </div>
  );
}

export function AddClientForm({ t, locale, onAdd }: { t: PortfolioStrings; locale: Locale; onAdd: SaveClient }) {
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [error, setError] = useState('');
  const submit = (event: Event) => {
    event.preventDefault();
    const parsed = fromDraft(draft, locale, t);
    const problem = parsed.ok ? onAdd(parsed.fields) : parsed.error;
    setError(problem ?? '');
    if (problem === null) setDraft(emptyDraft());
  };
  return (
    <form onSubmit={submit} noValidate>
      <DraftFields t={t} idPrefix={`pf-add-${locale}`} draft={draft} onChange={setDraft} />
      {error && (
        <p class="tool-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="button">
        {t.add}
      </button>
    </form>
  );
}

type EditProps = { t: PortfolioStrings; locale: Locale; client: Client; onSave: SaveClient; onCancel: () => void };

export function EditRow({ t, locale, client, onSave, onCancel }: EditProps) {
  const [draft, setDraft] = useState(() => toDraft(client, locale));
  const [error, setError] = useState('');
  return (
    <tr class="editing-row">
      <td colSpan={COLUMNS.length + 2}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const parsed = fromDraft(draft, locale, t);
            setError((parsed.ok ? onSave(parsed.fields) : parsed.error) ?? '');
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onCancel();
          }}
          noValidate
        >
          <DraftFields t={t} idPrefix="pf-edit" draft={draft} onChange={setDraft} />
          {error && (
            <p class="tool-error" role="alert">
              {error}
            </p>
          )}
          <div class="tool-actions">
            <button type="submit" class="button">
              {t.save}
            </button>
            <button type="button" class="button secondary" onClick={onCancel}>
              {COMMON[locale].cancel}
            </button>
          </div>
        </form>
      </td>
    </tr>
  );
}
