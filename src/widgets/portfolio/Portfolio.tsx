/**
 * Client portfolio (carteira de clientes): the client database every other tool reads. Table with
 * filter, sort, pagination, inline edit, multi-select bulk actions and delete with undo; import
 * (file or paste, with preview and mapping) and CSV export in the user's format.
 */
import { useState } from 'preact/hooks';
import type { ComponentProps } from 'preact';
import type { Locale } from '../../i18n/locales';
import { formatNumber } from '../../i18n/format';
import { clientKeyFromName, isReservedClientKey } from '../../domain/index.ts';
import { $portfolio, addClients, removeClients, replacePortfolio, setMonthlySales } from '../../state/index.ts';
import type { WriteResult } from '../../state/index.ts';
import { usePortfolioView } from '../shared/usePortfolioView.ts';
import { LazyPeriodBar } from '../shared/LazyPeriodBar.tsx';
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
import type { Sort } from './clientSort.ts';
import { FormLoading, LazyAddClientForm } from './LazyClientForms.tsx';
import type { SaveClient } from './ClientForms.tsx';
import type { ClientList } from './ClientList.tsx';
import { lazyComponent, lazyLoader } from '../shared/useLazyComponent.ts';
import '../shared/data-tools.css';
import './portfolio.css';

// The clients' table, filter and export come only with stored clients: fetched once there are some.
type ListProps = ComponentProps<typeof ClientList>;
const LazyClientList = lazyComponent(
  lazyLoader<ListProps>(() => import('./ClientList.tsx').then((m) => m.ClientList)),
  (failed, { t }) => <FormLoading text={failed ? t.listFailed : t.listLoading} />,
);

export default function Portfolio({ locale }: { locale: Locale }) {
  const t = STRINGS[locale];
  const common = COMMON[locale];
  const data = usePortfolioView(locale);
  const { portfolio, currency } = data;

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

  const clients = data.clientsInPeriod;
  const keyCount = clients.filter((c) => c.keyAccount).length;
  const list = {
    query,
    setQuery,
    segment,
    setSegment,
    keyOnly,
    setKeyOnly,
    sort,
    setSort,
    page,
    setPage,
    selected,
    setSelected,
    editing,
    setEditing,
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

      {!empty && <LazyClientList locale={locale} t={t} data={data} state={list} report={report} onToast={setToast} />}

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
