/**
 * Client portfolio (carteira de clientes): the client database every other tool reads. Table with
 * filter, sort, pagination, inline edit, multi-select bulk actions and delete with undo; import
 * (file or paste, with preview and mapping) and CSV export in the user's format.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import { formatDate, formatNumber } from '../../i18n/format';
import { parseAmount } from '../../domain/amount.ts';
import { roundMoney } from '../../domain/money.ts';
import { clientKeyFromName, isReservedClientKey } from '../../domain/clientKey.ts';
import type { CsvCell, CsvFormat } from '../../domain/index.ts';
import {
  $portfolio,
  addClients,
  removeClients,
  replacePortfolio,
  restoreClients,
  setKeyAccounts,
  setMonthlySales,
} from '../../state/index.ts';
import type { Client, WriteResult } from '../../state/index.ts';
import { usePortfolioView } from '../shared/usePortfolioView.ts';
import { LazyPeriodBar } from '../shared/LazyPeriodBar.tsx';
import { LazyImportPanel } from './LazyImportPanel.tsx';
import { IMPORT_LOADING } from './lazyStrings.ts';
import type { ImportApplied, ImportHow, ImportedData } from './ImportPanel.tsx';
import { fill } from '../../i18n/fill';
import { STRINGS } from './strings.ts';
import type { PortfolioStrings } from './strings.ts';
import { UndoToast } from './UndoToast.tsx';
import type { ToastState } from './UndoToast.tsx';
import './portfolio.css';
import { loadSampleCompany } from '../shared/samples';
import { lazyImport } from '../../scripts/lazyImport.ts';

export const PAGE_SIZE = 50;

type SortKey = 'name' | 'code' | 'segment' | 'revenue' | 'previousRevenue' | 'marginPct' | 'firstPurchase' | 'manager' | 'keyAccount' | 'notes';
type Sort = { key: SortKey; dir: 'ascending' | 'descending' };

const COLUMNS: { key: SortKey; label: keyof PortfolioStrings; numeric?: boolean }[] = [
  { key: 'name', label: 'colName' },
  { key: 'code', label: 'colCode' },
  { key: 'segment', label: 'colSegment' },
  { key: 'revenue', label: 'colRevenue', numeric: true },
  { key: 'previousRevenue', label: 'colPrevious', numeric: true },
  { key: 'marginPct', label: 'colMargin', numeric: true },
  { key: 'firstPurchase', label: 'colFirst' },
  { key: 'manager', label: 'colManager' },
  { key: 'keyAccount', label: 'colKey' },
  { key: 'notes', label: 'colNotes' },
];

export const EXPORT_HEADERS: Record<Locale, readonly string[]> = {
  en: ['Client code', 'Client', 'Segment', 'Revenue', 'Previous revenue', 'Margin %', 'First purchase', 'Account manager', 'Key account', 'Notes'],
  'pt-br': ['Código', 'Cliente', 'Segmento', 'Faturamento', 'Faturamento anterior', 'Margem %', 'Primeira compra', 'Gestor da conta', 'Cliente-chave', 'Observações'],
};

/**
 * The portfolio as CSV rows. The code column holds each client's code; when only some clients have
 * one, the others get their key there, so re-importing finds every client again; when none has a
 * code the column is left out (clients are then matched by name).
 */
export function exportRows(clients: readonly Client[], locale: Locale, format: CsvFormat): CsvCell[][] {
  const t = STRINGS[locale];
  const withCode = clients.filter((c) => c.code !== undefined && c.code !== '').length;
  const codeColumn = withCode > 0;
  const headers = [...EXPORT_HEADERS[locale]];
  if (!codeColumn) headers.shift();
  const rows: CsvCell[][] = [headers];
  for (const c of clients) {
    const row: CsvCell[] = [
      c.name,
      c.segment ?? null,
      roundMoney(c.revenue),
      c.previousRevenue === undefined ? null : roundMoney(c.previousRevenue),
      c.marginPct ?? null,
      c.firstPurchase === undefined ? null : csvDate(c.firstPurchase, format),
      c.manager ?? null,
      c.keyAccount ? t.yes : t.no,
      c.notes ?? null,
    ];
    if (codeColumn) row.unshift(c.code !== undefined && c.code !== '' ? c.code : c.key);
    rows.push(row);
  }
  return rows;
}

