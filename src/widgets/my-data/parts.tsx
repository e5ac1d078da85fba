/** The small pieces of the My data page: the backup block, feedback, sizes, the actions' loader. */
import { useState } from 'preact/hooks';
import { formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { lazyImport } from '../../scripts/lazyImport';
import type { MyDataStrings } from './strings';

export type Message = { tone: 'ok' | 'error'; text: string } | null;
export type ApplyErrorCode = 'read-only' | 'write-failed' | 'conflict' | 'invalid' | 'demo';

export type Actions = typeof import('./actions');

/** The code of every action on this page and the words of their results (actions.tsx), fetched on the first one. */
export const loadActions = (): Promise<Actions> => lazyImport(() => import('./actions'));

export function formatBytes(locale: Locale, bytes: number): string {
  if (bytes < 1024) return `${formatNumber(locale, bytes)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(locale, bytes / 1024, 1)} KB`;
  return `${formatNumber(locale, bytes / (1024 * 1024), 2)} MB`;
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
