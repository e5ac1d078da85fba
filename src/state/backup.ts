/**
 * Backup file and restore. (Resetting everything: reset.ts; space used and kept copies:
 * localData.ts; the store behind each name and the counts of what data holds: stores.ts.)
 *
 * File format (one JSON file with everything):
 *   { "app": "kam-academy", "schemaVersion": N, "exportedAt": ISO, "data": { settings, portfolio,
 *     assessments, matrixConfig, segments, progress, buyingCentres, costToServe, valuePropositions,
 *     accountTeams, accountReviews, kraljic } }
 * Restore pipeline (data-safety-notes §1.6.8): size check → parse → hostile-key check → envelope
 * → version (newer is refused) → migrate each store → validate each store with the current schema.
 * Only a file that passes everything is returned, with a summary for the user to confirm; only then
 * `applyBackup` writes, and if any write fails every store already written is put back.
 *
 * Workspaces (workspace.ts): backup and restore are for the user's own data. The export reads the
 * stores as loaded, so My Data offers it (and restore) only on the real workspace; a tab in the demo
 * is told to go back to its data first, and `applyBackup` refuses to run there, so a restore can
 * never land in the demo by mistake.
 */
import { check, isIsoDate } from '../domain/index.ts';
import type { Schema } from '../domain/index.ts';
import { findUnknownId } from './knownIds.ts';
import { SCHEMA_VERSION, migrateStoreData } from './migrations.ts';
import type { PersistedStore, WriteResult } from './persisted.ts';
import { findUnsafeJson, isPlainObject, own, parseJson } from './safety.ts';
import { checkStored, setOwn, toStoredKeys } from './storedKeys.ts';
import { STORE_SCHEMAS } from './schemas.ts';
import type {
  AccountAssessment,
  AccountTeams,
  Assessments,
  BuyingCentres,
  CostToServeData,
  ValuePropositions,
  AccountReviews,
  KraljicReadings,
  Portfolio,
  Progress,
  Segments,
  Settings,
  StoreValues,
} from './schemas.ts';
import { STORE_NAMES, clearNotices } from './status.ts';
import type { DownloadFile, StoreName } from './status.ts';
import { safeGet, safeRemove, safeSet } from './storage.ts';
import { countData, storeByName } from './stores.ts';
import type { DataCounts } from './stores.ts';
import { activeWorkspace } from './workspace.ts';

const BACKUP_APP = 'kam-academy';
/** Largest backup accepted, in characters (≈ bytes for the ASCII-heavy JSON we write). */
export const BACKUP_MAX_CHARS = 20 * 1024 * 1024;

export type BackupData = Partial<StoreValues>;

/** A backup that passed every check, migrated to this code's schema version. */
export type Backup = {
  app: typeof BACKUP_APP;
  /** The version the file was written with (its data has been migrated to SCHEMA_VERSION). */
  fileSchemaVersion: number;
  exportedAt: string;
  data: BackupData;
};

export type BackupSummary = {
  fileSchemaVersion: number;
  exportedAt: string;
  /** Which stores the file holds. */
  stores: StoreName[];
  counts: DataCounts;
  userName: string;
  learnerName: string;
};

/**
 * Why a file was refused (the UI translates each code):
 * too-large · empty · invalid-json (truncated or not JSON) · not-a-backup (wrong app or shape) ·
 * hostile (`__proto__`-style keys or absurd nesting) · newer-version · invalid-version ·
 * invalid-data (a store has wrong types; `store` says which) · invalid-date (`exportedAt` is not a
 * date) · unknown-id (an id that is not in the domain's lists; `detail` is the id) · migration-failed.
 */
export type BackupErrorCode =
  | 'too-large'
  | 'empty'
  | 'invalid-json'
  | 'not-a-backup'
  | 'hostile'
  | 'newer-version'
  | 'invalid-version'
  | 'invalid-data'
  | 'invalid-date'
  | 'unknown-id'
  | 'migration-failed';

export type ReadBackupResult =
  { ok: true; backup: Backup; summary: BackupSummary } | { ok: false; code: BackupErrorCode; store?: StoreName; detail?: string };

