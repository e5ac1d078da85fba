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
import type { Locale } from '../../i18n/locales';
import { formatMonth, formatNumber } from '../../i18n/format';
import { CURRENCIES } from '../../domain/currencyCodes.ts';
import type { DateOrder, DecimalSeparator, Delimiter, ImportIssue } from '../../domain/index.ts';
import { EXTRA_ROLES } from '../../domain/portfolioExtras.ts';
import type { ExtraColumns, ExtraRole, MonthRange } from '../../domain/portfolioExtras.ts';
import { startImport, startPreview } from '../../import/importClient.ts';
import type { Job } from '../../import/importClient.ts';
import type { ImportOutcome, ImportSettings, PreviewOutcome } from '../../import/importRun.ts';
import { IMPORT_STRINGS } from './importStrings.ts';
import { isWorkbookFile, XLSX_CSV_OPTIONS } from '../../import/workbookFile.ts';
import { XlsxSheetPicker } from './XlsxSheetPicker.tsx';
import type { WorkbookView } from './XlsxSheetPicker.tsx';
import { fill } from '../../i18n/fill';
import type { ImportStrings } from './importStrings.ts';
import '../shared/data-tools.css';
import './import.css';
import { lazyImport } from '../../scripts/lazyImport.ts';

/** The import's outcome with the currency its amounts are in (read from the file, or chosen). */
export type ImportedData = Extract<ImportOutcome, { ok: true }> & { currency: string };
export type ImportHow = 'replace' | 'merge';
/** What the caller did with the data, for the report (or an error message to show). */
export type ImportApplied = { ok: true; added?: number; updated?: number; notSaved?: boolean } | { ok: false; message: string };

type Props = {
  locale: Locale;
  /** 'portfolio' asks replace/merge and saves; 'analyse' only reads the file (nothing is saved). */
  purpose: 'portfolio' | 'analyse';
  /** The new-customer tool needs a date column. */
  needsDate?: boolean;
  onImported: (data: ImportedData, how: ImportHow) => ImportApplied;
  /** Clients already in the portfolio: replacing a non-empty portfolio asks first. */
  existingClients?: number;
  /** The currency the user's data is in already (asked once: a file that names none gets this one). */
  knownCurrency?: string | null;
  /** The page language's currency, offered when neither the file nor the portfolio says. */
  fallbackCurrency: string;
};

type Role = 'id' | 'name' | 'amount' | 'date' | 'segment';
const ROLES: readonly Role[] = ['id', 'name', 'amount', 'date', 'segment'];
const ROLE_LABEL: Record<Role | ExtraRole, keyof ImportStrings> = {
  id: 'roleId',
  name: 'roleName',
  amount: 'roleAmount',
  date: 'roleDate',
  segment: 'roleSegment',
  previousRevenue: 'rolePreviousRevenue',
  marginPct: 'roleMarginPct',
  firstPurchase: 'roleFirstPurchase',
  manager: 'roleManager',
  keyAccount: 'roleKeyAccount',
  notes: 'roleNotes',
};
const SHOWN_ISSUES = 200;
const PREVIEW_SHOWN = 5;

/** `pasted`: text already decoded (no encoding to choose); `workbook`: CSV text converted from an .xlsx. */
type Source = { input: string | Uint8Array; pasted: boolean; workbook?: boolean };
type Workbook = WorkbookView & { bytes: Uint8Array };
type Ready = Extract<PreviewOutcome, { ok: true }>;
type Report = { clients: number; rows: number; issues: ImportIssue[]; skipped: number; applied: ImportApplied; dates?: MonthRange; currency: string };

/** Translated reason of a skipped row; names or counts the domain put in brackets are kept. */
export function issueText(t: ImportStrings, issue: ImportIssue): string {
  // No cast: an issue code without its `issue-…` text fails the type check here.
  const key: keyof ImportStrings = `issue-${issue.code}`;
  const base = key in t ? t[key] : issue.message;
  const detail = /\(([^()]*)\)$/.exec(issue.message);
  return (issue.code === 'merged-names' || issue.code === 'more-issues') && detail ? `${base} (${detail[1]})` : base;
}

