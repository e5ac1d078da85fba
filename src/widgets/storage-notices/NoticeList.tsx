/**
 * The banners for `$storageStatus` (loaded by StorageNotices.tsx only once there is one): "not saved" (with "Export a backup now"), storage unavailable,
 * quarantined values (with "Download the kept copy"), newer-version read-only stores, and changes
 * made in another tab. Urgent ones (data about to be lost) are `role="alert"`; the others are
 * `role="status"`. Each can be dismissed; a new failure brings it back.
 */
import { useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import { $storageStatus, dismissNotice, isHeld, quarantinedDownload, releaseKeptCopy } from '../../state/status';
import type { StorageNotice, StorageStatus } from '../../state/status';
import { downloadTextFile } from '../shared/download';
import { useLive } from '../shared/useStored';
import { NOTICE_STRINGS } from './strings';
import { STORE_LABELS } from '../shared/storeNameStrings';
import { fill } from '../../i18n/fill';
import type { NoticeStrings } from './strings';
import { lazyImport } from '../../scripts/lazyImport.ts';

const SERVER_STATUS: StorageStatus = { notices: [], persistent: null };

// The backup module reaches every store (and their schemas); it loads only when a notice's
// "export a backup" is pressed, so a tool page does not download stores it never uses.
async function exportNow(t: NoticeStrings, setError: (e: string | null) => void): Promise<void> {
  try {
    const { backupDownload } = await lazyImport(() => import('../../state/backup'));
    setError(downloadTextFile(backupDownload()) ? null : t['backup.failed']);
  } catch {
    setError(t['backup.failed']);
  }
}

function Dismiss({ t, ids }: { t: NoticeStrings; ids: string[] }) {
  return (
    <button
      type="button"
      class="storage-notice__dismiss"
      aria-label={t.dismiss}
      title={t.dismiss}
      onClick={() => ids.forEach(dismissNotice)}
    >
      <span aria-hidden="true">×</span>
    </button>
  );
}

export default function NoticeList({ locale }: { locale: Locale }) {
  const t = NOTICE_STRINGS[locale];
  const names = STORE_LABELS[locale];
  const { notices } = useLive($storageStatus, SERVER_STATUS);
  const [error, setError] = useState<string | null>(null);

  const notSaved = notices.filter((n): n is Extract<StorageNotice, { kind: 'not-saved' }> => n.kind === 'not-saved');
  const unavailable = notices.find((n) => n.kind === 'unavailable');
  const others = notices.filter((n) => n.kind !== 'not-saved' && n.kind !== 'unavailable');

  return (
    <>
      {unavailable && (
        <div class="storage-notice storage-notice--danger" role="alert" data-notice="unavailable">
          <div class="storage-notice__body">
            <p class="storage-notice__title">{t['unavailable.title']}</p>
            <p>{t['unavailable.text']}</p>
            <button type="button" class="button" onClick={() => exportNow(t, setError)}>
              {t['notSaved.action']}
            </button>
          </div>
          <Dismiss t={t} ids={[unavailable.id]} />
        </div>
      )}
      {notSaved.length > 0 && !unavailable && (
        <div class="storage-notice storage-notice--danger" role="alert" data-notice="not-saved">
          <div class="storage-notice__body">
            <p class="storage-notice__title">{t['notSaved.title']}</p>
            <p>
              {fill(t['notSaved.text'], { stores: notSaved.map((n) => names[n.store]).join(', ') })}{' '}
              {[...new Set(notSaved.map((n) => t[`reason.${n.error}`]))].join(' ')}
            </p>
            <button type="button" class="button" onClick={() => exportNow(t, setError)}>
              {t['notSaved.action']}
            </button>
          </div>
          <Dismiss t={t} ids={notSaved.map((n) => n.id)} />
        </div>
      )}
      {error && (
        <p class="storage-notice storage-notice--danger" role="alert">
          {error}
        </p>
      )}
      {others.map((n) => (
        <OtherNotice key={n.id} t={t} storeName={names[n.store]} notice={n} />
      ))}
    </>
  );
}

function OtherNotice({ t, storeName, notice }: { t: NoticeStrings; storeName: string; notice: StorageNotice }) {
  const [gone, setGone] = useState(false);
  const [released, setReleased] = useState(false);
  if (notice.kind === 'quarantined') {
    // The only copy lives in this page's memory: the store refuses edits until it is downloaded or
    // discarded, and the notice cannot be dismissed (it is the only way to either).
    const held = notice.keptKey === null && (isHeld(notice.id) || released);
    const download = () => {
      const file = quarantinedDownload(notice);
      if (file && downloadTextFile(file)) {
        if (held) releaseKeptCopy(notice.id, 'downloaded');
        setReleased(held);
      } else setGone(true);
    };
    const discard = () => {
      if (confirm(t['quarantined.discardConfirm'])) releaseKeptCopy(notice.id, 'discarded');
    };
    return (
      <div class="storage-notice storage-notice--warn" role={held ? 'alert' : 'status'} data-notice="quarantined">
        <div class="storage-notice__body">
          <p class="storage-notice__title">{t['quarantined.title']}</p>
          <p>{fill(t['quarantined.text'], { store: storeName })}</p>
          {notice.keptKey === null && <p>{released ? t['quarantined.released'] : t['quarantined.memoryOnly']}</p>}
          <button type="button" class="button secondary" onClick={download}>
            {t['quarantined.action']}
          </button>{' '}
          {held && !released && (
            <button type="button" class="button danger" data-action="discard-kept-copy" onClick={discard}>
              {t['quarantined.discard']}
            </button>
          )}
          {gone && <p role="alert">{t['quarantined.gone']}</p>}
        </div>
        {(!held || released) && <Dismiss t={t} ids={[notice.id]} />}
      </div>
    );
  }
  if (notice.kind === 'read-only' || notice.kind === 'conflict') {
    const prefix = notice.kind === 'read-only' ? 'readOnly' : 'conflict';
    return (
      <div class="storage-notice storage-notice--info" role="status" data-notice={notice.kind}>
        <div class="storage-notice__body">
          <p class="storage-notice__title">{t[`${prefix}.title`]}</p>
          <p>{fill(t[`${prefix}.text`], { store: storeName })}</p>
        </div>
        <Dismiss t={t} ids={[notice.id]} />
      </div>
    );
  }
  return null;
}