/** Dates as the format's spreadsheets read them: dd/mm/yyyy for Excel pt-BR, ISO (unambiguous) for en. */
function csvDate(iso: string, format: CsvFormat): string {
  return format === 'pt-BR' ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : iso;
}

// Made on first use: creating a collator costs the main thread ~20 ms, not to be paid while hydrating.
let sharedCollator: Intl.Collator | undefined;
const collator = {
  compare: (a: string, b: string): number => (sharedCollator ??= new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })).compare(a, b),
};

function compareClients(a: Client, b: Client, key: SortKey): number {
  const x = a[key];
  const y = b[key];
  // Empty values last whatever the direction is handled by the caller.
  if (typeof x === 'number' || typeof y === 'number') return (x as number | undefined ?? -Infinity) - (y as number | undefined ?? -Infinity);
  if (typeof x === 'boolean' || typeof y === 'boolean') return Number(x ?? false) - Number(y ?? false);
  return collator.compare(String(x ?? ''), String(y ?? ''));
}

type Draft = { name: string; code: string; segment: string; revenue: string; previousRevenue: string; marginPct: string; firstPurchase: string; manager: string; notes: string; keyAccount: boolean };

const emptyDraft = (): Draft => ({ name: '', code: '', segment: '', revenue: '', previousRevenue: '', marginPct: '', firstPurchase: '', manager: '', notes: '', keyAccount: false });

function toDraft(c: Client, locale: Locale): Draft {
  const num = (n: number | undefined) => (n === undefined ? '' : formatNumber(locale, n, Number.isInteger(n) ? 0 : 2).replace(/[\s\u00a0\u202f]/g, ''));
  return {
    name: c.name,
    code: c.code ?? '',
    segment: c.segment ?? '',
    revenue: num(c.revenue),
    previousRevenue: num(c.previousRevenue),
    marginPct: c.marginPct === undefined ? '' : String(c.marginPct).replace('.', locale === 'pt-br' ? ',' : '.'),
    firstPurchase: c.firstPurchase ?? '',
    manager: c.manager ?? '',
    notes: c.notes ?? '',
    keyAccount: c.keyAccount,
  };
}

/** Draft → client fields, or the first error message. */
function fromDraft(d: Draft, locale: Locale, t: PortfolioStrings): { ok: true; fields: Omit<Client, 'key'> } | { ok: false; error: string } {
  const name = d.name.trim();
  if (name === '') return { ok: false, error: t.errName };
  const decimal = locale === 'pt-br' ? ',' : '.';
  const amount = (text: string): number | null | undefined => {
    if (text.trim() === '') return undefined;
    return parseAmount(text, decimal);
  };
  const revenue = amount(d.revenue);
  if (revenue === null) return { ok: false, error: fill(t.errAmount, { value: d.revenue }) };
  const previous = amount(d.previousRevenue);
  if (previous === null) return { ok: false, error: fill(t.errAmount, { value: d.previousRevenue }) };
  let margin: number | undefined;
  if (d.marginPct.trim() !== '') {
    const m = parseAmount(d.marginPct.replace('%', ''), decimal);
    if (m === null || m < -1000 || m > 1000) return { ok: false, error: t.errMargin };
    margin = m;
  }
  // Money is kept to the cent whatever was typed ("1.234,567" → 1234.57).
  const fields: Omit<Client, 'key'> = { name, revenue: roundMoney(revenue ?? 0), keyAccount: d.keyAccount };
  if (d.code.trim() !== '') fields.code = d.code.trim();
  if (d.segment.trim() !== '') fields.segment = d.segment.trim();
  if (previous !== undefined) fields.previousRevenue = roundMoney(previous);
  if (margin !== undefined) fields.marginPct = margin;
  if (d.firstPurchase !== '') fields.firstPurchase = d.firstPurchase;
  if (d.manager.trim() !== '') fields.manager = d.manager.trim();
  if (d.notes.trim() !== '') fields.notes = d.notes;
  return { ok: true, fields };
}

