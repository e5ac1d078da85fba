/** The client form's fields (add and edit), and the table row that edits one client in place. */
import type { PortfolioStrings } from './strings.ts';
import type { Draft } from './draft.ts';
import { COLUMNS } from './clientSort.ts';

export function DraftFields({ t, idPrefix, draft, onChange }: { t: PortfolioStrings; idPrefix: string; draft: Draft; onChange: (d: Draft) => void }) {
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
        <textarea id={`${idPrefix}-notes`} rows={2} value={draft.notes} onInput={(e) => onChange({ ...draft, notes: (e.currentTarget as HTMLTextAreaElement).value })} />
      </div>
      <label class="check">
        <input type="checkbox" checked={draft.keyAccount} onChange={(e) => onChange({ ...draft, keyAccount: (e.currentTarget as HTMLInputElement).checked })} /> {t.fieldKey}
      </label>
    </div>
  );
}

export function EditRow({ t, draft, error, onChange, onSave, onCancel }: { t: PortfolioStrings; draft: Draft; error: string; onChange: (d: Draft) => void; onSave: () => void; onCancel: () => void }) {
  return (
    <tr class="editing-row">
      <td colSpan={COLUMNS.length + 2}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onSave();
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onCancel();
          }}
          noValidate
        >
          <DraftFields t={t} idPrefix="pf-edit" draft={draft} onChange={onChange} />
          {error && <p class="tool-error" role="alert">{error}</p>}
          <div class="tool-actions">
            <button type="submit" class="button">{t.save}</button>
            <button type="button" class="button secondary" onClick={onCancel}>{t.cancel}</button>
          </div>
        </form>
      </td>
    </tr>
  );
}
