/**
 * The first step of an import: a file (CSV, TSV, text or .xlsx) or text pasted from a spreadsheet.
 * The panel reads what is chosen and shows the preview.
 */
import type { RefObject } from 'preact';
import type { ImportStrings } from './importStrings.ts';

export function ImportSource(props: {
  t: ImportStrings;
  id: string;
  fileInput: RefObject<HTMLInputElement>;
  busy: boolean;
  pasted: string;
  onPasted: (text: string) => void;
  onFile: (event: Event) => void;
  onPaste: () => void;
}) {
  const { t, id, fileInput, busy, pasted, onPasted, onFile, onPaste } = props;
  return (
    <div class="import-source no-print">
      <p>{t.intro}</p>
      <div class="import-field">
        <label for={`${id}-file`}>{t.fileLabel}</label>
        <input
          id={`${id}-file`}
          ref={fileInput}
          type="file"
          accept=".csv,.txt,.tsv,.xlsx,.xlsm,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={onFile}
          disabled={busy}
        />
      </div>
      <div class="import-field">
        <label for={`${id}-paste`}>{t.pasteLabel}</label>
        <textarea id={`${id}-paste`} value={pasted} onInput={(e) => onPasted((e.currentTarget as HTMLTextAreaElement).value)} rows={5} />
      </div>
      <button type="button" class="button secondary" onClick={onPaste} disabled={busy || pasted.trim() === ''}>
        {t.previewPasted}
      </button>
    </div>
  );
}
