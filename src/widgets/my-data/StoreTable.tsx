/**
 * The table of what the site keeps, read from the stores: fetched once hydration finds something of
 * this site in the browser (an empty browser shows tableView.tsx's defaults and never loads this),
 * so every store and its schema stay out of the page's first download.
 */
import { useEffect, useState } from 'preact/hooks';
import { formatDate } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import {
  $accountReviews,
  $accountTeams,
  $assessments,
  $buyingCentres,
  $costToServe,
  $kraljic,
  $matrixConfig,
  $portfolio,
  $progress,
  $segments,
  $settings,
  $valuePropositions,
  STORE_NAMES,
  countData,
  currencyOf,
  storeByName,
} from '../../state/index';
import type { StoreMeta, StoreName, StorageUsage } from '../../state/index';
import { useStored } from '../shared/useStored';
import { StoreTableView, contentsOf } from './tableView';
import type { MyDataStrings } from './strings';

export type Props = {
  locale: Locale;
  t: MyDataStrings;
  storeLabel: (name: StoreName) => string;
  usage: StorageUsage;
};

function readMetas(): Record<StoreName, StoreMeta> {
  return Object.fromEntries(STORE_NAMES.map((name) => [name, storeByName(name).$meta.get()])) as Record<StoreName, StoreMeta>;
}

/** Every store's meta (saved when, read-only, unsaved), kept current. */
function useMetas(): Record<StoreName, StoreMeta> {
  const [metas, setMetas] = useState(readMetas);
  useEffect(() => {
    const stop = STORE_NAMES.map((name) => storeByName(name).$meta.listen(() => setMetas(readMetas())));
    setMetas(readMetas());
    return () => stop.forEach((off) => off());
  }, []);
  return metas;
}

export function StoreTable({ locale, t, storeLabel, usage }: Props) {
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
  const metas = useMetas();

  const contents = contentsOf(t, {
    settings: {
      name: settings.userName || t.noName,
      currency: currencyOf(portfolio, settings) ?? t.currencyAuto,
      format: settings.numberFormat,
    },
    counts: countData({ portfolio, assessments, segments, progress }),
    criteria: matrixConfig.attractiveness.length + matrixConfig.strength.length,
    buyingCentres: buyingCentres.length,
    costClients: Object.keys(costs.clients).length,
    propositions: propositions.length,
    teams: accountTeams.teams.length,
    reviews: reviews.length,
    reviewedAccounts: new Set(reviews.map((r) => r.accountKey)).size,
    kraljic: kraljic.length,
  });
  const row = (name: StoreName) => {
    const meta = metas[name];
    return {
      saved: meta.savedAt ? formatDate(locale, meta.savedAt, 'medium') : null,
      readOnly: meta.readOnly,
      unsaved: meta.unsaved,
      bytes: usage.keys.find((k) => k.key === storeByName(name).key)?.bytes ?? null,
    };
  };
  return <StoreTableView locale={locale} t={t} storeLabel={storeLabel} contents={contents} row={row} />;
}