export default function Portfolio({ locale }: { locale: Locale }) {
  const t = STRINGS[locale];
  const data = usePortfolioView(locale);
  const { portfolio, currency } = data;
  const money = (n: number | undefined) => (n === undefined ? '' : data.money(n, 2));

  const [importOpen, setImportOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [segment, setSegment] = useState('');
  const [keyOnly, setKeyOnly] = useState(false);
  const [sort, setSort] = useState<Sort>({ key: 'revenue', dir: 'descending' });
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<{ key: string; draft: Draft; error: string } | null>(null);
  const [adding, setAdding] = useState<{ draft: Draft; error: string }>({ draft: emptyDraft(), error: '' });
  const [toast, setToast] = useState<ToastState>(null);
  const [sampleBusy, setSampleBusy] = useState(false);
  const [format, setFormat] = useState<CsvFormat>(locale === 'pt-br' ? 'pt-BR' : 'en');

  // Revenue and previous revenue in the chosen period (whole file unless the user chose one);
  // editing changes the stored client (its whole-file figures), so the form starts from that.
  const clients = data.clientsInPeriod;
  const storedClient = (key: string): Client | undefined => portfolio.clients.find((c) => c.key === key);
  // A client with no sale in the chosen period says so, rather than showing a revenue of zero.
  const statusOf = useMemo(() => new Map(data.view.clients.map((c) => [c.key, c.status])), [data.view]);
  const segments = useMemo(() => [...new Set(clients.map((c) => c.segment).filter((s): s is string => !!s))].sort(collator.compare), [clients]);

  const filtered = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    const list = clients.filter((c) => {
      if (keyOnly && !c.keyAccount) return false;
      if (segment !== '' && c.segment !== segment) return false;
      if (q === '') return true;
      return [c.name, c.code, c.manager, c.notes, c.segment].some((v) => v !== undefined && v.toLocaleLowerCase().includes(q));
    });
    const sign = sort.dir === 'ascending' ? 1 : -1;
    return list.sort((a, b) => {
      const ea = a[sort.key] === undefined || a[sort.key] === '';
      const eb = b[sort.key] === undefined || b[sort.key] === '';
      if (ea !== eb) return ea ? 1 : -1;
      return sign * compareClients(a, b, sort.key) || collator.compare(a.name, b.name);
    });
  }, [clients, query, segment, keyOnly, sort]);

  const pages = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = filtered.slice(current * PAGE_SIZE, current * PAGE_SIZE + PAGE_SIZE);
  const keyCount = clients.filter((c) => c.keyAccount).length;
  const selectedKeys = clients.filter((c) => selected.has(c.key)).map((c) => c.key);

  const report = (result: WriteResult, ok: ToastState): void => {
    if (result.ok) setToast(ok);
    else if (result.reason === 'not-saved') setToast({ text: `${ok?.text ?? ''} ${t.notSaved}`, tone: 'error', ...(ok?.undo ? { undo: ok.undo } : {}) });
    else setToast({ text: fill(t.refused, { reason: result.reason }), tone: 'error' });
  };

  const undoable = (result: WriteResult) => result.ok || result.reason === 'not-saved';

  const remove = (keys: readonly string[]) => {
    if (keys.length === 0) return;
    const one = keys.length === 1 ? clients.find((c) => c.key === keys[0]) : undefined;
    const token = removeClients(keys);
    setSelected(new Set());
    if (editing && keys.includes(editing.key)) setEditing(null);
    report(token.result, {
      text: one ? fill(t.deletedOne, { name: one.name }) : fill(t.deleted, { n: formatNumber(locale, keys.length) }),
      ...(undoable(token.result) ? { undo: () => report(restoreClients(token), { text: t.undone }) } : {}),
    });
  };

  const mark = (keys: readonly string[], value: boolean) => {
    const changed = clients.filter((c) => keys.includes(c.key) && c.keyAccount !== value).map((c) => c.key);
    const result = setKeyAccounts(changed, value);
    report(result, {
      text: fill(value ? t.marked : t.unmarked, { n: formatNumber(locale, changed.length) }),
      ...(undoable(result) && changed.length > 0 ? { undo: () => report(setKeyAccounts(changed, !value), { text: t.undone }) } : {}),
    });
  };

  const toggleKey = (c: Client) => {
    if (c.candidate === true && !c.keyAccount) return promote(c);
    const result = setKeyAccounts([c.key], !c.keyAccount);
    if (!result.ok) report(result, null);
  };

  // A candidate (class A, from the Pareto tool) becomes a key account only when the user chooses it.
  const promote = (c: Client) => {
    const result = setKeyAccounts([c.key], true);
    report(result, {
      text: fill(t.promoted, { name: c.name }),
      ...(undoable(result) ? { undo: () => report(setKeyAccounts([c.key], false), { text: t.undone }) } : {}),
    });
  };

  const saveEdit = () => {
    if (!editing) return;
    const parsed = fromDraft(editing.draft, locale, t);
    if (!parsed.ok) {
      setEditing({ ...editing, error: parsed.error });
      return;
    }
    const before = storedClient(editing.key);
    // Fields emptied in the form are removed (undefined is not stored).
    const patch: Partial<Omit<Client, 'key'>> = parsed.fields;
    const result = $portfolio.update((p) => ({
      ...p,
      clients: p.clients.map((c) => (c.key === editing.key ? { key: c.key, ...patch } as Client : c)),
    }));
    setEditing(null);
    report(result, {
      text: t.saved,
      ...(before && undoable(result) ? { undo: () => report($portfolio.update((p) => ({ ...p, clients: p.clients.map((c) => (c.key === before.key ? before : c)) })), { text: t.undone }) } : {}),
    });
  };

  const add = (event: Event) => {
    event.preventDefault();
    const parsed = fromDraft(adding.draft, locale, t);
    if (!parsed.ok) {
      setAdding({ ...adding, error: parsed.error });
      return;
    }
    const key = parsed.fields.code ?? clientKeyFromName(parsed.fields.name);
    if (isReservedClientKey(key)) {
      setAdding({ ...adding, error: t.errReserved });
      return;
    }
    if (clients.some((c) => c.key === key)) {
      setAdding({ ...adding, error: t.errDuplicate });
      return;
    }
    const { result } = addClients([{ key, ...parsed.fields }], { onExisting: 'skip' });
    setAdding({ draft: emptyDraft(), error: '' });
    report(result, {
      text: fill(t.added, { name: parsed.fields.name }),
      ...(undoable(result) ? { undo: () => { const tok = removeClients([key]); report(tok.result, { text: t.undone }); } } : {}),
    });
  };

  const onImported = (file: ImportedData, how: ImportHow): ImportApplied => {
    if (how === 'replace') {
      // The whole previous portfolio is kept for Undo (the panel asked before replacing a non-empty one).
      const before = $portfolio.get();
      const result = replacePortfolio({ clients: file.clients, monthlySales: file.monthlySales, currency: file.currency });
      if (!result.ok && result.reason !== 'not-saved') return { ok: false, message: fill(t.refused, { reason: result.reason }) };
      setSelected(new Set());
      setPage(0);
      if (before.clients.length > 0) {
        setToast({
          text: fill(t.replaced, { n: formatNumber(locale, before.clients.length), m: formatNumber(locale, file.clients.length) }),
          undo: () => report(replacePortfolio(before), { text: t.replaceUndone }),
        });
      }
      return { ok: true, added: file.clients.length, updated: 0, notSaved: !result.ok };
    }
    if (portfolio.currency !== undefined && portfolio.currency !== file.currency) {
      return { ok: false, message: fill(t.currencyMismatch, { file: file.currency, portfolio: portfolio.currency }) };
    }
    const data = file;
    // Merge: keep the user's own key-account marks unless the file says otherwise.
    const incoming = data.clients.map((c) => {
      const { keyAccount, ...rest } = c;
      return keyAccount ? { ...rest, keyAccount } : rest;
    });
    const merged = addClients(incoming, { onExisting: 'update' });
    if (!merged.result.ok && merged.result.reason !== 'not-saved') return { ok: false, message: fill(t.refused, { reason: merged.result.reason }) };
    const sales = data.monthlySales.length > 0 ? setMonthlySales(data.monthlySales, 'merge') : ({ ok: true } as WriteResult);
    if (portfolio.currency === undefined) $portfolio.update((p) => ({ ...p, currency: data.currency }));
    return { ok: true, added: merged.added, updated: merged.updated, notSaved: !merged.result.ok || !sales.ok };
  };

  const loadSample = async () => {
    setSampleBusy(true);
    setToast({ text: t.loadingSample });
    const result = await loadSampleCompany(locale);
    setSampleBusy(false);
    setPage(0);
    setSelected(new Set());
    if (!result.ok) {
      setToast({ text: fill(t.sampleFailed, { code: result.code }), tone: 'error' });
      return;
    }
    setToast({ text: fill(t.sampleLoaded, { n: formatNumber(locale, result.clients) }) });
  };

  // Export file names say which months and currency the revenue columns hold.
  const exportFileName = (extension: string): string => {
    const months = data.view.months;
    const span = months ? `${months.start}_${months.end}` : t.fileNameWhole;
    return `${t.fileName}-${span}-${currency}-${new Date().toISOString().slice(0, 10)}.${extension}`;
  };

  const exportXlsx = async () => {
    // The workbook writer (fflate) loads on the first Excel export only.
    const fileName = exportFileName('xlsx');
    try {
      const [{ tableToXlsx }, { downloadTextFile }] = await Promise.all([lazyImport(() => import('../shared/xlsxFile.ts')), lazyImport(() => import('../shared/download.ts'))]);
      // ISO dates: unambiguous text in any Excel language.
      const rows = exportRows(clients, locale, 'en');
      const amountColumns = [EXPORT_HEADERS[locale][3]!, EXPORT_HEADERS[locale][4]!].map((h) => rows[0]!.indexOf(h));
      const bytes = tableToXlsx({ sheetName: t.fileName, rows, amountColumns });
      if (!downloadTextFile({ fileName, text: bytes, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })) throw new Error('download refused');
      setToast({ text: fill(t.exported, { n: formatNumber(locale, clients.length), file: fileName }) });
    } catch {
      setToast({ text: t.exportXlsxFailed, tone: 'error' });
    }
  };

  const exportCsv = async () => {
    // The CSV writer (PapaParse) and the download helper are fetched on the first export, not with the tool.
    const fileName = exportFileName('csv');
    try {
      const [{ toCsv }, { downloadTextFile }] = await Promise.all([lazyImport(() => import('../../domain/csvExport.ts')), lazyImport(() => import('../shared/download.ts'))]);
      if (!downloadTextFile({ fileName, text: toCsv(exportRows(clients, locale, format), format), mimeType: 'text/csv' })) throw new Error('download refused');
      setToast({ text: fill(t.exported, { n: formatNumber(locale, clients.length), file: fileName }) });
    } catch {
      setToast({ text: t.exportFailed, tone: 'error' });
    }
  };

  const toggleSort = (key: SortKey) => {
    setSort((s) => (s.key === key ? { key, dir: s.dir === 'ascending' ? 'descending' : 'ascending' } : { key, dir: key === 'revenue' || key === 'previousRevenue' || key === 'marginPct' || key === 'keyAccount' ? 'descending' : 'ascending' }));
    setPage(0);
  };

  const toggleSelected = (key: string) => {
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  };
  const allOnPage = shown.length > 0 && shown.every((c) => selected.has(c.key));
  const toggleAllOnPage = () => {
    setSelected((s) => {
      const next = new Set(s);
      for (const c of shown) {
        if (allOnPage) next.delete(c.key);
        else next.add(c.key);
      }
      return next;
    });
  };

  const empty = clients.length === 0;

  return (
    <div data-widget="portfolio" class="widget portfolio">
      <p class="portfolio-intro">{t.intro}</p>

      {empty ? (
        <div class="card portfolio-empty">
          <h3>{t.emptyTitle}</h3>
          <p>{t.emptyText}</p>
          <button type="button" class="button" data-action="load-sample" onClick={loadSample} disabled={sampleBusy}>
            {t.loadSample}
          </button>
        </div>
      ) : (
        <p class="portfolio-summary" data-summary>
          {fill(t.summary, { n: formatNumber(locale, clients.length), k: formatNumber(locale, keyCount)})}
        </p>
      )}
      {!empty && <LazyPeriodBar locale={locale} data={data} onWrite={(r) => { if (!r.ok) report(r, null); }} />}

      <UndoToast toast={toast} undoLabel={t.undo} dismissLabel={t.dismiss} onClose={() => setToast(null)} />

      {!empty && (
        <>
          <fieldset class="portfolio-filters no-print">
            <legend>{t.filterHeading}</legend>
            <div class="portfolio-filter-row">
              <div class="field">
                <label for={`pf-search-${locale}`}>{t.search}</label>
                <input id={`pf-search-${locale}`} type="search" value={query} onInput={(e) => { setQuery((e.currentTarget as HTMLInputElement).value); setPage(0); }} />
              </div>
              <div class="field">
                <label for={`pf-segment-${locale}`}>{t.segment}</label>
                <select id={`pf-segment-${locale}`} value={segment} onChange={(e) => { setSegment((e.currentTarget as HTMLSelectElement).value); setPage(0); }}>
                  <option value="">{t.allSegments}</option>
                  {segments.map((s) => (
                    <option value={s} key={s}>{s}</option>
                  ))}
                </select>
              </div>
              <label class="check">
                <input type="checkbox" checked={keyOnly} onChange={(e) => { setKeyOnly((e.currentTarget as HTMLInputElement).checked); setPage(0); }} /> {t.keyOnly}
              </label>
            </div>
          </fieldset>

          <div class="portfolio-bulk no-print" aria-live="polite">
            {selectedKeys.length > 0 && (
              <>
                <span>{fill(t.selected, { n: formatNumber(locale, selectedKeys.length) })}</span>
                <button type="button" class="button secondary" onClick={() => mark(selectedKeys, true)}>{t.markKey}</button>
                <button type="button" class="button secondary" onClick={() => mark(selectedKeys, false)}>{t.unmarkKey}</button>
                <button type="button" class="button danger" onClick={() => remove(selectedKeys)}>{t.deleteSelected}</button>
                <button type="button" class="button secondary" onClick={() => setSelected(new Set())}>{t.clearSelection}</button>
              </>
            )}
          </div>

          <p class="muted" data-showing>
            {filtered.length === 0
              ? t.showingNone
              : fill(t.showing, { from: formatNumber(locale, current * PAGE_SIZE + 1), to: formatNumber(locale, current * PAGE_SIZE + shown.length), n: formatNumber(locale, filtered.length) })}
          </p>

          <div class="table-scroll portfolio-table-wrap">
            <table class="portfolio-table">
              <caption class="sr-only">{t.tableCaption}</caption>
              <thead>
                <tr>
                  <th scope="col" class="no-print">
                    <input type="checkbox" aria-label={t.selectAll} checked={allOnPage} onChange={toggleAllOnPage} />
                  </th>
                  {COLUMNS.map((col) => (
                    <th scope="col" key={col.key} class={col.numeric ? 'num' : undefined} aria-sort={sort.key === col.key ? sort.dir : 'none'}>
                      <button type="button" class="sort-button" onClick={() => toggleSort(col.key)} aria-label={fill(t.sortBy, { col: t[col.label] })}>
                        {t[col.label]}
                        <span aria-hidden="true" class="sort-mark">{sort.key === col.key ? (sort.dir === 'ascending' ? '▲' : '▼') : '↕'}</span>
                      </button>
                    </th>
                  ))}
                  <th scope="col" class="no-print">{t.colActions}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((c) =>
                  editing?.key === c.key ? (
                    <EditRow key={c.key} t={t} draft={editing.draft} error={editing.error} onChange={(draft) => setEditing({ ...editing, draft })} onSave={saveEdit} onCancel={() => setEditing(null)} />
                  ) : (
                    <tr key={c.key} data-key={c.key}>
                      <td class="no-print">
                        <input type="checkbox" aria-label={fill(t.selectOne, { name: c.name })} checked={selected.has(c.key)} onChange={() => toggleSelected(c.key)} />
                      </td>
                      <th scope="row">{c.name}</th>
                      <td>{c.code ?? ''}</td>
                      <td>{c.segment ?? ''}</td>
                      <td class="num">{statusOf.get(c.key) === 'sales' || data.view.months === null ? money(c.revenue) : <span class="muted" data-no-sales>{statusOf.get(c.key) === 'undated' ? t.undatedInPeriod : t.noSalesInPeriod}</span>}</td>
                      <td class="num">{money(c.previousRevenue)}</td>
                      <td class="num">{c.marginPct === undefined ? '' : formatNumber(locale, c.marginPct, Number.isInteger(c.marginPct) ? 0 : 1)}</td>
                      <td>{c.firstPurchase ? formatDate(locale, c.firstPurchase, 'short') : ''}</td>
                      <td>{c.manager ?? ''}</td>
                      <td>
                        <label class="key-toggle">
                          <input type="checkbox" checked={c.keyAccount} onChange={() => toggleKey(c)} aria-label={fill(t.keyToggle, { name: c.name })} />
                          <span aria-hidden="true">{c.keyAccount ? t.yes : t.no}</span>
                        </label>
                        {c.candidate === true && !c.keyAccount && (
                          <span data-candidate>
                            <span class="mx-badge">{t.candidate}</span>{' '}
                            <button type="button" class="button secondary small no-print" data-action="promote-candidate" aria-label={fill(t.promoteName, { name: c.name })} onClick={() => promote(c)}>
                              {t.promote}
                            </button>
                          </span>
                        )}
                      </td>
                      <td class="notes-cell">{c.notes ?? ''}</td>
                      <td class="no-print actions-cell">
                        <button type="button" class="button secondary small" aria-label={fill(t.editName, { name: c.name })} onClick={() => setEditing({ key: c.key, draft: toDraft(storedClient(c.key) ?? c, locale), error: '' })}>
                          {t.edit}
                        </button>
                        <button type="button" class="button secondary small" aria-label={fill(t.deleteName, { name: c.name })} onClick={() => remove([c.key])}>
                          {t.delete}
                        </button>
                      </td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          </div>

          {pages > 1 && (
            <nav class="portfolio-pages no-print" aria-label={t.pagination}>
              <button type="button" class="button secondary" onClick={() => setPage(current - 1)} disabled={current === 0}>{t.prev}</button>
              <span>{fill(t.page, { p: formatNumber(locale, current + 1), n: formatNumber(locale, pages) })}</span>
              <button type="button" class="button secondary" onClick={() => setPage(current + 1)} disabled={current >= pages - 1}>{t.next}</button>
            </nav>
          )}

          <section class="portfolio-export no-print" aria-labelledby={`pf-export-${locale}`}>
            <h3 id={`pf-export-${locale}`}>{t.exportHeading}</h3>
            <div class="portfolio-filter-row">
              <div class="field">
                <label for={`pf-format-${locale}`}>{t.exportFormat}</label>
                <select id={`pf-format-${locale}`} value={format} onChange={(e) => setFormat((e.currentTarget as HTMLSelectElement).value as CsvFormat)}>
                  <option value="pt-BR">{t.formatPt}</option>
                  <option value="en">{t.formatEn}</option>
                </select>
              </div>
              <button type="button" class="button" data-action="export-csv" onClick={exportCsv}>{t.exportCsv}</button>
              <button type="button" class="button secondary" data-action="export-xlsx" onClick={exportXlsx}>{t.exportXlsx}</button>
            </div>
            <p class="muted">{t.exportNote}</p>
          </section>
        </>
      )}

      <details class="portfolio-add no-print">
        <summary>{t.addHeading}</summary>
        <form onSubmit={add} noValidate>
          <DraftFields t={t} idPrefix={`pf-add-${locale}`} draft={adding.draft} onChange={(draft) => setAdding({ draft, error: adding.error })} />
          {adding.error && <p class="import-error" role="alert">{adding.error}</p>}
          <button type="submit" class="button">{t.add}</button>
        </form>
      </details>

      <div class="no-print">
        {importOpen ? (
          <LazyImportPanel locale={locale} purpose="portfolio" onImported={onImported} existingClients={portfolio.clients.length} knownCurrency={data.currencyKnown ? currency : null} fallbackCurrency={currency} />
        ) : (
          <button type="button" class="button secondary" data-action="open-import" onClick={() => setImportOpen(true)}>
            {IMPORT_LOADING[locale].open}
          </button>
        )}
      </div>
    </div>
  );
}

function DraftFields({ t, idPrefix, draft, onChange }: { t: PortfolioStrings; idPrefix: string; draft: Draft; onChange: (d: Draft) => void }) {
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

function EditRow({ t, draft, error, onChange, onSave, onCancel }: { t: PortfolioStrings; draft: Draft; error: string; onChange: (d: Draft) => void; onSave: () => void; onCancel: () => void }) {
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
          {error && <p class="import-error" role="alert">{error}</p>}
          <div class="import-actions">
            <button type="submit" class="button">{t.save}</button>
            <button type="button" class="button secondary" onClick={onCancel}>{t.cancel}</button>
          </div>
        </form>
      </td>
    </tr>
  );
}