/** Everything currently in the stores (in memory: includes changes a failed write could not save). */
export function currentData(): StoreValues {
  const data: Partial<Record<StoreName, unknown>> = {};
  for (const name of STORE_NAMES) data[name] = storeByName(name).get();
  return data as StoreValues;
}

/** The backup file's text. Uses the in-memory values, so it also rescues edits that could not be saved. */
export function exportBackup(now: Date = new Date()): string {
  // Keys spelled as in storage (storedKeys.ts): a client called "__proto__" survives the round trip.
  return JSON.stringify(
    { app: BACKUP_APP, schemaVersion: SCHEMA_VERSION, exportedAt: now.toISOString(), data: toStoredKeys(currentData()) },
    null,
    2,
  );
}

/** The backup as a file to download: `kam-academy-backup-yyyy-mm-dd.json`. */
export function backupDownload(now: Date = new Date()): DownloadFile {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return { fileName: `kam-academy-backup-${day}.json`, text: exportBackup(now), mimeType: 'application/json' };
}

/** `exportedAt` as this site writes it: an ISO date-time (or date) that is a real moment. */
function isExportDate(text: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/.test(text) &&
    isIsoDate(text.slice(0, 10)) &&
    !Number.isNaN(Date.parse(text))
  );
}

/** Validates a whole backup file. Never throws; changes nothing. */
export function readBackup(text: string): ReadBackupResult {
  try {
    if (typeof text !== 'string') return { ok: false, code: 'not-a-backup' };
    if (text.length > BACKUP_MAX_CHARS) return { ok: false, code: 'too-large' };
    const body = text.replace(/^\uFEFF/, '');
    if (body.trim() === '') return { ok: false, code: 'empty' };
    const parsed = parseJson(body);
    if (!parsed.ok) return { ok: false, code: 'invalid-json' };
    if (findUnsafeJson(parsed.value) !== null) return { ok: false, code: 'hostile' };
    const file = parsed.value;
    if (!isPlainObject(file) || file.app !== BACKUP_APP) return { ok: false, code: 'not-a-backup' };
    const version = file.schemaVersion;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, code: 'invalid-version' };
    if (version > SCHEMA_VERSION) return { ok: false, code: 'newer-version' };
    if (typeof file.exportedAt !== 'string' || file.exportedAt.length > 40) return { ok: false, code: 'not-a-backup' };
    if (!isExportDate(file.exportedAt)) return { ok: false, code: 'invalid-date' };
    const raw = file.data;
    if (!isPlainObject(raw)) return { ok: false, code: 'not-a-backup' };

    const data: Record<string, unknown> = {};
    const stores: StoreName[] = [];
    for (const name of STORE_NAMES) {
      if (!Object.hasOwn(raw, name)) continue;
      const migrated = migrateStoreData(name, raw[name], version, { savedAt: file.exportedAt });
      if (!migrated.ok)
        return { ok: false, code: migrated.error === 'migration-failed' ? 'migration-failed' : 'invalid-version', store: name };
      const checked = checkStored(STORE_SCHEMAS[name] as Schema<unknown>, migrated.data);
      if (!checked.success) return { ok: false, code: 'invalid-data', store: name };
      const decoded = checked.data;
      if (name === 'assessments') {
        const unknown = findUnknownId(decoded as Assessments);
        if (unknown) return { ok: false, code: 'unknown-id', store: name, detail: unknown.id };
      }
      data[name] = decoded;
      stores.push(name);
    }
    if (stores.length === 0) return { ok: false, code: 'not-a-backup' };
    const backupData = data as BackupData;
    const backup: Backup = { app: BACKUP_APP, fileSchemaVersion: version, exportedAt: file.exportedAt, data: backupData };
    return {
      ok: true,
      backup,
      summary: {
        fileSchemaVersion: version,
        exportedAt: file.exportedAt,
        stores,
        counts: countData(backupData),
        userName: backupData.settings?.userName ?? '',
        learnerName: backupData.progress?.learnerName ?? '',
      },
    };
  } catch {
    // Defensive: every step above is meant not to throw; a bug must still not break the page.
    return { ok: false, code: 'invalid-data' };
  }
}

