/**
 * "My data": what the site keeps in this browser, how much space it takes, backup, restore (whole
 * file checked, summary shown, replace or merge only after confirmation), kept copies, and reset
 * behind a confirmation. All storage work goes through src/state; this component only shows it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import {
  currencyOf,
  $assessments,
  $matrixConfig,
  $portfolio,
  $progress,
  $segments,
  $accountTeams,
  $buyingCentres,
  $costToServe,
  $valuePropositions,
  $accountReviews,
  $kraljic,
  $settings,
  $storageStatus,
  STORE_NAMES,
  activeWorkspace,
  countData,
  listKeptCopies,
  storageUsage,
  storeByName,
} from '../../state/index';
import type { StoreName } from '../../state/index';
import { useLive, useStored } from '../shared/useStored';
import { lazyComponent, lazyLoader } from '../shared/useLazyComponent.ts';
import { STORE_LABELS } from '../shared/storeNameStrings';
import { fill } from '../../i18n/fill';
import { MY_DATA_STRINGS } from './strings';
import { BackupSection, StoreRow, formatBytes } from './parts';
import { RestoreSection } from './RestoreSection';
import { KeptCopies } from './KeptCopies';
import { ResetSection } from './ResetSection';
import { TableHead } from '../shared/TableHead.tsx';
import './my-data.css';

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
  const assessments = useStored($assessments);
  const matrixConfig = useStored($matrixConfig);
  const segments = useStored($segments);
  const buyingCentres = useStored($buyingCentres);
  const costs = useStored($costToServe);
  const propositions = useStored($valuePropositions);
  const accountTeams = useStored($accountTeams);
  const reviews = useStored($accountReviews);
  const kraljic = useStored($kraljic);
  const progress = useStored($progress);
  // Backup, restore and reset act on the user's own data only (state/backup.ts): in the demo they
  // are replaced by a way back. The workspace cannot change on this page without a reload.
  const inDemo = hydrated && activeWorkspace() === 'demo';
  const status = useLive($storageStatus, { notices: [], persistent: null });
  const counts = countData({ portfolio, assessments, segments, progress });

  // Space and kept copies come from storage itself: read after hydration, refreshed when data changes.
  const [tick, setTick] = useState(0);
  const usage = hydrated ? storageUsage() : null;
  const kept = hydrated ? listKeptCopies() : [];
  void tick;

  const contents: Record<StoreName, string> = {
    settings: fill(t['contents.settings'], {
      name: settings.userName || t.noName,
      currency: currencyOf(portfolio, settings) ?? t.currencyAuto,
      format: settings.numberFormat,
    }),
    portfolio: fill(t['contents.portfolio'], {
      clients: counts.clients,
      keyAccounts: counts.keyAccounts,
      monthlySales: counts.monthlySales,
    }),
    assessments: fill(t['contents.assessments'], { accounts: counts.accountsAssessed, diagnoses: counts.diagnoses, plans: counts.plans }),
    matrixConfig: fill(t['contents.matrixConfig'], { criteria: matrixConfig.attractiveness.length + matrixConfig.strength.length }),
    segments: fill(t['contents.segments'], { segments: counts.segments }),
    progress: fill(t['contents.progress'], { lessons: counts.lessonsRead, quizzes: counts.quizzes }),
    buyingCentres: fill(t['contents.buyingCentres'], { accounts: buyingCentres.length }),
    costToServe: fill(t['contents.costToServe'], { clients: Object.keys(costs.clients).length }),
    valuePropositions: fill(t['contents.valuePropositions'], { accounts: propositions.length }),
    accountTeams: fill(t['contents.accountTeams'], { accounts: accountTeams.teams.length }),
    accountReviews: fill(t['contents.accountReviews'], {
      reviews: reviews.length,
      accounts: new Set(reviews.map((r) => r.accountKey)).size,
    }),
    kraljic: fill(t['contents.kraljic'], { accounts: kraljic.length }),
  };

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
      <div class="my-data__table-wrap">
        <table class="my-data__table">
          <TableHead cols={[t.colWhat, t.colContents, t.colSaved, { num: t.colSize }]} />
          <tbody>
            {STORE_NAMES.map((name) => (
              <StoreRow
                key={name}
                locale={locale}
                t={t}
                name={name}
                label={storeLabel(name)}
                contents={contents[name]}
                bytes={usage?.keys.find((k) => k.key === storeByName(name).key)?.bytes ?? null}
              />
            ))}
          </tbody>
        </table>
      </div>

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
