/**
 * The portfolio table: sortable column headers, a selection box per row, the key-account toggle
 * (with "choose" for a Pareto candidate), edit in place and delete. The caller owns the state.
 */
import type { Locale } from '../../i18n/locales';
import { formatDate, formatNumber } from '../../i18n/format';
import type { Client } from '../../state/index.ts';
import { fill } from '../../i18n/fill';
import type { PortfolioStrings } from './strings.ts';
import { COLUMNS } from './clientSort.ts';
import type { Sort, SortKey } from './clientSort.ts';
import { LazyEditRow } from './LazyClientForms.tsx';
import type { SaveClient } from './ClientForms.tsx';

type Props = {
  locale: Locale;
  t: PortfolioStrings;
  shown: readonly Client[];
  sort: Sort;
  onSort: (key: SortKey) => void;
  selected: ReadonlySet<string>;
  onSelect: (key: string) => void;
  allOnPage: boolean;
  onSelectAll: () => void;
  /** The key of the client being edited in place. */
  editing: string | null;
  onEdit: (key: string | null) => void;
  /** The stored client (whole-file figures), which the edit form starts from. */
  storedClient: (key: string) => Client | undefined;
  onSave: (key: string) => SaveClient;
  onDelete: (c: Client) => void;
  onToggleKey: (c: Client) => void;
  onPromote: (c: Client) => void;
  /** Amounts in the data's currency; whether each client sold in the chosen period. */
  cell: { money: (n: number | undefined) => string; statusOf: ReadonlyMap<string, string>; undated: boolean };
};

export function ClientTable(props: Props) {
  const {
    locale,
    t,
    shown,
    sort,
    onSort,
    selected,
    onSelect,
    allOnPage,
    onSelectAll,
    editing,
    onEdit,
    storedClient,
    onSave,
    onDelete,
    onToggleKey,
    onPromote,
    cell,
  } = props;
  return (
    <div class="table-scroll portfolio-table-wrap">
      <table class="portfolio-table">
        <caption class="sr-only">{t.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col" class="no-print">
              <input type="checkbox" aria-label={t.selectAll} checked={allOnPage} onChange={onSelectAll} />
            </th>
            {COLUMNS.map((col) => (
              <th scope="col" key={col.key} class={col.numeric ? 'num' : undefined} aria-sort={sort.key === col.key ? sort.dir : 'none'}>
                <button
                  type="button"
                  class="sort-button"
                  onClick={() => onSort(col.key)}
                  aria-label={fill(t.sortBy, { col: t[col.label] })}
                >
                  {t[col.label]}
                  <span aria-hidden="true" class="sort-mark">
                    {sort.key === col.key ? (sort.dir === 'ascending' ? '▲' : '▼') : '↕'}
                  </span>
                </button>
              </th>
            ))}
            <th scope="col" class="no-print">
              {t.colActions}
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((c) =>
            editing === c.key ? (
              <LazyEditRow
                key={c.key}
                colSpan={COLUMNS.length + 2}
                t={t}
                locale={locale}
                client={storedClient(c.key) ?? c}
                onSave={onSave(c.key)}
                onCancel={() => onEdit(null)}
              />
            ) : (
              <tr key={c.key} data-key={c.key}>
                <td class="no-print">
                  <input
                    type="checkbox"
                    aria-label={fill(t.selectOne, { name: c.name })}
                    checked={selected.has(c.key)}
                    onChange={() => onSelect(c.key)}
                  />
                </td>
                <th scope="row">{c.name}</th>
                <td>{c.code ?? ''}</td>
                <td>{c.segment ?? ''}</td>
                <td class="num">
                  {cell.statusOf.get(c.key) === 'sales' || cell.undated ? (
                    cell.money(c.revenue)
                  ) : (
                    <span class="muted" data-no-sales>
                      {cell.statusOf.get(c.key) === 'undated' ? t.undatedInPeriod : t.noSalesInPeriod}
                    </span>
                  )}
                </td>
                <td class="num">{cell.money(c.previousRevenue)}</td>
                <td class="num">
                  {c.marginPct === undefined ? '' : formatNumber(locale, c.marginPct, Number.isInteger(c.marginPct) ? 0 : 1)}
                </td>
                <td>{c.firstPurchase ? formatDate(locale, c.firstPurchase, 'short') : ''}</td>
                <td>{c.manager ?? ''}</td>
                <td>
                  <label class="key-toggle">
                    <input
                      type="checkbox"
                      checked={c.keyAccount}
                      onChange={() => onToggleKey(c)}
                      aria-label={fill(t.keyToggle, { name: c.name })}
                    />
                    <span aria-hidden="true">{c.keyAccount ? t.yes : t.no}</span>
                  </label>
                  {c.candidate === true && !c.keyAccount && (
                    <span data-candidate>
                      <span class="mx-badge">{t.candidate}</span>{' '}
                      <button
                        type="button"
                        class="button secondary small no-print"
                        data-action="promote-candidate"
                        aria-label={fill(t.promoteName, { name: c.name })}
                        onClick={() => onPromote(c)}
                      >
                        {t.promote}
                      </button>
                    </span>
                  )}
                </td>
                <td class="notes-cell">{c.notes ?? ''}</td>
                <td class="no-print actions-cell">
                  <button
                    type="button"
                    class="button secondary small"
                    aria-label={fill(t.editName, { name: c.name })}
                    onClick={() => onEdit(c.key)}
                  >
                    {t.edit}
                  </button>
                  <button
                    type="button"
                    class="button secondary small"
                    aria-label={fill(t.deleteName, { name: c.name })}
                    onClick={() => onDelete(c)}
                  >
                    {t.delete}
                  </button>
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
