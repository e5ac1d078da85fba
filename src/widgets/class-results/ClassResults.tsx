/**
 * The trainer's class results: import many "workshop results" files at once (file input or drag
 * and drop), validate each one (src/state/workshopResults.ts: bad files are listed with the reason,
 * never fatal), count each participant once (src/domain/classResults.ts), and show the class's
 * quiz scores, stage diagnoses, uncoupling causes and matrix placements as charts with tables.
 * Everything stays in this page's memory: nothing is uploaded or stored.
 */
import { useId, useRef, useState } from 'preact/hooks';
import { COMMON } from '../../i18n/common';
import type { Locale } from '../../i18n/locales';
import type { ResultsErrorCode } from '../../state/workshopResults';
import { lazyImport } from '../../scripts/lazyImport.ts';
import { STRINGS } from './strings';
import { fill } from '../../i18n/fill';
import { fillCount } from '../../i18n/plural';
import type { Snapshot } from './ResultsView';
import './class-results.css';

/** The results view and the file reader, fetched with the first import: before it there is nothing to show. */
type ViewCode = typeof import('./ResultsView');
let viewCode: ViewCode | null = null;
const loadViewCode = (): Promise<ViewCode> =>
  viewCode ? Promise.resolve(viewCode) : lazyImport(() => import('./ResultsView')).then((m) => (viewCode = m));

export interface ClassResultsProps {
  locale: Locale;
  /** Lesson ids and titles in course order. */
  lessons: { id: string; title: string }[];
}

const EMPTY: Snapshot = { accepted: [], rejected: [], duplicates: [] };

export default function ClassResults({ locale, lessons }: ClassResultsProps) {
  const s = STRINGS[locale];
  const id = useId();
  const [code, setCode] = useState<ViewCode | null>(viewCode);
  const [data, setData] = useState<Snapshot>(EMPTY);
  const [lastBatch, setLastBatch] = useState<{ ok: number; bad: number; dup: number } | null>(null);
  const [reading, setReading] = useState(0);
  const [dragging, setDragging] = useState(false);
  const [undoToken, setUndoToken] = useState<Snapshot | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  // The latest data, for imports that finish after a re-render (files are read asynchronously).
  const dataRef = useRef<Snapshot>(data);
  dataRef.current = data;

  function reasonText(code: ResultsErrorCode | 'read', path?: string): string {
    switch (code) {
      case 'empty':
        return s.errEmpty;
      case 'too-large':
        return s.errTooLarge;
      case 'not-json':
        return s.errNotJson;
      case 'hostile':
        return s.errHostile;
      case 'backup-file':
        return s.errBackup;
      case 'not-results':
        return s.errNotResults;
      case 'newer-version':
        return s.errNewer;
      case 'invalid':
        return fill(s.errInvalid, { path: path || '—' });
      default:
        return s.errRead;
    }
  }

  async function importFiles(list: FileList | File[] | null) {
    const files = list ? [...list] : [];
    if (files.length === 0) return;
    setMessage(null);
    setUndoToken(null);
    setReading(files.length);
    let loaded: ViewCode;
    try {
      loaded = await loadViewCode();
    } catch {
      setReading(0);
      setMessage(s.viewFailed);
      return;
    }
    setCode(() => loaded);
    const { next, batch } = await loaded.readResultFiles(files, dataRef.current, reasonText);
    dataRef.current = next;
    setData(next);
    setLastBatch(batch);
    setReading(0);
    if (fileInput.current) fileInput.current.value = '';
  }

  function clearAll() {
    setUndoToken(data);
    dataRef.current = EMPTY;
    setData(EMPTY);
    setLastBatch(null);
    setMessage(s.cleared);
  }

  function undoClear() {
    if (!undoToken) return;
    dataRef.current = undoToken;
    setData(undoToken);
    setUndoToken(null);
    setMessage(s.restored);
  }

  const hasAny = data.accepted.length > 0;

  return (
    <div class="class-results" data-widget="class-results">
      <p class="prose">{s.intro}</p>

      <div
        class={`cr-drop no-print${dragging ? ' is-dragging' : ''}`}
        onDragEnter={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragOver={(e) => {
          e.preventDefault();
          if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={(e) => {
          if (e.currentTarget === e.target) setDragging(false);
        }}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void importFiles(e.dataTransfer?.files ?? null);
        }}
        data-dropzone
      >
        <label for={`${id}-files`} class="cr-file-label">
          {s.fileLabel}
        </label>
        <input
          id={`${id}-files`}
          ref={fileInput}
          type="file"
          multiple
          accept=".json,application/json"
          aria-describedby={`${id}-drop-hint`}
          onChange={(e) => void importFiles((e.currentTarget as HTMLInputElement).files)}
        />
        <p class="cr-drop-title" aria-hidden="true">
          {dragging ? s.dropActive : s.dropTitle}
        </p>
        <p id={`${id}-drop-hint`} class="muted">
          {s.dropHint}
        </p>
      </div>

      <div role="status" class="cr-status">
        {reading > 0 && <p>{fillCount(locale, s.reading, { n: reading })}</p>}
        {reading === 0 && lastBatch && (
          <p data-import-summary>{fillCount(locale, s.importedSummary, { ok: lastBatch.ok, bad: lastBatch.bad, dup: lastBatch.dup })}</p>
        )}
        {message && <p>{message}</p>}
      </div>
      {undoToken && (
        <p class="no-print">
          <button type="button" class="button secondary" data-action="undo" onClick={undoClear}>
            {COMMON[locale].undo}
          </button>
        </p>
      )}

      {data.rejected.length > 0 && (
        <section class="cr-problems" aria-labelledby={`${id}-rejected`}>
          <h2 id={`${id}-rejected`}>{s.rejectedTitle}</h2>
          <div class="table-scroll">
            <table data-table="rejected">
              <thead>
                <tr>
                  <th scope="col">{s.fileCol}</th>
                  <th scope="col">{s.reasonCol}</th>
                </tr>
              </thead>
              <tbody>
                {data.rejected.map((r, i) => (
                  <tr key={i}>
                    <th scope="row">{r.fileName}</th>
                    <td>{r.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {data.duplicates.length > 0 && (
        <section class="cr-problems" aria-labelledby={`${id}-dups`}>
          <h2 id={`${id}-dups`}>{s.duplicatesTitle}</h2>
          <div class="table-scroll">
            <table data-table="duplicates">
              <thead>
                <tr>
                  <th scope="col">{s.fileCol}</th>
                  <th scope="col">{s.reasonCol}</th>
                </tr>
              </thead>
              <tbody>
                {data.duplicates.map((r, i) => (
                  <tr key={i}>
                    <th scope="row">{r.fileName}</th>
                    <td>
                      {r.reason === 'same-export'
                        ? fill(s.dupSame, { kept: r.keptFileName })
                        : fill(s.dupOlder, { participant: r.participant, kept: r.keptFileName })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      {!hasAny && (
        <p class="note" data-empty>
          {s.emptyState}
        </p>
      )}

      {hasAny && code && <code.ResultsView locale={locale} id={id} lessons={lessons} accepted={data.accepted} onClear={clearAll} />}
    </div>
  );
}
