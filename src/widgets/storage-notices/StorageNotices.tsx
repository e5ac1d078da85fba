/**
 * The place on every tool page where `$storageStatus` is reported (not saved, storage unavailable,
 * recovered copies, read-only and other-tab changes; see NoticeList.tsx).
 *
 * Almost every visit has nothing to report, so this island only watches the status: the banners,
 * their words and the backup code load the first time there is a notice (measured: 2.4 KB gzipped
 * less on every tool page). The landmark and its label are the page's (Base.astro), there from the
 * start, so the region a screen reader knows about does not move when a banner appears.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import { $storageStatus } from '../../state/status';
import type { StorageStatus } from '../../state/status';
import { useLive } from '../shared/useStored';
import './storage-notices.css';
import { lazyImport } from '../../scripts/lazyImport.ts';

const SERVER_STATUS: StorageStatus = { notices: [], persistent: null };

type NoticeListComponent = ComponentType<{ locale: Locale }>;

export default function StorageNotices({ locale }: { locale: Locale }) {
  const { notices } = useLive($storageStatus, SERVER_STATUS);
  const [List, setList] = useState<NoticeListComponent | null>(null);
  const needed = notices.length > 0;

  useEffect(() => {
    if (!needed || List) return;
    let alive = true;
    void lazyImport(() => import('./NoticeList')).then((module) => {
      if (alive) setList(() => module.default);
    });
    return () => {
      alive = false;
    };
  }, [needed, List]);

  return List ? <List locale={locale} /> : null;
}
