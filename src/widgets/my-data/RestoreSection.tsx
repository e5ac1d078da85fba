/**
 * Restore from a backup file: the whole file is checked first, its summary shown, and replace or
 * merge happen only after the user confirms.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { formatDate, formatNumber } from '../../i18n/format';
import { COMMON } from '../../i18n/common';
import type { Locale } from '../../i18n/locales';
import { applyBackup, readBackupFile } from '../../state/index';
import type { Backup, BackupErrorCode, BackupSummary, DataCounts, ReadBackupResult, StoreName } from '../../state/index';
import { fill } from '../../i18n/fill';
import type { MyDataStrings } from './strings';
import { Feedback, type ApplyErrorCode, type Message } from './parts';

const SUMMARY_KEYS = [
  'clients',
  'keyAccounts',
  'accountsAssessed',
  'diagnoses',
  'plans',
  'segments',
  'lessonsRead',
  'quizzes',
] as const satisfies readonly (keyof DataCounts)[];

export function RestoreSection(props: { locale: Locale; t: MyDataStrings; storeLabel: (s: StoreName) => string; onDone: () => void }) {
  const { locale, t, storeLabel, onDone } = props;
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const [reading, setReading] = useState(false);
  const [pending, setPending] = useState<{ backup: Backup; summary: BackupSummary } | null>(null);
  const [mode, setMode] = useState<'replace' | 'merge'>('replace');
  const [message, setMessage] = useState<Message>(null);

  const errorText = (code: BackupErrorCode | ApplyErrorCode | 'read-failed', store?: StoreName, detail?: string) =>
    fill(t[`error.${code}`], {
      where: store ? fill(t.errorWhere, { store: storeLabel(store) }) : '',
      store: store ? storeLabel(store) : '',
      detail: detail ?? '',
    });

  useEffect(() => {
    if (pending) summaryRef.current?.focus();
  }, [pending]);

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    setPending(null);
    setMessage(null);
    if (!file) return;
    setReading(true);
    let result: ReadBackupResult;
    try {
      result = await readBackupFile(file);
    } catch {
      setReading(false);
      setMessage({ tone: 'error', text: errorText('read-failed') });
      return;
    }
    setReading(false);
    if (!result.ok) {
      setMessage({ tone: 'error', text: errorText(result.code, result.store, result.detail) });
      return;
    }
    setPending({ backup: result.backup, summary: result.summary });
  };

  const cancel = () => {
    setPending(null);
    if (inputRef.current) inputRef.current.value = '';
    inputRef.current?.focus();
  };

  const restore = () => {
    if (!pending) return;
    const result = applyBackup(pending.backup, mode);
    setPending(null);
    if (inputRef.current) inputRef.current.value = '';
    setMessage(
      result.ok
        ? { tone: 'ok', text: t.restored }
        : { tone: 'error', text: errorText(result.code, 'store' in result ? result.store : undefined) },
    );
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
      {pending && (
        <div class="my-data__confirm" data-restore-summary="">
          <h3 tabIndex={-1} ref={summaryRef}>
            {t.summaryTitle}
          </h3>
          <p>{fill(t.summaryExported, { date: formatDate(locale, pending.summary.exportedAt, 'long') })}</p>
          <ul class="my-data__summary">
            {SUMMARY_KEYS.map((k) => (
              <li key={k} data-count={k}>
                {fill(t[`summary.${k}`], { n: formatNumber(locale, pending.summary.counts[k]) })}
              </li>
            ))}
          </ul>
          <fieldset class="my-data__modes">
            <legend>{t.modeLegend}</legend>
            <label class="my-data__radio">
              <input
                type="radio"
                name={`${inputId}-mode`}
                value="replace"
                checked={mode === 'replace'}
                onChange={() => setMode('replace')}
              />
              {t.modeReplace}
            </label>
            <label class="my-data__radio">
              <input type="radio" name={`${inputId}-mode`} value="merge" checked={mode === 'merge'} onChange={() => setMode('merge')} />
              {t.modeMerge}
            </label>
          </fieldset>
          <div class="my-data__actions">
            <button type="button" class="button" data-action="restore-confirm" onClick={restore}>
              {t.restoreButton}
            </button>
            <button type="button" class="button secondary" onClick={cancel}>
              {COMMON[locale].cancel}
            </button>
          </div>
        </div>
      )}
      <Feedback message={message} />
    </div>
  );
}