/** `readBackup` for a chosen file: refuses an over-size file before reading it into memory. */
export async function readBackupFile(file: Blob): Promise<ReadBackupResult> {
  if (file.size > BACKUP_MAX_CHARS * 2) return { ok: false, code: 'too-large' };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, code: 'invalid-json' };
  }
  return readBackup(text);
}

// -------------------------------------------------------------------------------------------------
// Merge

function byId<T>(current: readonly T[], incoming: readonly T[], id: (item: T) => string, pick: (a: T, b: T) => T = (_a, b) => b): T[] {
  const out = [...current];
  const index = new Map(out.map((item, i) => [id(item), i]));
  for (const item of incoming) {
    const at = index.get(id(item));
    if (at === undefined) {
      index.set(id(item), out.length);
      out.push(item);
    } else {
      out[at] = pick(out[at]!, item);
    }
  }
  return out;
}

/** Records by key: every key of both; yours wins where both have it (own-property reads, so any client key is safe). */
function mergeRecords<T>(current: Readonly<Record<string, T>>, incoming: Readonly<Record<string, T>>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of Object.keys(incoming)) setOwn(out, key, incoming[key]!);
  for (const key of Object.keys(current)) setOwn(out, key, current[key]!);
  return out;
}

const newer = <T extends { updatedAt: string }>(a: T, b: T): T => (a.updatedAt > b.updatedAt ? a : b);

function mergeAssessment(a: AccountAssessment, b: AccountAssessment): AccountAssessment {
  return {
    diagnoses: byId(a.diagnoses, b.diagnoses, (d) => d.id).sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0)),
    uncoupling: a.uncoupling && b.uncoupling ? newer(a.uncoupling, b.uncoupling) : (b.uncoupling ?? a.uncoupling),
    matrixScores: { ...a.matrixScores, ...b.matrixScores },
    fitCost: b.fitCost ?? a.fitCost,
    plans: byId(a.plans, b.plans, (p) => p.id, newer),
  };
}

/**
 * Merge rules: everything you have is kept and what the file adds is added. Where both hold the same
 * item (client key, sales month, diagnosis id, plan id, segment id, quiz), the newer one wins when the
 * item has a date (plans, checklists, quizzes), otherwise the file's. Settings and matrix criteria stay
 * yours (empty settings are filled from the file). Lessons read keep the earliest date.
 */
const MERGERS: { [K in StoreName]: (current: StoreValues[K], incoming: StoreValues[K]) => StoreValues[K] } = {
  settings: (a: Settings, b: Settings) => ({
    ...a,
    currency: a.currency || b.currency,
    userName: a.userName || b.userName,
  }),
  // Your currency and period stay; the file's fill them in when yours are not set.
  portfolio: (a: Portfolio, b: Portfolio) => ({
    ...b,
    ...a,
    clients: byId(a.clients, b.clients, (c) => c.key),
    monthlySales: byId(a.monthlySales, b.monthlySales, (s) => `${s.key}\u0000${s.month}`),
  }),
  assessments: (a: Assessments, b: Assessments) => {
    const out: Assessments = { ...a };
    for (const key of Object.keys(b)) {
      const mine = own(a, key);
      setOwn(out, key, mine ? mergeAssessment(mine, b[key]!) : b[key]!);
    }
    return out;
  },
  matrixConfig: (a) => a,
  segments: (a: Segments, b: Segments) => byId(a, b, (s) => s.id),
  buyingCentres: (a: BuyingCentres, b: BuyingCentres) => byId(a, b, (c) => c.accountKey, newer),
  // Your rates stay; the file's clients are added, yours win where both have one.
  costToServe: (a: CostToServeData, b: CostToServeData) => ({ ...b, ...a, clients: mergeRecords(a.clients, b.clients) }),
  valuePropositions: (a: ValuePropositions, b: ValuePropositions) => byId(a, b, (p) => p.accountKey, newer),
  // Your per-manager limit stays; per account, the newer team wins.
  accountTeams: (a: AccountTeams, b: AccountTeams) => ({ ...a, teams: byId(a.teams, b.teams, (t) => t.accountKey, newer) }),
  // A review is one meeting: by id, the one edited last wins.
  accountReviews: (a: AccountReviews, b: AccountReviews) => byId(a, b, (r) => r.id, newer),
  kraljic: (a: KraljicReadings, b: KraljicReadings) => byId(a, b, (r) => r.accountKey, newer),
  progress: (a: Progress, b: Progress) => {
    const lessonsRead = { ...b.lessonsRead };
    for (const [k, v] of Object.entries(a.lessonsRead)) {
      const other = own(lessonsRead, k);
      if (other === undefined || v < other) lessonsRead[k] = v;
    }
    const quizzes = { ...a.quizzes };
    for (const [k, v] of Object.entries(b.quizzes)) {
      const mine = own(quizzes, k);
      if (mine === undefined || v.date > mine.date) quizzes[k] = v;
    }
    // Attempts in progress: the newer one per lesson; none where that lesson's result is newer still.
    const quizAnswers = { ...a.quizAnswers };
    for (const [k, v] of Object.entries(b.quizAnswers)) {
      const mine = own(quizAnswers, k);
      if (mine === undefined || v.date > mine.date) quizAnswers[k] = v;
    }
    for (const [k, v] of Object.entries(quizAnswers)) {
      const result = own(quizzes, k);
      if (result !== undefined && result.date >= v.date) delete quizAnswers[k];
    }
    const lastLesson = a.lastLesson ?? b.lastLesson;
    return {
      lessonsRead,
      quizzes,
      quizAnswers,
      learnerName: a.learnerName || b.learnerName,
      ...(lastLesson === undefined ? {} : { lastLesson }),
    };
  },
};

