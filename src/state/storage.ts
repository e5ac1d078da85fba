/**
 * The one storage adapter under every store. Nothing else in the site touches `localStorage`.
 *
 * Why our own adapter instead of handing `localStorage` to @nanostores/persistent (stack-notes §3):
 * the library writes with plain property assignment (a quota error throws out of `set()` and the UI
 * state is not updated), decodes while the module is imported (a corrupt value breaks the island),
 * and silently falls back to an in-memory `{}` when storage is disabled. Here every call is guarded
 * and returns a result; callers decide what the user is told.
 *
 * Keys: every key the site writes starts with `kam:` (see `KEY_PREFIX`). Keys are names in the
 * user's storage, so renaming one is a schema change and needs a migration.
 */

export const KEY_PREFIX = 'kam:';
export const QUARANTINE_PREFIX = 'kam:quarantine:';
export const PREMIGRATION_PREFIX = 'kam:premigration:';

/** What we need from `Storage`; `window.localStorage` satisfies it, and so does `MemoryStorage`. */
export interface StorageBackend {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

/**
 * Why a storage call failed, as the UI explains it:
 * - `quota`: the browser's space for this site is full (Chromium/WebKit `QuotaExceededError` / code 22,
 *   Firefox `NS_ERROR_DOM_QUOTA_REACHED` / code 1014, old WebKit `QUOTA_EXCEEDED_ERR`);
 * - `security`: storage is blocked (privacy settings, sandboxed frame, some private modes);
 * - `unavailable`: there is no storage at all in this browser context;
 * - `unverified`: the write did not throw but reading it back gave something else;
 * - `unknown`: anything else.
 */
export type StorageErrorKind = 'quota' | 'security' | 'unavailable' | 'unverified' | 'unknown';

export type ReadOutcome = { ok: true; value: string | null } | { ok: false; error: StorageErrorKind };
export type WriteOutcome = { ok: true } | { ok: false; error: StorageErrorKind };

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED', 'QUOTA_EXCEEDED_ERR']);

/** Classifies an exception thrown by a Storage call. Never throws. */
export function classifyStorageError(error: unknown): StorageErrorKind {
  try {
    if (typeof error !== 'object' || error === null) return 'unknown';
    const { name, code } = error as { name?: unknown; code?: unknown };
    if (typeof name === 'string' && QUOTA_NAMES.has(name)) return 'quota';
    if (code === 22 || code === 1014) return 'quota';
    if (name === 'SecurityError' || code === 18) return 'security';
    return 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * Storage for tests and for node: same semantics as `localStorage` (strings only, insertion order),
 * plus an optional quota in UTF-16 code units so tests can fill it.
 */
export class MemoryStorage implements StorageBackend {
  private readonly items = new Map<string, string>();
  /** Set to a number to make writes beyond that many characters (keys + values) throw a quota error. */
  quota: number | null = null;

  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    const text = String(value);
    if (this.quota !== null) {
      let used = 0;
      for (const [k, v] of this.items) if (k !== key) used += k.length + v.length;
      if (used + key.length + text.length > this.quota) {
        const error = new Error('The quota has been exceeded.');
        error.name = 'QuotaExceededError';
        throw error;
      }
    }
    this.items.set(key, text);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  clear(): void {
    this.items.clear();
  }
  /** A plain copy of everything, for assertions ("storage did not change"). */
  snapshot(): Record<string, string> {
    return Object.fromEntries(this.items);
  }
}

function isBrowser(): boolean {
  return typeof window !== 'undefined' && typeof document !== 'undefined';
}

// undefined: not resolved yet; null: no storage (server, or blocked in the browser).
let backend: StorageBackend | null | undefined;
let backendError: StorageErrorKind | null = null;

/**
 * The storage in use. In the browser it is `localStorage` (reading the property itself can throw a
 * SecurityError when cookies/storage are blocked); on the server there is none and reads return
 * nothing, so server-rendered HTML always shows defaults.
 */
export function getBackend(): StorageBackend | null {
  if (backend !== undefined) return backend;
  if (!isBrowser()) {
    backend = null;
    backendError = null; // server rendering: not an error the user needs to hear about
    return backend;
  }
  try {
    const ls = window.localStorage as StorageBackend | null | undefined;
    backend = ls ?? null;
    backendError = ls ? null : 'unavailable';
  } catch (error) {
    backend = null;
    backendError = classifyStorageError(error) === 'security' ? 'security' : 'unavailable';
  }
  return backend;
}

/** Why there is no backend in a browser (null when there is one, or on the server). */
export function getBackendError(): StorageErrorKind | null {
  getBackend();
  return backendError;
}

/**
 * Replaces the storage (tests, or a future IndexedDB-backed cache). `null` with an error simulates a
 * browser with storage disabled. Stores keep their in-memory values: call `reloadAllStores()` after.
 */
export function setStorageBackend(next: StorageBackend | null, error: StorageErrorKind | null = next ? null : 'unavailable'): void {
  backend = next;
  backendError = next ? null : error;
}

export function safeGet(key: string): ReadOutcome {
  const b = getBackend();
  if (!b) return backendError ? { ok: false, error: backendError } : { ok: true, value: null };
  try {
    const value = b.getItem(key);
    return { ok: true, value: typeof value === 'string' ? value : null };
  } catch (error) {
    return { ok: false, error: classifyStorageError(error) === 'security' ? 'security' : 'unavailable' };
  }
}

/**
 * Writes and reads back (a write that "succeeded" but stored something else is a failure too —
 * Excalidraw #8395). A failed write leaves whatever was stored before untouched: we never remove
 * the old value first.
 */
export function safeSet(key: string, value: string): WriteOutcome {
  const b = getBackend();
  if (!b) return { ok: false, error: backendError ?? 'unavailable' };
  try {
    b.setItem(key, value);
  } catch (error) {
    return { ok: false, error: classifyStorageError(error) };
  }
  try {
    if (b.getItem(key) !== value) return { ok: false, error: 'unverified' };
  } catch {
    return { ok: false, error: 'unverified' };
  }
  return { ok: true };
}

export function safeRemove(key: string): WriteOutcome {
  const b = getBackend();
  if (!b) return { ok: false, error: backendError ?? 'unavailable' };
  try {
    b.removeItem(key);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: classifyStorageError(error) };
  }
}

/** All keys that start with `prefix` (default: every key of this site). Never throws. */
export function listKeys(prefix = KEY_PREFIX): string[] {
  const b = getBackend();
  if (!b) return [];
  const keys: string[] = [];
  try {
    const n = b.length;
    for (let i = 0; i < n; i++) {
      const k = b.key(i);
      if (k !== null && k.startsWith(prefix)) keys.push(k);
    }
  } catch {
    // A storage that cannot even be listed has nothing we can show.
  }
  return keys;
}

/** A key that does not exist yet: `base`, else `base-2`, `base-3`… so a kept copy is never overwritten. */
export function freeKey(base: string): string {
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    const r = safeGet(candidate);
    if (r.ok && r.value === null) return candidate;
  }
  return `${base}-${Math.random().toString(36).slice(2)}`;
}

// ---------------------------------------------------------------------------------------------
// Events from other tabs

/** `change`: another tab wrote `key` (null key: it cleared storage). `resync`: re-read everything. */
export type StorageSignal = { type: 'change'; key: string | null; newValue: string | null } | { type: 'resync' };
type SignalListener = (signal: StorageSignal) => void;

const listeners = new Set<SignalListener>();
let windowHooked = false;

function hookWindow(): void {
  if (windowHooked || !isBrowser()) return;
  windowHooked = true;
  try {
    window.addEventListener('storage', (event: StorageEvent) => {
      // sessionStorage changes fire the same event; only our backend matters.
      try {
        if (event.storageArea && event.storageArea !== (getBackend() as unknown)) return;
      } catch {
        return;
      }
      emitStorageSignal({ type: 'change', key: event.key, newValue: event.newValue });
    });
    // Coming back from the back/forward cache or from a hidden tab: events may have been missed.
    window.addEventListener('pageshow', (event: PageTransitionEvent) => {
      if (event.persisted) emitStorageSignal({ type: 'resync' });
    });
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') emitStorageSignal({ type: 'resync' });
    });
  } catch {
    // No events: tabs will still never clobber each other (writes compare before writing).
  }
}

/** Subscribes to other-tab signals; hooks `window` on first use in the browser. */
export function onStorageSignal(listener: SignalListener): () => void {
  hookWindow();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Delivers a signal as if it came from the browser. Tests use it to play "the other tab". */
export function emitStorageSignal(signal: StorageSignal): void {
  for (const listener of [...listeners]) {
    try {
      listener(signal);
    } catch (error) {
      console.error('[kam state] storage listener failed', error);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Persistent storage permission

let persistAsked = false;

/**
 * Asks the browser not to evict this site's storage (`navigator.storage.persist()`), once per page,
 * after the first successful save. Guarded: missing API, rejections and old browsers are ignored.
 * Resolves to the browser's answer, or null when it could not be asked.
 */
export async function requestPersistentStorage(): Promise<boolean | null> {
  if (persistAsked) return null;
  persistAsked = true;
  try {
    const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
    if (!storage || typeof storage.persist !== 'function') return null;
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return true;
    return await storage.persist();
  } catch {
    return null;
  }
}

/** Tests: allow asking again. */
export function resetPersistRequest(): void {
  persistAsked = false;
}
