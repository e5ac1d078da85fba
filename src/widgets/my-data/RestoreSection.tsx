/**
 * Restore from a backup file: the whole file is checked first, its summary shown, and replace or
 * merge happen only after the user confirms. The checks, the summary and the restore itself are
 * fetched when a file is chosen (actions.tsx).
 */
import { useId, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import type { Backup, BackupSummary, StoreName } from '../../state/index';
import type { MyDataStrings } from './strings';
import { Feedback, loadActions, type Actions, type Message } from './parts';

type Pending = { actions: Actions; backup: Backup; summary: BackupSummary };

export function RestoreSection(props: { locale: Locale; t: MyDataStrings; storeLabel: (s: StoreName) => string; onDone: () => void }) {
  const { locale, t, storeLabel, onDone } = props;
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const [message, setMessage] = useState<Message>(null);

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    setPending(null);
    setMessage(null);
    if (!file) return;
    setReading(true);
    let actions: Actions;
    try {
      actions = await loadActions();
    } catch {
      setReading(false);
      setMessage({ tone: 'error', text: t.actionFailed });
      return;
    }
    const result = await actions.readFile(locale, storeLabel, file);
    setReading(false);
    if (result.ok) setPending({ actions, backup: result.backup, summary: result.summary });
    else setMessage(result.message);
  };

  const close = () => {
    setPending(null);
    if (inputRef.current) inputRef.current.value = '';
  };

  const cancel = () => {
    close();
    inputRef.current?.focus();
  };

  const restore = (mode: 'replace' | 'merge') => {
    if (!pending) return;
    close();
    setMessage(pending.actions.restore(locale, storeLabel, pending.backup, mode));
    onDone();
  };

  return (
    <div class="my-data__block">
      <h2>{t.restoreTitle}</h2>
      <p>{t.restoreIntro}</p>
      <label for={inputId}>{t.fileLabel}</label>
      <input
        id={inputId}
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        class="my-data__file"
        onChange={onFile}
        data-action="restore-file"
      />
      {reading && <p role="status">{t.reading}</p>}
      {pending && <pending.actions.RestoreSummary locale={locale} summary={pending.summary} onRestore={restore} onCancel={cancel} />}
      <Feedback message={message} />
    </div>
  );
}
