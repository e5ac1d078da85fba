/**
 * What My data does once the user acts: export a backup, download a kept copy, read a backup file
 * and restore it after the confirmation, reset after the confirmation; with the words of their
 * results. Fetched on the first such click or file choice (the page shows what is stored; most
 * visits never act), so the backup file's checks and merge rules, the download helper and these
 * words stay out of the page's first download.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { formatDate, formatNumber } from '../../i18n/format';
import { COMMON } from '../../i18n/common';
import { fill } from '../../i18n/fill';
import { fillCount } from '../../i18n/plural';
import type { Locale } from '../../i18n/locales';
import { applyBackup, backupDownload, keptCopyDownload, readBackupFile, resetAllData } from '../../state/index';
import type { Backup, BackupErrorCode, BackupSummary, DataCounts, StoreName } from '../../state/index';
import { downloadTextFile } from '../shared/download';
import { ACTION_STRINGS } from './actionStrings';
import type { ActionStrings } from './actionStrings';
import type { ApplyErrorCode, Message } from './parts';

type StoreLabel = (s: StoreName) => string;

function errorText(
  a: ActionStrings,
  storeLabel: StoreLabel,
  code: BackupErrorCode | ApplyErrorCode | 'read-failed',
  store?: StoreName,
  detail?: string,
): string {
  return fill(a[`error.${code}`], {
    where: store ? fill(a.errorWhere, { store: storeLabel(store) }) : '',
    store: store ? storeLabel(store) : '',
    detail: detail ?? '',
  });
}

/** Downloads the backup file; what to say about it. */
export function exportBackup(locale: Locale): Message {
  const a = ACTION_STRINGS[locale];
  try {
    const file = backupDownload();
    return downloadTextFile(file)
      ? { tone: 'ok', text: fillCount(locale, a.exported, { file: file.fileName }) }
      : { tone: 'error', text: a.exportFailed };
  } catch {
    return { tone: 'error', text: a.exportFailed };
  }
}

/** Downloads one kept copy (nothing when it is gone). */
export function downloadKeptCopy(key: string): void {
  const file = keptCopyDownload(key);
  if (file) downloadTextFile(file);
}

export type ReadFile = { ok: true; backup: Backup; summary: BackupSummary } | { ok: false; message: Message };

/** Reads and checks a chosen backup file; never throws. */
export async function readFile(locale: Locale, storeLabel: StoreLabel, file: Blob): Promise<ReadFile> {
  const a = ACTION_STRINGS[locale];
  try {
    const result = await readBackupFile(file);
    if (result.ok) return { ok: true, backup: result.backup, summary: result.summary };
    return { ok: false, message: { tone: 'error', text: errorText(a, storeLabel, result.code, result.store, result.detail) } };
  } catch {
    return { ok: false, message: { tone: 'error', text: errorText(a, storeLabel, 'read-failed') } };
  }
}

/** Writes a checked backup (replace or merge); what to say about it. */
export function restore(locale: Locale, storeLabel: StoreLabel, backup: Backup, mode: 'replace' | 'merge'): Message {
  const a = ACTION_STRINGS[locale];
  const result = applyBackup(backup, mode);
  return result.ok
    ? { tone: 'ok', text: a.restored }
    : { tone: 'error', text: errorText(a, storeLabel, result.code, 'store' in result ? result.store : undefined) };
}

/** The confirming button and "Cancel" under a confirmation. */
function ConfirmButtons(props: {
  locale: Locale;
  danger?: boolean;
  action: string;
  label: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <div class="my-data__actions">
      <button type="button" class={props.danger ? 'button danger' : 'button'} data-action={props.action} onClick={props.onConfirm}>
        {props.label}
      </button>
      <button type="button" class="button secondary" onClick={props.onCancel}>
        {COMMON[props.locale].cancel}
      </button>
    </div>
  );
}

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

/** What the chosen file holds, and replace or merge: nothing is written before "Restore". Focused when shown. */
export function RestoreSummary(props: {
  locale: Locale;
  summary: BackupSummary;
  onRestore: (mode: 'replace' | 'merge') => void;
  onCancel: () => void;
}) {
  const { locale, summary, onRestore, onCancel } = props;
  const a = ACTION_STRINGS[locale];
  const id = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const [mode, setMode] = useState<'replace' | 'merge'>('replace');
  useEffect(() => titleRef.current?.focus(), []);
  return (
    <div class="my-data__confirm" data-restore-summary="">
      <h3 tabIndex={-1} ref={titleRef}>
        {a.summaryTitle}
      </h3>
      <p>{fill(a.summaryExported, { date: formatDate(locale, summary.exportedAt, 'long') })}</p>
      <ul class="my-data__summary">
        {SUMMARY_KEYS.map((k) => (
          <li key={k} data-count={k}>
            {fill(a[`summary.${k}`], { n: formatNumber(locale, summary.counts[k]) })}
          </li>
        ))}
      </ul>
      <fieldset class="my-data__modes">
        <legend>{a.modeLegend}</legend>
        <label class="my-data__radio">
          <input type="radio" name={`${id}-mode`} value="replace" checked={mode === 'replace'} onChange={() => setMode('replace')} />
          {a.modeReplace}
        </label>
        <label class="my-data__radio">
          <input type="radio" name={`${id}-mode`} value="merge" checked={mode === 'merge'} onChange={() => setMode('merge')} />
          {a.modeMerge}
        </label>
      </fieldset>
      <ConfirmButtons
        locale={locale}
        action="restore-confirm"
        label={a.restoreButton}
        onConfirm={() => onRestore(mode)}
        onCancel={onCancel}
      />
    </div>
  );
}

/** Deletes everything (see state/reset.ts); what to say about it. */
export function reset(locale: Locale, storeLabel: StoreLabel): Message {
  const a = ACTION_STRINGS[locale];
  const result = resetAllData();
  if (result.demo) return { tone: 'error', text: a['error.demo'] };
  const readOnly = result.readOnly.length > 0 ? ` ${fill(a.resetReadOnly, { stores: result.readOnly.map(storeLabel).join(', ') })}` : '';
  return result.ok
    ? { tone: 'ok', text: `${a.resetDone}${readOnly}` }
    : { tone: 'error', text: `${fill(a.resetFailed, { stores: result.failed.map(storeLabel).join(', ') })}${readOnly}` };
}

/** "Delete all your data?": nothing is deleted before the confirming button. Focused when shown. */
export function ResetConfirm({ locale, onConfirm, onCancel }: { locale: Locale; onConfirm: () => void; onCancel: () => void }) {
  const a = ACTION_STRINGS[locale];
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => titleRef.current?.focus(), []);
  return (
    <div class="my-data__confirm my-data__confirm--danger" role="group" aria-labelledby="my-data-reset-title">
      <h3 id="my-data-reset-title" tabIndex={-1} ref={titleRef}>
        {a.resetConfirmTitle}
      </h3>
      <p>{a.resetConfirmText}</p>
      <ConfirmButtons locale={locale} danger action="reset-confirm" label={a.resetConfirm} onConfirm={onConfirm} onCancel={onCancel} />
    </div>
  );
}
