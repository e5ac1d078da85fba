/**
 * "My data": what the site keeps in this browser, how much space it takes, backup, restore (whole
 * file checked, summary shown, replace or merge only after confirmation), kept copies, and reset
 * behind a confirmation. All storage work goes through src/state; this component only shows it.
 * The table is drawn from the stores (StoreTable.tsx, fetched then) only once hydration finds
 * something of this site in the browser; an empty browser's table needs no store code.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import { $portfolio, $settings, $storageStatus, STORE_NAMES, activeWorkspace, listKeptCopies, storageUsage } from '../../state/index';
import type { StoreName } from '../../state/index';
import { useLive, useStored } from '../shared/useStored';
import { lazyComponent, lazyLoader } from '../shared/useLazyComponent.ts';
import { STORE_LABELS } from '../shared/storeNameStrings';
import { fill } from '../../i18n/fill';
import { MY_DATA_STRINGS } from './strings';
import { BackupSection, formatBytes } from './parts';
import { RestoreSection } from './RestoreSection';
import { KeptCopies } from './KeptCopies';
import { ResetSection } from './ResetSection';
import type { Props as StoreTableProps } from './StoreTable.tsx';
import { StoreTableView, contentsOf, emptyHoldings } from './tableView.tsx';
import './my-data.css';

// The stores are read only when the browser holds something of this site: until the table from them
// is fetched, the empty browser's table stands in its place (busy), as the server rendered it.
const LazyStoreTable = lazyComponent(
  lazyLoader<StoreTableProps>(() => import('./StoreTable.tsx').then((m) => m.StoreTable)),
  (failed, { locale, t, storeLabel }) =>
    failed ? (
      <p class="my-data__message my-data__message--error" role="alert">
        {t.tableFailed}
      </p>
    ) : (
      <StoreTableView
        locale={locale}
        t={t}
        storeLabel={storeLabel}
        contents={contentsOf(t, emptyHoldings(t, $settings.get().numberFormat))}
        busy
      />
    ),
);

// Offline before the site was cached, the table still shows, without the period controls.
const LazyPeriodSection = lazyComponent(
  lazyLoader<{ locale: Locale }>(() => import('./PeriodSection.tsx').then((m) => m.PeriodSection)),
  () => <div class="period-bar-placeholder" aria-hidden="true" />,
);

// Offline before the site was cached, the site-wide demo banner still offers the way back.
const LazyDemoNotice = lazyComponent(lazyLoader<{ locale: Locale }>(() => import('./DemoNotice.tsx').then((m) => m.DemoNotice)));

function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

export default function MyData({ locale }: { locale: Locale }) {
  const t = MY_DATA_STRINGS[locale];
  const names = STORE_LABELS[locale];
  const storeLabel = (name: StoreName) => names[name];
  const hydrated = useHydrated();

  const settings = useStored($settings);
  const portfolio = useStored($portfolio);
  // Backup, restore and reset act on the user's own data only (state/backup.ts): in the demo they
  // are replaced by a way back. The workspace cannot change on this page without a reload.
  const inDemo = hydrated && activeWorkspace() === 'demo';
  const status = useLive($storageStatus, { notices: [], persistent: null });

  // Space and kept copies come from storage itself: read after hydration, refreshed when data changes.
  const [tick, setTick] = useState(0);
  const usage = hydrated ? storageUsage() : null;
  const kept = hydrated ? listKeptCopies() : [];
  void tick;
  // Another tab may store the first thing of this site while this page is open.
  useEffect(() => {
    const refresh = () => setTick((n) => n + 1);
    window.addEventListener('storage', refresh);
    return () => window.removeEventListener('storage', refresh);
  }, []);

  return (
    <section class="my-data" data-widget="my-data">
      <div class="my-data__privacy">
        <h2>{t.privacyTitle}</h2>
        <p>{t.privacy}</p>
        <p>{t.privacyRisk}</p>
        {status.persistent === true && <p class="my-data__ok">{t.persistentYes}</p>}
        {status.persistent === false && <p class="my-data__warn">{t.persistentNo}</p>}
      </div>

      {inDemo && <LazyDemoNotice locale={locale} />}

      <h2>{inDemo ? t.storedTitleDemo : t.storedTitle}</h2>
      {usage !== null && usage.keys.length > 0 ? (
        <LazyStoreTable locale={locale} t={t} storeLabel={storeLabel} usage={usage} />
      ) : (
        <StoreTableView locale={locale} t={t} storeLabel={storeLabel} contents={contentsOf(t, emptyHoldings(t, settings.numberFormat))} />
      )}

      {portfolio.clients.length > 0 && (
        <>
          <h2>{t.currencyTitle}</h2>
          <p>{t.currencyText}</p>
          <LazyPeriodSection locale={locale} />
        </>
      )}

      <h2>{t.spaceTitle}</h2>
      <p data-testid="space-used">{fill(t.space, { size: usage ? formatBytes(locale, usage.bytes) : '…' })}</p>

      {!inDemo && (
        <>
          <BackupSection locale={locale} t={t} />
          <RestoreSection locale={locale} t={t} storeLabel={storeLabel} onDone={() => setTick((n) => n + 1)} />

          {kept.length > 0 && (
            <KeptCopies
              t={t}
              kept={kept}
              locale={locale}
              storeLabel={(s) => ((STORE_NAMES as readonly string[]).includes(s) ? storeLabel(s as StoreName) : s)}
              onChange={() => setTick((n) => n + 1)}
            />
          )}

          <ResetSection locale={locale} t={t} storeLabel={storeLabel} onDone={() => setTick((n) => n + 1)} />
        </>
      )}
    </section>
  );
}
