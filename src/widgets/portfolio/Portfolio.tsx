/**
 * Client portfolio (carteira de clientes): the client database every other tool reads. Table with
 * filter, sort, pagination, inline edit, multi-select bulk actions and delete with undo; import
 * (file or paste, with preview and mapping) and CSV export in the user's format.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import { formatNumber } from '../../i18n/format';
import { localePath } from '../../i18n/paths';
import { clientKeyFromName, isReservedClientKey } from '../../domain/index.ts';
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
import { SelectOptions } from '../shared/SelectOptions.tsx';
import { EmptyPortfolioCard } from '../shared/EmptyPortfolioCard.tsx';
import { LazyImportPanel } from '../import-panel/LazyImportPanel.tsx';
import type { ImportApplied, ImportHow, ImportedData } from '../import-panel/ImportPanel.tsx';
import { UndoToast } from '../shared/UndoToast.tsx';
import { applied, writeProblem } from '../shared/writeProblem';
import { useWriteToast } from '../shared/useWriteToast.ts';
import { fillCount } from '../../i18n/plural';
import { loadSampleCompany } from '../shared/loadSampleCompany.ts';
import { COMMON } from '../../i18n/common';
import { fill } from '../../i18n/fill';
import { STRINGS } from './strings.ts';
import { filterAndSort, nextSort, segmentsOf } from './clientSort.ts';
import type { Sort, SortKey } from './clientSort.ts';
import { LazyAddClientForm } from './LazyClientForms.tsx';
import type { SaveClient } from './ClientForms.tsx';
import { ClientTable } from './ClientTable.tsx';
import { PortfolioExport } from './PortfolioExport.tsx';
import '../shared/data-tools.css';
import './portfolio.css';

const PAGE_SIZE = 50;

export default function Portfolio({ locale }: { locale: Locale }) {
  const t = STRINGS[locale];
  const common = COMMON[locale];
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
  const [editing, setEditing] = useState<string | null>(null);
  const [addOpen, setAddOpen] = useState(false);
  const { toast, setToast, report, failed, close } = useWriteToast(locale, t.keptUntilClosed);

  // Revenue and previous revenue in the chosen period (whole file unless the user chose one);
  // editing changes the stored client (its whole-file figures), so the form starts from that.
  const clients = data.clientsInPeriod;
  const storedClient = (key: string): Client | undefined => portfolio.clients.find((c) => c.key === key);
  // A client with no sale in the chosen period says so, rather than showing a revenue of zero.
  const statusOf = useMemo(() => new Map(data.view.clients.map((c) => [c.key, c.status])), [data.view]);
  const segments = useMemo(() => segmentsOf(clients), [clients]);

  const filtered = useMemo(() => filterAndSort(clients, { query, segment, keyOnly, sort }), [clients, query, segment, keyOnly, sort]);

  const pages = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = filtered.slice(current * PAGE_SIZE, current * PAGE_SIZE + PAGE_SIZE);
  const keyCount = clients.filter((c) => c.keyAccount).length;
  const selectedKeys = clients.filter((c) => selected.has(c.key)).map((c) => c.key);

  const remove = (keys: readonly string[]) => {
    if (keys.length === 0) return;
    const one = keys.length === 1 ? clients.find((c) => c.key === keys[0]) : undefined;
    const token = removeClients(keys);
    setSelected(new Set());
    if (editing !== null && keys.includes(editing)) setEditing(null);
    report(token.result, {
      text: one ? fill(t.deletedOne, { name: one.name }) : fillCount(locale, t.deleted, { n: formatNumber(locale, keys.length) }),
      ...(applied(token.result) ? { undo: () => report(restoreClients(token), { text: t.undone }) } : {}),
    });
  };

  const mark = (keys: readonly string[], value: boolean) => {
    const changed = clients.filter((c) => keys.includes(c.key) && c.keyAccount !== value).map((c) => c.key);
    const result = setKeyAccounts(changed, value);
    // Marking says how many and where to go next: the key accounts are diagnosed, then watched.
    const next = [
      { href: localePath(locale, 'tools/stage-diagnosis'), label: t.nextDiagnosis },
      { href: localePath(locale, 'dashboard'), label: t.nextDashboard },
    ];
    report(result, {
      text: fillCount(locale, value ? t.marked : t.unmarked, { n: formatNumber(locale, changed.length) }),
      ...(value && changed.length > 0 ? { next } : {}),
      ...(applied(result) && changed.length > 0 ? { undo: () => report(setKeyAccounts(changed, !value), { text: t.undone }) } : {}),
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
      ...(applied(result) ? { undo: () => report(setKeyAccounts([c.key], false), { text: t.undone }) } : {}),
    });
  };

  const saveEdit =
    (key: string): SaveClient =>
    (fields) => {
      const before = storedClient(key);
      // Fields emptied in the form are removed (undefined is not stored).
      const result = $portfolio.update((p) => ({
        ...p,
        clients: p.clients.map((c) => (c.key === key ? ({ key, ...fields } as Client) : c)),
      }));
      setEditing(null);
      report(result, {
        text: t.saved,
        ...(before && applied(result)
          ? {
              undo: () =>
                report(
                  $portfolio.update((p) => ({ ...p, clients: p.clients.map((c) => (c.key === before.key ? before : c)) })),
                  { text: t.undone },
                ),
            }
          : {}),
      });
      return null;
    };

  const add: SaveClient = (fields) => {
    const key = fields.code ?? clientKeyFromName(fields.name);
    if (isReservedClientKey(key)) return t.errReserved;
    if (clients.some((c) => c.key === key)) return t.errDuplicate;
    const { result } = addClients([{ key, ...fields }], { onExisting: 'skip' });
    report(result, {
      text: fill(t.added, { name: fields.name }),
      ...(applied(result)
        ? {
            undo: () => {
              const tok = removeClients([key]);
              report(tok.result, { text: t.undone });
            },
          }
        : {}),
    });
    return null;
  };

  const onImported = (file: ImportedData, how: ImportHow): ImportApplied => {
    if (how === 'replace') {
      // The whole previous portfolio is kept for Undo (the panel asked before replacing a non-empty one).
      const before = $portfolio.get();
      const result = replacePortfolio({ clients: file.clients, monthlySales: file.monthlySales, currency: file.currency });
      if (!applied(result)) return { ok: false, message: writeProblem(result, locale) ?? '' };
      setSelected(new Set());
      setPage(0);
      if (before.clients.length > 0) {
        setToast({
          text: fillCount(locale, t.replaced, {
            n: formatNumber(locale, before.clients.length),
            m: formatNumber(locale, file.clients.length),
          }),
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
    if (!applied(merged.result)) return { ok: false, message: writeProblem(merged.result, locale) ?? '' };
    const sales = data.monthlySales.length > 0 ? setMonthlySales(data.monthlySales, 'merge') : ({ ok: true } as WriteResult);
    if (portfolio.currency === undefined) $portfolio.update((p) => ({ ...p, currency: data.currency }));
    return { ok: true, added: merged.added, updated: merged.updated, notSaved: !merged.result.ok || !sales.ok };
  };

  const loadSample = async () => {
    setToast({ text: common.loadingSample });
    const result = await loadSampleCompany(locale);
    setPage(0);
    setSelected(new Set());
    if (!result.ok) {
      setToast({ text: fill(common.sampleFailed, { code: result.code }), tone: 'error' });
      return;
    }
    setToast({ text: fillCount(locale, t.sampleLoaded, { n: formatNumber(locale, result.clients) }) });
  };

  const toggleSort = (key: SortKey) => {
    setSort((s) => nextSort(s, key));
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
        <EmptyPortfolioCard locale={locale} t={t} onLoad={loadSample} class="card portfolio-empty" />
      ) : (
        <p class="portfolio-summary" data-summary>
          {fillCount(locale, t.summary, { n: formatNumber(locale, clients.length), k: formatNumber(locale, keyCount) })}
        </p>
      )}
      {!empty && <LazyPeriodBar locale={locale} data={data} onWrite={failed} />}

      <UndoToast toast={toast} undoLabel={common.undo} dismissLabel={common.dismiss} onClose={close} />

      {!empty && (
        <>
          <fieldset class="tool-fieldset no-print">
            <legend>{t.filterHeading}</legend>
            <div class="tool-row">
              <div class="field">
                <label for={`pf-search-${locale}`}>{t.search}</label>
                <input
                  id={`pf-search-${locale}`}
                  type="search"
                  value={query}
                  onInput={(e) => {
                    setQuery((e.currentTarget as HTMLInputElement).value);
                    setPage(0);
                  }}
                />
              </div>
              <div class="field">
                <label for={`pf-segment-${locale}`}>{t.segment}</label>
                <select
                  id={`pf-segment-${locale}`}
                  value={segment}
                  onChange={(e) => {
                    setSegment((e.currentTarget as HTMLSelectElement).value);
                    setPage(0);
                  }}
                >
                  <option value="">{t.allSegments}</option>
                  <SelectOptions values={segments} />
                </select>
              </div>
              <label class="check">
                <input
                  type="checkbox"
                  checked={keyOnly}
                  onChange={(e) => {
                    setKeyOnly((e.currentTarget as HTMLInputElement).checked);
                    setPage(0);
                  }}
                />{' '}
                {t.keyOnly}
              </label>
            </div>
          </fieldset>

          <div class="portfolio-bulk no-print" aria-live="polite">
            {selectedKeys.length > 0 && (
              <>
                <span>{fill(t.selected, { n: formatNumber(locale, selectedKeys.length) })}</span>
                <button type="button" class="button secondary" onClick={() => mark(selectedKeys, true)}>
                  {t.markKey}
                </button>
                <button type="button" class="button secondary" onClick={() => mark(selectedKeys, false)}>
                  {t.unmarkKey}
                </button>
                <button type="button" class="button danger" onClick={() => remove(selectedKeys)}>
                  {t.deleteSelected}
                </button>
                <button type="button" class="button secondary" onClick={() => setSelected(new Set())}>
                  {t.clearSelection}
                </button>
              </>
            )}
          </div>

          <p class="muted" data-showing>
            {filtered.length === 0
              ? t.showingNone
              : fillCount(locale, t.showing, {
                  from: formatNumber(locale, current * PAGE_SIZE + 1),
                  to: formatNumber(locale, current * PAGE_SIZE + shown.length),
                  n: formatNumber(locale, filtered.length),
                })}
          </p>

          <ClientTable
            locale={locale}
            t={t}
            shown={shown}
            sort={sort}
            onSort={toggleSort}
            selected={selected}
            onSelect={toggleSelected}
            allOnPage={allOnPage}
            onSelectAll={toggleAllOnPage}
            editing={editing}
            onEdit={setEditing}
            storedClient={storedClient}
            onSave={saveEdit}
            onDelete={(c) => remove([c.key])}
            onToggleKey={toggleKey}
            onPromote={promote}
            cell={{ money, statusOf, undated: data.view.months === null }}
          />

          {pages > 1 && (
            <nav class="portfolio-pages no-print" aria-label={t.pagination}>
              <button type="button" class="button secondary" onClick={() => setPage(current - 1)} disabled={current === 0}>
                {t.prev}
              </button>
              <span>{fill(t.page, { p: formatNumber(locale, current + 1), n: formatNumber(locale, pages) })}</span>
              <button type="button" class="button secondary" onClick={() => setPage(current + 1)} disabled={current >= pages - 1}>
                {t.next}
              </button>
            </nav>
          )}

          <PortfolioExport locale={locale} t={t} clients={clients} months={data.view.months} currency={currency} onDone={setToast} />
        </>
      )}

      <details class="tool-disclosure portfolio-add no-print" onToggle={(e) => setAddOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>{t.addHeading}</summary>
        {addOpen && <LazyAddClientForm t={t} locale={locale} onAdd={add} />}
      </details>

      <div class="no-print">
        {importOpen ? (
          <LazyImportPanel
            locale={locale}
            purpose="portfolio"
            onImported={onImported}
            existingClients={portfolio.clients.length}
            knownCurrency={data.currencyKnown ? currency : null}
            fallbackCurrency={currency}
          />
        ) : (
          <button type="button" class="button secondary" data-action="open-import" onClick={() => setImportOpen(true)}>
            {t.importOpen}
          </button>
        )}
      </div>
    </div>
  );
}