export function errorText(t: ImportStrings, code: string): string {
  const key = `err-${code}` as keyof ImportStrings;
  return key in t ? t[key] : t['err-unexpected'];
}

export function ImportPanel({ locale, purpose, needsDate = false, onImported, existingClients = 0, knownCurrency = null, fallbackCurrency }: Props) {
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
      setWorkbook({ bytes, sheets: converted.sheets, sheet: converted.sheet, ...(converted.currency ? { currency: converted.currency } : {}) });
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
  const validation = !columns.amount
    ? t.needAmount
    : !columns.name && !columns.id
      ? t.needName
      : needsDate && !columns.date
        ? t.needDate
        : '';

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
    const current = startImport({ input: source.input, options: { ...settings, columns: explicit }, extras }, setProgress);
    job.current = current;
    try {
      const outcome = await current.promise;
      if (outcome === 'cancelled') {
        setNotice(t.cancelled);
        return;
      }
      if (!outcome.ok) {
        setError(outcome.issues ? { text: errorText(t, outcome.error.code), issues: outcome.issues } : { text: errorText(t, outcome.error.code) });
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
        ...(outcome.lines.length > 0 ? { dates: monthSpan(outcome.lines) } : {}),
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

  const headerOptions = (value: string | undefined, onChange: (v: string) => void, label: string, key: string) => (
    <div class="import-field" key={key}>
      <label for={`${id}-${key}`}>{label}</label>
      <select id={`${id}-${key}`} value={value ?? ''} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
        <option value="">{t.notInFile}</option>
        {preview?.headers.map((h, i) => (
          <option value={h} key={i}>{h === '' ? `#${i + 1}` : h}</option>
        ))}
      </select>
    </div>
  );

  return (
    <section class="import-panel" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t.heading}</h3>
      {!preview && !report && (
        <div class="import-source no-print">
          <p>{t.intro}</p>
          <div class="import-field">
            <label for={`${id}-file`}>{t.fileLabel}</label>
            <input id={`${id}-file`} ref={fileInput} type="file" accept=".csv,.txt,.tsv,.xlsx,.xlsm,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={onFile} disabled={busy !== null} />
          </div>
          <div class="import-field">
            <label for={`${id}-paste`}>{t.pasteLabel}</label>
            <textarea id={`${id}-paste`} value={pasted} onInput={(e) => setPasted((e.currentTarget as HTMLTextAreaElement).value)} rows={5} />
          </div>
          <button type="button" class="button secondary" onClick={onPaste} disabled={busy !== null || pasted.trim() === ''}>
            {t.previewPasted}
          </button>
        </div>
      )}

      {workbook && !report && (
        <XlsxSheetPicker t={t} workbook={workbook} disabled={busy !== null} onPick={(sheet) => void openWorkbook(workbook.bytes, sheet)} />
      )}

      {busy === 'preview' && <p role="status">{t.reading}</p>}

      {preview && source && (
        <div class="import-preview">
          <h4>{t.previewHeading}</h4>
          <p>
            {t.detected} {fill(t.rowsInFile, { n: formatNumber(locale, preview.rowCount) })}
          </p>
          <div class="import-grid">
            {!source.workbook && (
            <div class="import-field">
              <label for={`${id}-delim`}>{t.delimiter}</label>
              <select id={`${id}-delim`} value={settings.delimiter ?? preview.delimiter} onChange={(e) => reparse({ delimiter: (e.currentTarget as HTMLSelectElement).value as Delimiter })} disabled={busy !== null}>
                <option value=";">{t.delimSemicolon}</option>
                <option value=",">{t.delimComma}</option>
                <option value={'\t'}>{t.delimTab}</option>
              </select>
            </div>
            )}
            {!source.pasted && (
              <div class="import-field">
                <label for={`${id}-enc`}>{t.encoding}</label>
                <select id={`${id}-enc`} value={settings.encoding ?? 'utf-8'} onChange={(e) => reparse({ encoding: (e.currentTarget as HTMLSelectElement).value as 'utf-8' | 'windows-1252' })} disabled={busy !== null}>
                  <option value="utf-8">{t.encUtf8}</option>
                  <option value="windows-1252">{t.encWin}</option>
                </select>
              </div>
            )}
            {!source.workbook && (
            <div class="import-field">
              <label for={`${id}-dec`}>{t.decimal}</label>
              <select id={`${id}-dec`} value={settings.decimal ?? preview.decimal} onChange={(e) => setSettings((s) => ({ ...s, decimal: (e.currentTarget as HTMLSelectElement).value as DecimalSeparator }))}>
                <option value=",">{t.decComma}</option>
                <option value=".">{t.decDot}</option>
              </select>
            </div>
            )}
            <div class="import-field">
              <label for={`${id}-dates`}>{t.dateOrder}</label>
              <select id={`${id}-dates`} value={settings.dateOrder ?? (preview.delimiter === ';' ? 'dmy' : 'mdy')} onChange={(e) => setSettings((s) => ({ ...s, dateOrder: (e.currentTarget as HTMLSelectElement).value as DateOrder }))}>
                <option value="dmy">{t.dmy}</option>
                <option value="mdy">{t.mdy}</option>
              </select>
            </div>
            <div class="import-field">
              <label for={`${id}-currency`}>{t.currency}</label>
              <select id={`${id}-currency`} data-import-currency value={currency} aria-describedby={`${id}-currency-note`} onChange={(e) => setCurrency((e.currentTarget as HTMLSelectElement).value)}>
                {currencyChoices(currency, preview.currency.code, fallbackCurrency).map((c) => (
                  <option value={c} key={c}>{c}</option>
                ))}
              </select>
            </div>
          </div>
          <p id={`${id}-currency-note`} class={preview.currency.mixed.length > 0 ? 'tool-error' : 'muted'} data-currency-note>
            {preview.currency.mixed.length > 0
              ? fill(t.currencyMixed, { list: preview.currency.mixed.join(', ') })
              : preview.currency.code
                ? fill(preview.currency.source === 'column' ? t.currencyFromColumn : preview.currency.source === 'format' ? t.currencyFromFormat : t.currencyFromSymbols, { code: preview.currency.code })
                : knownCurrency
                  ? fill(t.currencyKept, { code: knownCurrency })
                  : fill(t.currencyAsk, { code: currency })}
          </p>

          <fieldset class="import-mapping">
            <legend>{t.mappingHeading}</legend>
            <div class="import-grid">
              {ROLES.map((role) => headerOptions(columns[role], (v) => setColumn(role, v), t[ROLE_LABEL[role]], role))}
              {purpose === 'portfolio' && EXTRA_ROLES.map((role) => headerOptions(extras[role], (v) => setExtra(role, v), t[ROLE_LABEL[role]], role))}
            </div>
          </fieldset>

          <div class="table-scroll">
            <table class="import-sample">
              <caption>{t.firstRows}</caption>
              <thead>
                <tr>
                  {preview.headers.map((h, i) => (
                    <th scope="col" key={i}>{h}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.rows.slice(0, PREVIEW_SHOWN).map((row, r) => (
                  <tr key={r}>
                    {preview.headers.map((_, i) => (
                      <td key={i}>{row[i] ?? ''}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          {purpose === 'portfolio' && (
            <fieldset class="import-how">
              <legend>{t.howHeading}</legend>
              <label class="choice">
                <input type="radio" name={`${id}-how`} value="replace" checked={how === 'replace'} onChange={() => setHow('replace')} /> {t.howReplace}
              </label>
              <label class="choice">
                <input type="radio" name={`${id}-how`} value="merge" checked={how === 'merge'} onChange={() => setHow('merge')} /> {t.howMerge}
              </label>
            </fieldset>
          )}

          {validation && <p class="tool-error" role="alert">{validation}</p>}
          {confirmReplace && (
            <div class="card" role="alertdialog" aria-labelledby={`${id}-confirm`} data-confirm-replace>
              <p id={`${id}-confirm`}>{fill(t.replaceConfirm, { n: formatNumber(locale, existingClients) })}</p>
              <div class="tool-actions">
                <button type="button" class="button" data-action="confirm-replace" onClick={runImport} disabled={busy !== null}>{fill(t.replaceYes, { n: formatNumber(locale, existingClients) })}</button>
                <button type="button" class="button secondary" onClick={() => setConfirmReplace(false)}>{t.replaceNo}</button>
              </div>
            </div>
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

      {busy === 'import' && (
        <div class="import-progress" role="status">
          <label for={`${id}-progress`}>{t.progressLabel}</label>
          <progress id={`${id}-progress`} max={100} value={Math.round(progress * 100)}>
            {Math.round(progress * 100)} %
          </progress>
          <p>{t.importing}</p>
          <button type="button" class="button secondary" onClick={cancel}>
            {t.cancel}
          </button>
        </div>
      )}

      {notice && <p role="status">{notice}</p>}

      {error && (
        <div class="tool-error" role="alert">
          <p>
            <strong>{t.errorTitle}</strong>: {error.text}
          </p>
          {error.issues && <IssueTable t={t} locale={locale} issues={error.issues} />}
        </div>
      )}

      {report && (
        <div class="import-report" data-import-report>
          <h4>{t.reportHeading}</h4>
          <p role="status">
            {!report.applied.ok
              ? fill(t.reportNotImported, { rows: formatNumber(locale, report.rows) })
              : fill(purpose === 'portfolio' ? t.reportImported : t.reportAnalysed, {
              clients: formatNumber(locale, report.clients),
              rows: formatNumber(locale, report.rows),
            })}{' '}
            {report.applied.ok && report.applied.added !== undefined && how === 'merge'
              ? fill(t.reportMerge, { added: formatNumber(locale, report.applied.added), updated: formatNumber(locale, report.applied.updated ?? 0) })
              : ''}
          </p>
          <PeriodNote t={t} locale={locale} report={report} />
          <p data-import-currency-report>{fill(t.reportCurrency, { code: report.currency })}</p>
          {!report.applied.ok && <p class="tool-error" role="alert">{report.applied.message}</p>}
          {report.applied.ok && report.applied.notSaved && <p class="tool-error" role="alert">{t.notSaved}</p>}
          {report.issues.length === 0 ? (
            <p>{t.reportNone}</p>
          ) : (
            <>
              <p>{fill(t.reportSkipped, { n: formatNumber(locale, report.issues.length) })}</p>
              <IssueTable t={t} locale={locale} issues={report.issues} />
            </>
          )}
          <button type="button" class="button secondary no-print" onClick={startOver}>
            {t.startOver}
          </button>
        </div>
      )}
    </section>
  );
}

/** The months the file covers, and that the tools show the whole file until a period is chosen. */
function PeriodNote({ t, locale, report }: { t: ImportStrings; locale: Locale; report: Report }) {
  if (!report.dates) return null;
  const month = (m: string) => formatMonth(locale, m);
  return <p data-import-periods>{fill(t.reportPeriodAll, { first: month(report.dates.start), last: month(report.dates.end) })}</p>;
}

/** The currencies offered: the chosen one, the file's, the page's, then the usual list, once each. */
function currencyChoices(...first: (string | null)[]): string[] {
  return [...new Set([...first.filter((c): c is string => c !== null && c !== ''), ...CURRENCIES])];
}

function monthSpan(lines: readonly { date: string }[]): MonthRange {
  let start = '';
  let end = '';
  for (const l of lines) {
    const m = l.date.slice(0, 7);
    if (start === '' || m < start) start = m;
    if (end === '' || m > end) end = m;
  }
  return { start, end };
}

function IssueTable({ t, locale, issues }: { t: ImportStrings; locale: Locale; issues: ImportIssue[] }) {
  return (
    <div class="table-scroll">
      <table class="import-issues">
        <thead>
          <tr>
            <th scope="col" class="num">{t.reportLine}</th>
            <th scope="col">{t.reportColumn}</th>
            <th scope="col">{t.reportReason}</th>
          </tr>
        </thead>
        <tbody>
          {issues.slice(0, SHOWN_ISSUES).map((issue, i) => (
            <tr key={i}>
              <td class="num">{formatNumber(locale, issue.row)}</td>
              <td>{issue.column ?? ''}</td>
              <td>{issueText(t, issue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {issues.length > SHOWN_ISSUES && <p>{fill(t.reportMore, { n: SHOWN_ISSUES })}</p>}
    </div>
  );
}
