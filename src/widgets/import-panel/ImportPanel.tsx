/**
 * The import step shared by the portfolio, the Pareto calculator and the new-customer sales tool:
 * file upload or paste → preview (detected separator, encoding, decimal format, date order and
 * column mapping, all changeable) → import (on the page, or in a Web Worker with progress and
 * Cancel for large files) → report of skipped rows with line numbers and reasons, and of the months
 * the file covers. Revenue is always the whole file; the tools let the user pick a period later.
 * The currency of the amounts is read from the file (symbols, a currency column) or asked here once.
 * Replacing a portfolio that has clients asks first (the caller offers Undo afterwards).
 * What happens with the imported data is the caller's business (`onImported`).
 */
import { useId, useRef, useState } from 'preact/hooks';
import { formatNumber } from '../../i18n/format';
import type { ImportIssue } from '../../domain/index.ts';
import type { ExtraColumns, ExtraRole } from '../../domain/portfolioExtras.ts';
import { startImport, startPreview } from '../../import/importClient.ts';
import type { Job } from '../../import/importClient.ts';
import type { ImportSettings, PreviewOutcome } from '../../import/importRun.ts';
import { isWorkbookFile, XLSX_CSV_OPTIONS } from '../../import/workbookFile.ts';
import { missingColumn } from '../../import/requiredColumns.ts';
import type { MissingColumn } from '../../import/requiredColumns.ts';
import { lazyImport } from '../../scripts/lazyImport.ts';
import { fillCount } from '../../i18n/plural';
import { IMPORT_STRINGS } from './importStrings.ts';
import type { ImportStrings } from './importStrings.ts';
import { XlsxSheetPicker } from './XlsxSheetPicker.tsx';
import type { WorkbookView } from './XlsxSheetPicker.tsx';
import { ImportSettingsRow } from './ImportSettingsRow.tsx';
import { ImportSource } from './ImportSource.tsx';
import { HowChoice, ImportProgress, ReplaceConfirm } from './ImportSteps.tsx';
import { ColumnMapping, ROLES } from './ColumnMapping.tsx';
import type { Role } from './ColumnMapping.tsx';
import { errorText, ImportError, ImportReport } from './ImportReport.tsx';
import type { Report } from './ImportReport.tsx';
import '../shared/data-tools.css';
import './import.css';
import type { ImportHow, ImportPanelProps } from './importTypes.ts';

export type { ImportApplied, ImportedData, ImportHow } from './importTypes.ts';

const NEED: Record<MissingColumn, keyof ImportStrings> = { amount: 'needAmount', name: 'needName', date: 'needDate' };

/** `pasted`: text already decoded (no encoding to choose); `workbook`: CSV text converted from an .xlsx. */
type Source = { input: string | Uint8Array; pasted: boolean; workbook?: boolean };
type Workbook = WorkbookView & { bytes: Uint8Array };
type Ready = Extract<PreviewOutcome, { ok: true }>;

