/**
 * `persistedAtom`: a nanostores atom kept in storage through the adapter (storage.ts).
 *
 * Lifecycle of one store
 * 1. Created (module import): reads its key. Missing → default. A valid envelope of this version →
 *    that value. An older version → migrated in memory (migrations.ts, fetched before the first read
 *    when a stored value may need them: migrationGate.ts). A newer version → read-only.
 *    Anything unreadable → the raw text is copied aside under `kam:quarantine:<store>:<ms>` (never
 *    overwritten), the original key is removed, the store starts from its default and a notice is
 *    raised. If even the copy cannot be written (quota), the text is kept in this page's memory, the
 *    original stays in storage and the store is held: every write is refused until the user
 *    downloads or discards that copy (`releaseKeptCopy`), so no edit destroys unrecoverable data.
 *    Reading never throws.
 * 2. Written (`set`, `write`, `update`, the action functions): the value is validated first (a bug
 *    cannot store something that will not load). Then, before writing, the raw value in storage is
 *    compared with the raw value this tab last read or wrote: if another tab wrote in between (and
 *    we missed its event), the tab reloads that newer value and raises a `conflict` notice instead of
 *    overwriting it. A failed write raises `not-saved`, keeps the value in memory and leaves the old
 *    stored value untouched. A read-only store refuses writes.
 * 3. Other tabs: `storage` events (and re-reads on `pageshow`/`visibilitychange`) replace the
 *    in-memory value with what the other tab saved.
 *
 * 4. Workspace (workspace.ts): a store reads and writes the keys of the workspace it was last loaded
 *    in (`kam:<store>` or `kam:demo:<store>`), chosen on `reload()`. Switching workspace changes
 *    nothing until the stores are reloaded, so a write can never land in a workspace the store did
 *    not read. A `shared` store (course progress) always uses the real key.
 *
 * Envelope written: `{ schemaVersion, savedAt, rev, data }` (storedValue.ts reads and writes it).
 * The staleness check compares raw strings, which is stronger than comparing savedAt/rev (it also
 * catches a value rewritten by a tab whose clock is behind).
 */
import { atom } from 'nanostores';
import { check } from '../domain/index.ts';
import type { Schema } from '../domain/index.ts';
import { loadMigrations, openMigrationGate } from './migrationGate.ts';
import { SCHEMA_VERSION } from './schemaVersion.ts';
import { fromStoredKeys, toStoredKeys } from './storedKeys.ts';
import { addNotice, clearNotices, isHeld, keepInMemory, setPersistentAnswer } from './status.ts';
import type { QuarantineReason, StoreName } from './status.ts';
import { freeKey, getBackendError, onStorageSignal, requestPersistentStorage, safeGet, safeRemove, safeSet } from './storage.ts';
import type { StorageErrorKind } from './storage.ts';
import { activeWorkspace, workspacePrefix } from './workspace.ts';
import type { Workspace } from './workspace.ts';
import { decodeStored, encodeStored } from './storedValue.ts';
import type { PersistedStore, StoreMeta, WriteResult } from './persistedTypes.ts';

export { decodeStored, encodeStored } from './storedValue.ts';
export type { Decoded } from './storedValue.ts';
export type { PersistedStore, StoreMeta, WriteResult } from './persistedTypes.ts';

// Before any store reads its key: the migrations, when a stored value may be older (migrationGate.ts).
await openMigrationGate();

const registry = new Map<StoreName, PersistedStore<unknown>>();

/** Every persisted store, in creation order. */
export function persistedStores(): PersistedStore<unknown>[] {
  return [...registry.values()];
}

/** Re-reads every store from storage (after `setStorageBackend`, a restore, or in tests). */
export function reloadAllStores(): void {
  for (const store of registry.values()) store.reload();
}

let unavailableReported = false;
/** Tests: report "storage unavailable" again. */
export function resetUnavailableReport(): void {
  unavailableReported = false;
}

function reportUnavailable(error: StorageErrorKind): void {
  if (unavailableReported) return;
  unavailableReported = true;
  addNotice({ kind: 'unavailable', error });
}

/**
 * `shared`: the same key in every workspace (for what belongs to the learner rather than to the
 * company being worked on: course progress).
 */