// -------------------------------------------------------------------------------------------------
// Apply, reset

export type ApplyBackupResult =
  | { ok: true; stores: StoreName[] }
  /** Refused: this tab is in the demo workspace (restore acts on the user's own data only). */
  | { ok: false; code: 'demo' }
  | { ok: false; code: 'read-only' | 'write-failed' | 'conflict' | 'invalid'; store: StoreName };

/**
 * Writes a validated backup. `replace`: every store becomes the file's (stores the file lacks are
 * reset to defaults). `merge`: see MERGERS. All or nothing: if a store is read-only nothing is
 * written; if a write fails, stores already written are restored to what they held.
 */
export function applyBackup(backup: Backup, mode: 'replace' | 'merge'): ApplyBackupResult {
  if (activeWorkspace() === 'demo') return { ok: false, code: 'demo' };
  const plan: { name: StoreName; next: unknown }[] = [];
  for (const name of STORE_NAMES) {
    const store = storeByName(name) as PersistedStore<unknown>;
    const incoming = backup.data[name];
    if (mode === 'merge' && incoming === undefined) continue;
    if (store.isReadOnly()) return { ok: false, code: 'read-only', store: name };
    // Defence in depth: a Backup should come from readBackup, but nothing unvalidated is merged or written.
    if (incoming !== undefined && !check(STORE_SCHEMAS[name] as Schema<unknown>, toStoredKeys(incoming)).success)
      return { ok: false, code: 'invalid', store: name };
    const merge = MERGERS[name] as (a: unknown, b: unknown) => unknown;
    let next: unknown;
    try {
      next = incoming === undefined ? store.makeDefault() : mode === 'merge' ? merge(store.get(), incoming) : incoming;
    } catch {
      return { ok: false, code: 'invalid', store: name };
    }
    plan.push({ name, next });
  }

  const before = new Map<StoreName, string | null>();
  for (const { name, next } of plan) {
    const store = storeByName(name) as PersistedStore<unknown>;
    const raw = safeGet(store.key);
    before.set(name, raw.ok ? raw.value : null);
    const result: WriteResult = store.write(next);
    if (!result.ok) {
      rollback(before);
      // A held store is refused before any write (isReadOnly); here only for completeness.
      const code = result.reason === 'not-saved' ? 'write-failed' : result.reason === 'held' ? 'read-only' : result.reason;
      return { ok: false, code, store: name };
    }
  }
  return { ok: true, stores: plan.map((p) => p.name) };
}

function rollback(before: Map<StoreName, string | null>): void {
  for (const [name, raw] of before) {
    const store = storeByName(name) as PersistedStore<unknown>;
    if (raw === null) safeRemove(store.key);
    else safeSet(store.key, raw);
    store.reload();
    clearNotices('not-saved', name);
    clearNotices('conflict', name);
  }
}
