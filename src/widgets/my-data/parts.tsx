/** The small pieces of the My data page: a store's row, the backup block, feedback, the actions' loader. */
import { useState } from 'preact/hooks';
import { formatDate, formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { storeByName } from '../../state/index';
import type { StoreMeta, StoreName } from '../../state/index';
import { lazyImport } from '../../scripts/lazyImport';
import { useLive } from '../shared/useStored';
import type { MyDataStrings } from './strings';

export type Message = { tone: 'ok' | 'error'; text: string } | null;
export type ApplyErrorCode = 'read-only' | 'write-failed' | 'conflict' | 'invalid' | 'demo';

export type Actions = typeof import('./actions');

/** The code of every action on this page and the words of their results (actions.tsx), fetched on the first one. */
export const loadActions = (): Promise<Actions> => lazyImport(() => import('./actions'));

const SERVER_META: StoreMeta = { readOnly: false, storedVersion: null, savedAt: null, unsaved: false };

export function formatBytes(locale: Locale, bytes: number): string {
  if (bytes < 1024) return `${formatNumber(locale, bytes)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(locale, bytes / 1024, 1)} KB`;
  return `${formatNumber(locale, bytes / (1024 * 1024), 2)} MB`;
}

export function StoreRow(props: {
  locale: Locale;
  t: MyDataStrings;
  name: StoreName;
  label: string;
  contents: string;
  bytes: number | null;
}) {
  const { locale, t, name, label, contents, bytes } = props;
  const meta = useLive(storeByName(name).$meta, SERVER_META);
  let saved: string = t.notSavedYet;
  if (meta.savedAt) saved = formatDate(locale, meta.savedAt, 'medium');
  return (
    <tr data-store={name}>
      <th scope="row">{label}</th>
      <td>{contents}</td>
      <td>
        {saved}
        {meta.readOnly && <span class="my-data__flag my-data__flag--info">{t.readOnly}</span>}
        {meta.unsaved && <span class="my-data__flag my-data__flag--danger">{t.unsaved}</span>}
      </td>
      <td class="num">{bytes === null ? '—' : formatBytes(locale, bytes)}</td>
    </tr>
  );
}

export function BackupSection({ locale, t }: { locale: Locale; t: MyDataStrings }) {
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const exportNow = () => {
    setBusy(true);
    loadActions()
      .then(
        (actions) => setMessage(actions.exportBackup(locale)),
        () => setMessage({ tone: 'error', text: t.actionFailed }),
      )
      .finally(() => setBusy(false));
  };
  return (
    <div class="my-data__block">
      <h2>{t.backupTitle}</h2>
      <p>{t.backupIntro}</p>
      <button type="button" class="button" data-action="export-backup" onClick={exportNow} disabled={busy}>
        {t.exportButton}
      </button>
      <Feedback message={message} />
    </div>
  );
}

export function Feedback({ message }: { message: Message }) {
  return (
    <p
      class={message ? `my-data__message my-data__message--${message.tone}` : 'my-data__message'}
      role={message?.tone === 'error' ? 'alert' : 'status'}
    >
      {message?.text ?? ''}
    </p>
  );
}