export function persistedAtom<T>(options: {
  name: StoreName;
  schema: Schema<T>;
  makeDefault: () => T;
  shared?: boolean;
}): PersistedStore<T> {
  const { name, schema, makeDefault } = options;
  const shared = options.shared ?? false;
  let workspace: Workspace = shared ? 'real' : activeWorkspace();
  let prefix = workspacePrefix(workspace);
  let key = `${prefix}${name}`;
  const defaultValue = makeDefault();
  const base = atom<T>(defaultValue);
  const setMemory = base.set;
  const $meta = atom<StoreMeta>({ readOnly: false, storedVersion: null, savedAt: null, unsaved: false });

  /** What storage held when this tab last read or wrote it. undefined: unknown (the read failed). */
  let lastRaw: string | null | undefined;
  let rev = 0;
  /**
   * The quarantine notice whose in-memory copy is the only other copy of what storage holds: while
   * the user has not downloaded or discarded it (status.ts `isHeld`), writes are refused.
   */
  let heldBy: string | null = null;
  const held = () => heldBy !== null && isHeld(heldBy);

  function setMeta(patch: Partial<StoreMeta>): void {
    $meta.set({ ...$meta.get(), ...patch });
  }

  function quarantine(raw: string, reason: QuarantineReason): void {
    const keptKey = freeKey(`${prefix}quarantine:${name}:${Date.now()}`);
    const copied = safeSet(keptKey, raw);
    if (copied.ok) {
      // The copy is safe; remove the unreadable original so it is not quarantined again on every load.
      lastRaw = safeRemove(key).ok ? null : raw;
      addNotice({ kind: 'quarantined', store: name, key, keptKey, reason });
    } else {
      // No copy in storage: the original stays where it is and nothing may be written over it until
      // the user has downloaded (or knowingly discarded) the copy this page keeps in memory.
      lastRaw = raw;
      const notice = addNotice({ kind: 'quarantined', store: name, key, keptKey: null, reason });
      keepInMemory(notice.id, raw, true);
      heldBy = notice.id;
    }
  }

  function applyRaw(raw: string | null): void {
    heldBy = null;
    if (raw === null) {
      lastRaw = null;
      rev = 0;
      setMeta({ readOnly: false, storedVersion: null, savedAt: null, unsaved: false });
      clearNotices('read-only', name);
      setMemory(makeDefault());
      return;
    }
    const decoded = decodeStored(name, schema, raw);
    if (decoded.kind === 'bad') {
      quarantine(raw, decoded.reason);
      rev = 0;
      setMeta({ readOnly: false, storedVersion: null, savedAt: null, unsaved: false });
      setMemory(makeDefault());
      return;
    }
    lastRaw = raw;
    rev = decoded.rev;
    if (decoded.kind === 'older') {
      // Written by an older site after this page opened (another tab): the migrations are fetched and
      // the value read again. Meanwhile the store keeps what it shows and refuses writes, so the
      // older value is neither lost nor overwritten; if they cannot be fetched, it stays so.
      setMeta({ readOnly: true, storedVersion: decoded.version, savedAt: decoded.savedAt, unsaved: false });
      void loadMigrations().then(
        () => {
          if (lastRaw === raw) applyRaw(raw);
        },
        () => undefined,
      );
      return;
    }
    if (decoded.kind === 'newer') {
      setMeta({ readOnly: true, storedVersion: decoded.version, savedAt: decoded.savedAt, unsaved: false });
      addNotice({ kind: 'read-only', store: name, key, storedVersion: decoded.version, codeVersion: SCHEMA_VERSION });
      setMemory(decoded.value ?? makeDefault());
      return;
    }
    setMeta({ readOnly: false, storedVersion: decoded.version, savedAt: decoded.savedAt, unsaved: false });
    clearNotices('read-only', name);
    setMemory(decoded.value);
  }

  function reload(): void {
    if (!shared) {
      workspace = activeWorkspace();
      prefix = workspacePrefix(workspace);
      key = `${prefix}${name}`;
    }
    const r = safeGet(key);
    if (!r.ok) {
      lastRaw = undefined;
      reportUnavailable(r.error);
      return;
    }
    applyRaw(r.value);
  }

  function copyBeforeFirstMigratedWrite(current: string): void {
    const version = $meta.get().storedVersion;
    if (version === null || version >= SCHEMA_VERSION) return;
    const copyKey = `${prefix}premigration:${name}:v${version}`;
    const existing = safeGet(copyKey);
    if (existing.ok && existing.value === null) safeSet(copyKey, current);
  }

  function write(value: T): WriteResult {
    if ($meta.get().readOnly) return { ok: false, reason: 'read-only' };
    if (held()) return { ok: false, reason: 'held' };
    // Validated and written in the stored spelling of keys (storedKeys.ts); kept in memory as the user's.
    const checked = check(schema, toStoredKeys(value));
    if (!checked.success) {
      console.error(`[kam state] refused to store an invalid ${name} value`, checked.issues.slice(0, 5));
      return { ok: false, reason: 'invalid' };
    }
    const stored = checked.data;
    const next = fromStoredKeys(stored);

    const current = safeGet(key);
    if (current.ok && lastRaw !== undefined && current.value !== lastRaw) {
      // Someone else saved since we last looked: show theirs, do not clobber it.
      applyRaw(current.value);
      addNotice({ kind: 'conflict', store: name, key });
      return { ok: false, reason: 'conflict' };
    }
    if (current.ok && current.value !== null) copyBeforeFirstMigratedWrite(current.value);

    const savedAt = new Date().toISOString();
    const raw = encodeStored(stored, rev + 1, savedAt);
    const outcome = safeSet(key, raw);
    setMemory(next);
    if (!outcome.ok) {
      setMeta({ unsaved: true });
      if (outcome.error === 'unavailable' || outcome.error === 'security') {
        const backendError = getBackendError();
        if (backendError) reportUnavailable(backendError);
      }
      addNotice({ kind: 'not-saved', store: name, key, error: outcome.error });
      return { ok: false, reason: 'not-saved', error: outcome.error };
    }
    lastRaw = raw;
    rev += 1;
    setMeta({ readOnly: false, storedVersion: SCHEMA_VERSION, savedAt, unsaved: false });
    clearNotices('not-saved', name);
    // Ask the browser to keep our storage after the first successful save (data-safety-notes §1.5).
    askPersistence();
    return { ok: true };
  }

  function onSignal(signal: { type: 'change'; key: string | null; newValue: string | null } | { type: 'resync' }): void {
    if (signal.type === 'change' && signal.key === key) {
      if (signal.newValue !== lastRaw) applyRaw(signal.newValue);
      return;
    }
    if (signal.type === 'resync' || signal.key === null) {
      const r = safeGet(key);
      if (r.ok && r.value !== lastRaw) applyRaw(r.value);
    }
  }

  function updateLatest(fn: (current: T) => T): WriteResult {
    const current = safeGet(key);
    // Another tab saved since we last looked (and we missed its event): build on its value.
    if (current.ok && lastRaw !== undefined && current.value !== lastRaw) applyRaw(current.value);
    return write(fn(base.get()));
  }

  const store = base as unknown as PersistedStore<T> & { set: (value: T) => void };
  Object.defineProperty(store, 'key', { get: () => key, enumerable: true });
  Object.defineProperty(store, 'workspace', { get: () => workspace, enumerable: true });
  Object.assign(store, {
    storeName: name,
    shared,
    defaultValue,
    makeDefault,
    schema,
    $meta,
    write,
    update: (fn: (current: T) => T) => write(fn(base.get())),
    updateLatest,
    reload,
    isReadOnly: () => $meta.get().readOnly || held(),
    readRaw: () => {
      const r = safeGet(key);
      return r.ok ? r.value : null;
    },
  });
  store.set = (value: T) => {
    write(value);
  };

  registry.set(name, store as PersistedStore<unknown>);
  onStorageSignal(onSignal);
  reload();
  return store;
}

/** Once per page (requestPersistentStorage remembers it was asked). */
function askPersistence(): void {
  void requestPersistentStorage().then((answer) => {
    if (answer !== null) setPersistentAnswer(answer);
  });
}
