/**
 * The clients of a non-empty portfolio: filter, bulk actions, the table with its pages, and the
 * export. Only stored data brings clients (the server-rendered page has none), so this part is
 * fetched once hydration finds some (or the first client is added) and is not in the tool's first
 * download. Its state lives in `Portfolio`, which resets the page and selection after an import.
 */
import { useMemo } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import { formatNumber } from '../../i18n/format';
import { localePath } from '../../i18n/paths';
import { fill } from '../../i18n/fill';
import { fillCount } from '../../i18n/plural';
import { $portfolio, removeClients, restoreClients, setKeyAccounts } from '../../state/index.ts';
import type { Client, WriteResult } from '../../state/index.ts';
import type { PortfolioView } from '../shared/usePortfolioView.ts';
import { SelectOptions } from '../shared/SelectOptions.tsx';
import type { ToastState } from '../shared/UndoToast.tsx';
import { applied } from '../shared/writeProblem';
import { filterAndSort, nextSort, segmentsOf } from './clientSort.ts';
import type { Sort, SortKey } from './clientSort.ts';
import type { SaveClient } from './ClientForms.tsx';
import { ClientTable } from './ClientTable.tsx';
import { PortfolioExport } from './PortfolioExport.tsx';
import type { PortfolioStrings } from './strings.ts';

const PAGE_SIZE = 50;

type Setter<T> = (value: T | ((current: T) => T)) => void;

/** What the list shows, kept by `Portfolio` across the list's loading and an empty portfolio. */
export type ListState = {
  query: string;
  setQuery: Setter<string>;
  segment: string;
  setSegment: Setter<string>;
  keyOnly: boolean;
  setKeyOnly: Setter<boolean>;
  sort: Sort;
  setSort: Setter<Sort>;
  page: number;
  setPage: Setter<number>;
  selected: ReadonlySet<string>;
  setSelected: Setter<ReadonlySet<string>>;
  editing: string | null;
  setEditing: Setter<string | null>;
};

type Props = {
  locale: Locale;
  t: PortfolioStrings;
  data: PortfolioView;
  state: ListState;
  report: (result: WriteResult, done: ToastState) => void;
  onToast: (toast: ToastState) => void;
};

export function ClientList({ locale, t, data, state, report, onToast }: Props) {
  const { query, setQuery, segment, setSegment, keyOnly, setKeyOnly, sort, setSort, page, setPage } = state;
  const { selected, setSelected, editing, setEditing } = state;
  const { portfolio, currency } = data;
  const money = (n: number | undefined) => (n === undefined ? '' : data.money(n, 2));

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

  return (
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

      <PortfolioExport locale={locale} t={t} clients={clients} months={data.view.months} currency={currency} onDone={onToast} />
    </>
  );
}
