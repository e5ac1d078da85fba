/**
 * "My data": what the site keeps in this browser, how much space it takes, backup, restore (whole
 * file checked, summary shown, replace or merge only after confirmation), kept copies, and reset
 * behind a confirmation. All storage work goes through src/state; this component only shows it.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { formatDate, formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import {
  currencyOf,
  $assessments,
  $matrixConfig,
  $portfolio,
  $progress,
  $segments,
  $settings,
  $storageStatus,
  STORE_NAMES,
  activeWorkspace,
  applyBackup,
  backupDownload,
  countData,
  deleteKeptCopy,
  keptCopyDownload,
  listKeptCopies,
  readBackupFile,
  resetAllData,
  setActiveWorkspace,
  storageUsage,
  storeByName,
} from '../../state/index';
import type { BackupErrorCode, BackupSummary, DataCounts, ReadBackupResult, StoreMeta, StoreName } from '../../state/index';
import type { Backup } from '../../state/index';
import { downloadTextFile } from '../shared/download';
import { useLive, useStored } from '../shared/useStored';
import { usePortfolioView } from '../shared/usePortfolioView.ts';
import { LazyPeriodBar } from '../shared/LazyPeriodBar.tsx';
import { STORE_LABELS } from '../shared/storeNameStrings';
import { fill } from '../../i18n/fill';
import { MY_DATA_STRINGS } from './strings';
import type { MyDataStrings } from './strings';
import './my-data.css';

type Message = { tone: 'ok' | 'error'; text: string } | null;
type ApplyErrorCode = 'read-only' | 'write-failed' | 'conflict' | 'invalid' | 'demo';

const SERVER_META: StoreMeta = { readOnly: false, storedVersion: null, savedAt: null, unsaved: false };

function formatBytes(locale: Locale, bytes: number): string {
  if (bytes < 1024) return `${formatNumber(locale, bytes)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(locale, bytes / 1024, 1)} KB`;
  return `${formatNumber(locale, bytes / (1024 * 1024), 2)} MB`;
}

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
  const portfolioView = usePortfolioView(locale);
  const assessments = useStored($assessments);
  const matrixConfig = useStored($matrixConfig);
  const segments = useStored($segments);
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
    portfolio: fill(t['contents.portfolio'], { clients: counts.clients, keyAccounts: counts.keyAccounts, monthlySales: counts.monthlySales }),
    assessments: fill(t['contents.assessments'], { accounts: counts.accountsAssessed, diagnoses: counts.diagnoses, plans: counts.plans }),
    matrixConfig: fill(t['contents.matrixConfig'], { criteria: matrixConfig.attractiveness.length + matrixConfig.strength.length }),
    segments: fill(t['contents.segments'], { segments: counts.segments }),
    progress: fill(t['contents.progress'], { lessons: counts.lessonsRead, quizzes: counts.quizzes }),
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

      {inDemo && <DemoNotice t={t} />}

      <h2>{inDemo ? t.storedTitleDemo : t.storedTitle}</h2>
      <div class="my-data__table-wrap">
        <table class="my-data__table">
          <thead>
            <tr>
              <th scope="col">{t.colWhat}</th>
              <th scope="col">{t.colContents}</th>
              <th scope="col">{t.colSaved}</th>
              <th scope="col" class="num">
                {t.colSize}
              </th>
            </tr>
          </thead>
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
          <LazyPeriodBar locale={locale} data={portfolioView} />
        </>
      )}

      <h2>{t.spaceTitle}</h2>
      <p data-testid="space-used">{fill(t.space, { size: usage ? formatBytes(locale, usage.bytes) : '…' })}</p>

      {!inDemo && (
        <>
          <BackupSection locale={locale} t={t} />
          <RestoreSection locale={locale} t={t} storeLabel={storeLabel} onDone={() => setTick((n) => n + 1)} />

          {kept.length > 0 && (
            <KeptCopies t={t} kept={kept} locale={locale} storeLabel={(s) => (STORE_NAMES as readonly string[]).includes(s) ? storeLabel(s as StoreName) : s} onChange={() => setTick((n) => n + 1)} />
          )}

          <ResetSection t={t} storeLabel={storeLabel} onDone={() => setTick((n) => n + 1)} />
        </>
      )}
    </section>
  );
}

/** In the demo workspace: what this page shows, and the way back before any backup, restore or reset. */
function DemoNotice({ t }: { t: MyDataStrings }) {
  const leave = () => {
    // Flag only, then a fresh page: the stores stay bound to the demo until the reload (state/demo.ts).
    setActiveWorkspace('real');
    location.reload();
  };
  return (
    <div class="my-data__block my-data__demo" data-my-data-demo="">
      <h2>{t.demoTitle}</h2>
      <p>{t.demoText}</p>
      <button type="button" class="button" data-action="leave-demo" onClick={leave}>
        {t.demoLeave}
      </button>
    </div>
  );
}