export function ImportPanel({
  locale,
  purpose,
  needsDate = false,
  onImported,
  existingClients = 0,
  knownCurrency = null,
  fallbackCurrency,
}: ImportPanelProps) {
  const t = IMPORT_STRINGS[locale];
  const id = useId();
  const [source, setSource] = useState<Source | null>(null);
  const [pasted, setPasted] = useState('');
  const [preview, setPreview] = useState<Ready | null>(null);
  const [settings, setSettings] = useState<ImportSettings>({});
  const [extras, setExtras] = useState<ExtraColumns>({});
  const [how, setHow] = useState<ImportHow>('replace');
  const [currency, setCurrency] = useState('');
  const [confirmReplace, setConfirmReplace] = useState(false);
  const [busy, setBusy] = useState<'preview' | 'import' | null>(null);
  const [progress, setProgress] = useState(0);
  const [error, setError] = useState<{ text: string; issues?: ImportIssue[] } | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [notice, setNotice] = useState('');
  const [workbook, setWorkbook] = useState<Workbook | null>(null);
  const job = useRef<Job<unknown> | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const runPreview = async (src: Source, options: ImportSettings) => {
    setBusy('preview');
    setError(null);
    setReport(null);
    setNotice('');
    const current = startPreview(src.input, options);
    job.current = current;
    try {
      const result = await current.promise;
      if (result === 'cancelled') return;
      if (!result.ok) {
        setPreview(null);
        setError({ text: errorText(t, result.error.code) });
        return;
      }
      setPreview(result);
      setConfirmReplace(false);
      // The file's currency, else the one the user's data is already in, else the page language's —
      // then the note under the field says it was assumed and asks the user to check it.
      setCurrency(result.currency.code ?? knownCurrency ?? fallbackCurrency);
      const next: ImportSettings = { delimiter: result.delimiter, decimal: result.decimal, columns: { ...result.suggested } };
      if (!src.pasted && (result.encoding === 'utf-8' || result.encoding === 'windows-1252')) next.encoding = result.encoding;
      if (result.dateOrder !== undefined) next.dateOrder = result.dateOrder;
      setSettings(next);
      setExtras(purpose === 'portfolio' ? (result.extras ?? {}) : {});
    } catch {
      setError({ text: t['err-worker'] });
    } finally {
      job.current = null;
      setBusy(null);
    }
  };

  const onFile = async (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (isWorkbookFile(file.name, bytes)) {
      await openWorkbook(bytes);
      return;
    }
    setWorkbook(null);
    const src = { input: bytes, pasted: false };
    setSource(src);
    await runPreview(src, {});
  };

  /** An .xlsx becomes CSV text (in a worker, loaded only now), then takes the CSV path with its options forced. */
  const openWorkbook = async (bytes: Uint8Array, sheet?: number) => {
    setBusy('preview');
    setError(null);
    setReport(null);
    try {
      const { convertWorkbook } = await lazyImport(() => import('../../import/xlsxClient.ts'));
      const converted = await convertWorkbook(bytes, sheet);
      if (!converted.ok) {
        setPreview(null);
        if (sheet === undefined) setWorkbook(null);
        else setWorkbook((w) => (w ? { ...w, sheet } : w));
        setError({ text: errorText(t, converted.error.code) });
        return;
      }
      setWorkbook({
        bytes,
        sheets: converted.sheets,
        sheet: converted.sheet,
        ...(converted.currency ? { currency: converted.currency } : {}),
      });
      const src: Source = { input: converted.csv, pasted: true, workbook: true };
      setSource(src);
      await runPreview(src, { ...XLSX_CSV_OPTIONS });
    } catch {
      setError({ text: t['err-worker'] });
    } finally {
      setBusy(null);
    }
  };

  const onPaste = async () => {
    if (pasted.trim() === '') return;
    const src = { input: pasted, pasted: true };
    setSource(src);
    await runPreview(src, {});
  };

  const reparse = (patch: Pick<ImportSettings, 'delimiter' | 'encoding'>) => {
    if (!source) return;
    const options: ImportSettings = {};
    const delimiter = patch.delimiter ?? settings.delimiter;
    const encoding = patch.encoding ?? settings.encoding;
    if (delimiter) options.delimiter = delimiter;
    if (encoding && !source.pasted) options.encoding = encoding;
    void runPreview(source, options);
  };

  const setColumn = (role: Role, header: string) => {
    setSettings((s) => ({ ...s, columns: { ...s.columns, [role]: header } }));
  };
  const setExtra = (role: ExtraRole, header: string) => {
    setExtras((e) => {
      const next = { ...e };
      if (header === '') delete next[role];
      else next[role] = header;
      return next;
    });
  };

  const columns = settings.columns ?? {};
  const missing = missingColumn(columns, needsDate);
  const validation = missing === null ? '' : t[NEED[missing]];

  const runImport = async () => {
    if (!source || validation) return;
    if (purpose === 'portfolio' && how === 'replace' && existingClients > 0 && !confirmReplace) {
      setConfirmReplace(true);
      return;
    }
    setConfirmReplace(false);
    setBusy('import');
    setProgress(0);
    setError(null);
    setNotice('');
    // Every role explicitly: '' means "not in the file", so a guess cannot override the user.
    const explicit: NonNullable<ImportSettings['columns']> = {};
    for (const role of ROLES) explicit[role] = columns[role] ?? '';
    // Every transaction line only for the tool that needs them (new customers); the others keep monthly sums.
    const current = startImport(
      { input: source.input, options: { ...settings, columns: explicit }, extras, lines: needsDate },
      setProgress,
    );
    job.current = current;
    try {
      const outcome = await current.promise;
      if (outcome === 'cancelled') {
        setNotice(t.cancelled);
        return;
      }
      if (!outcome.ok) {
        setError(
          outcome.issues ? { text: errorText(t, outcome.error.code), issues: outcome.issues } : { text: errorText(t, outcome.error.code) },
        );
        return;
      }
      const applied = onImported({ ...outcome, currency }, how);
      setReport({
        clients: outcome.clients.length,
        rows: outcome.summary.rowCount,
        issues: outcome.summary.issues,
        skipped: outcome.summary.skippedRows,
        applied,
        currency,
        ...(outcome.months ? { dates: outcome.months } : {}),
      });
      setPreview(null);
    } catch {
      setError({ text: t['err-worker'] });
    } finally {
      job.current = null;
      setBusy(null);
    }
  };

  const cancel = () => {
    job.current?.cancel();
  };

  const startOver = () => {
    setSource(null);
    setPreview(null);
    setReport(null);
    setError(null);
    setNotice('');
    setPasted('');
    setWorkbook(null);
    if (fileInput.current) fileInput.current.value = '';
  };

  return (
    <section class="import-panel" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t.heading}</h3>
      {!preview && !report && (
        <ImportSource
          t={t}
          id={id}
          fileInput={fileInput}
          busy={busy !== null}
          pasted={pasted}
          onPasted={setPasted}
          onFile={onFile}
          onPaste={onPaste}
        />
      )}

      {workbook && !report && (
        <XlsxSheetPicker t={t} workbook={workbook} disabled={busy !== null} onPick={(sheet) => void openWorkbook(workbook.bytes, sheet)} />
      )}

      {busy === 'preview' && <p role="status">{t.reading}</p>}

      {preview && source && (
        <div class="import-preview">
          <h4>{t.previewHeading}</h4>
          <p>
            {t.detected} {fillCount(locale, t.rowsInFile, { n: formatNumber(locale, preview.rowCount) })}
          </p>
          <ImportSettingsRow
            t={t}
            preview={preview}
            source={source}
            settings={settings}
            onSettings={setSettings}
            onReparse={reparse}
            busy={busy !== null}
            currency={currency}
            onCurrency={setCurrency}
            knownCurrency={knownCurrency}
            fallbackCurrency={fallbackCurrency}
          />

          <ColumnMapping
            t={t}
            preview={preview}
            columns={columns}
            onColumn={setColumn}
            extras={purpose === 'portfolio' ? extras : null}
            onExtra={setExtra}
            unsure={missingColumn(preview.suggested, needsDate) !== null}
          />

          {purpose === 'portfolio' && <HowChoice t={t} id={id} how={how} onHow={setHow} />}

          {validation && (
            <p class="tool-error" role="alert">
              {validation}
            </p>
          )}
          {confirmReplace && (
            <ReplaceConfirm
              locale={locale}
              t={t}
              id={id}
              existingClients={existingClients}
              busy={busy !== null}
              onConfirm={runImport}
              onCancel={() => setConfirmReplace(false)}
            />
          )}
          <div class="tool-actions no-print">
            <button type="button" class="button" onClick={runImport} disabled={busy !== null || validation !== '' || confirmReplace}>
              {purpose === 'portfolio' ? t.importButton : t.analyseButton}
            </button>
            <button type="button" class="button secondary" onClick={startOver} disabled={busy !== null}>
              {t.startOver}
            </button>
          </div>
        </div>
      )}

      {busy === 'import' && <ImportProgress locale={locale} t={t} id={id} progress={progress} onCancel={cancel} />}

      {notice && <p role="status">{notice}</p>}

      {error && <ImportError t={t} locale={locale} error={error} />}

      {report && <ImportReport t={t} locale={locale} purpose={purpose} how={how} report={report} onStartOver={startOver} />}
    </section>
  );
}