function StoreRow(props: { locale: Locale; t: MyDataStrings; name: StoreName; label: string; contents: string; bytes: number | null }) {
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

function BackupSection({ locale, t }: { locale: Locale; t: MyDataStrings }) {
  const [message, setMessage] = useState<Message>(null);
  void locale;
  const exportNow = () => {
    try {
      const file = backupDownload();
      const ok = downloadTextFile(file);
      setMessage(ok ? { tone: 'ok', text: fill(t.exported, { file: file.fileName }) } : { tone: 'error', text: t.exportFailed });
    } catch {
      setMessage({ tone: 'error', text: t.exportFailed });
    }
  };
  return (
    <div class="my-data__block">
      <h2>{t.backupTitle}</h2>
      <p>{t.backupIntro}</p>
      <button type="button" class="button" data-action="export-backup" onClick={exportNow}>
        {t.exportButton}
      </button>
      <Feedback message={message} />
    </div>
  );
}

function Feedback({ message }: { message: Message }) {
  return (
    <p class={message ? `my-data__message my-data__message--${message.tone}` : 'my-data__message'} role={message?.tone === 'error' ? 'alert' : 'status'}>
      {message?.text ?? ''}
    </p>
  );
}

const SUMMARY_KEYS = ['clients', 'keyAccounts', 'accountsAssessed', 'diagnoses', 'plans', 'segments', 'lessonsRead', 'quizzes'] as const satisfies readonly (keyof DataCounts)[];

function RestoreSection(props: { locale: Locale; t: MyDataStrings; storeLabel: (s: StoreName) => string; onDone: () => void }) {
  const { locale, t, storeLabel, onDone } = props;
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const [reading, setReading] = useState(false);
  const [pending, setPending] = useState<{ backup: Backup; summary: BackupSummary } | null>(null);
  const [mode, setMode] = useState<'replace' | 'merge'>('replace');
  const [message, setMessage] = useState<Message>(null);

  const errorText = (code: BackupErrorCode | ApplyErrorCode | 'read-failed', store?: StoreName, detail?: string) =>
    fill(t[`error.${code}`], { store: store ? storeLabel(store) : '', detail: detail ?? '' }).replace(' ()', '');

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
    setMessage(result.ok ? { tone: 'ok', text: t.restored } : { tone: 'error', text: errorText(result.code, 'store' in result ? result.store : undefined) });
    onDone();
  };

  return (
    <div class="my-data__block">
      <h2>{t.restoreTitle}</h2>
      <p>{t.restoreIntro}</p>
      <label for={inputId}>{t.fileLabel}</label>
      <input id={inputId} ref={inputRef} type="file" accept=".json,application/json" class="my-data__file" onChange={onFile} data-action="restore-file" />
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
              <input type="radio" name={`${inputId}-mode`} value="replace" checked={mode === 'replace'} onChange={() => setMode('replace')} />
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
              {t.cancel}
            </button>
          </div>
        </div>
      )}
      <Feedback message={message} />
    </div>
  );
}

function KeptCopies(props: {
  t: MyDataStrings;
  locale: Locale;
  kept: { key: string; kind: 'quarantine' | 'premigration'; store: string; bytes: number }[];
  storeLabel: (s: string) => string;
  onChange: () => void;
}) {
  const { t, locale, kept, storeLabel, onChange } = props;
  const [message, setMessage] = useState<Message>(null);
  return (
    <div class="my-data__block">
      <h2>{t.keptTitle}</h2>
      <p>{t.keptIntro}</p>
      <ul class="my-data__kept">
        {kept.map((copy) => {
          const label = fill(t[`kept.${copy.kind}`], { store: storeLabel(copy.store) });
          return (
            <li key={copy.key} data-kept={copy.key}>
              <span>
                {label} <span class="muted">({formatBytes(locale, copy.bytes)})</span>
              </span>
              <span class="my-data__actions">
                <button
                  type="button"
                  class="button secondary"
                  aria-label={`${t.keptDownload}: ${label}`}
                  onClick={() => {
                    const file = keptCopyDownload(copy.key);
                    if (file) downloadTextFile(file);
                  }}
                >
                  {t.keptDownload}
                </button>
                <button
                  type="button"
                  class="button secondary"
                  aria-label={`${t.keptDelete}: ${label}`}
                  onClick={() => {
                    if (deleteKeptCopy(copy.key)) setMessage({ tone: 'ok', text: t.keptDeleted });
                    onChange();
                  }}
                >
                  {t.keptDelete}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      <Feedback message={message} />
    </div>
  );
}

function ResetSection(props: { t: MyDataStrings; storeLabel: (s: StoreName) => string; onDone: () => void }) {
  const { t, storeLabel, onDone } = props;
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) titleRef.current?.focus();
  }, [confirming]);

  // Focus goes back to the "Reset…" button when the confirmation closes (it was unmounted while open).
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (!confirming && wasConfirming.current) openRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const reset = () => {
    const result = resetAllData();
    setConfirming(false);
    if (result.demo) {
      setMessage({ tone: 'error', text: t['error.demo'] });
      onDone();
      return;
    }
    const readOnly = result.readOnly.length > 0 ? ` ${fill(t.resetReadOnly, { stores: result.readOnly.map(storeLabel).join(', ') })}` : '';
    setMessage(
      result.ok
        ? { tone: 'ok', text: `${t.resetDone}${readOnly}` }
        : { tone: 'error', text: `${fill(t.resetFailed, { stores: result.failed.map(storeLabel).join(', ') })}${readOnly}` },
    );
    onDone();
  };

  return (
    <div class="my-data__block my-data__reset">
      <h2>{t.resetTitle}</h2>
      <p>{t.resetIntro}</p>
      {!confirming && (
        <button type="button" ref={openRef} class="button danger" data-action="reset-all" onClick={() => setConfirming(true)}>
          {t.resetButton}
        </button>
      )}
      {confirming && (
        <div class="my-data__confirm my-data__confirm--danger" role="group" aria-labelledby="my-data-reset-title">
          <h3 id="my-data-reset-title" tabIndex={-1} ref={titleRef}>
            {t.resetConfirmTitle}
          </h3>
          <p>{t.resetConfirmText}</p>
          <div class="my-data__actions">
            <button type="button" class="button danger" data-action="reset-confirm" onClick={reset}>
              {t.resetConfirm}
            </button>
            <button
              type="button"
              class="button secondary"
              onClick={() => {
                setConfirming(false);
              }}
            >
              {t.cancel}
            </button>
          </div>
        </div>
      )}
      <Feedback message={message} />
    </div>
  );
}
