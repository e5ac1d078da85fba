/**
 * What this site keeps in the browser, as a whole: "reset all my data", the space its keys use, and
 * the copies kept aside (unreadable values in quarantine, values saved by an older version before
 * their first upgrade write).
 *
 * Reset is for the user's own data: a tab in the demo workspace is refused (My Data offers it only on
 * the real workspace), so a reset never wipes the user's data from the demo by mistake. Resetting on
 * the real workspace also deletes the demo workspace (`kam:demo:…`): "everything this site saved in
 * this browser".
 */
import { storeByName } from './stores.ts';
import type { PersistedStore } from './persisted.ts';
import { STORE_NAMES, clearNotices } from './status.ts';
import type { StoreName } from './status.ts';
import { KEY_PREFIX, PREMIGRATION_PREFIX, QUARANTINE_PREFIX, listKeys, safeGet, safeRemove } from './storage.ts';
import { DEMO_KEY_PREFIX, activeWorkspace } from './workspace.ts';

/** `demo`: refused because this tab is in the demo workspace (nothing was deleted). */
export type ResetResult = { ok: boolean; reset: StoreName[]; readOnly: StoreName[]; failed: StoreName[]; demo: boolean };

/**
 * "Reset all my data": removes every store's key (the stores show defaults) and, unless
 * `keepCopies`, the kept copies too. Stores written by a newer version are left alone (read-only).
 */
export function resetAllData(options: { keepCopies?: boolean } = {}): ResetResult {
  if (activeWorkspace() === 'demo') return { ok: false, reset: [], readOnly: [], failed: [], demo: true };
  const reset: StoreName[] = [];
  const readOnly: StoreName[] = [];
  const failed: StoreName[] = [];
  for (const name of STORE_NAMES) {
    const store = storeByName(name) as PersistedStore<unknown>;
    if (store.isReadOnly()) {
      readOnly.push(name);
      continue;
    }
    if (safeRemove(store.key).ok) {
      store.reload();
      clearNotices('not-saved', name);
      clearNotices('conflict', name);
      clearNotices('quarantined', name);
      reset.push(name);
    } else {
      failed.push(name);
    }
  }
  if (!options.keepCopies) for (const copy of listKeptCopies()) safeRemove(copy.key);
  for (const key of listKeys(DEMO_KEY_PREFIX)) safeRemove(key);
  return { ok: failed.length === 0, reset, readOnly, failed, demo: false };
}

export type StorageUsage = { bytes: number; keys: { key: string; bytes: number }[] };

/**
 * Space used by this site's keys, in bytes as browsers count localStorage (UTF-16: two bytes per
 * code unit, key plus value). Browsers allow about 5 MB per site (Firefox 10 MB).
 */
export function storageUsage(): StorageUsage {
  const keys = listKeys(KEY_PREFIX).map((key) => {
    const r = safeGet(key);
    const length = r.ok && r.value !== null ? r.value.length : 0;
    return { key, bytes: (key.length + length) * 2 };
  });
  return { bytes: keys.reduce((sum, k) => sum + k.bytes, 0), keys };
}

export type KeptCopy = { key: string; kind: 'quarantine' | 'premigration'; store: string; bytes: number };

/** Copies kept aside (unreadable values, values saved by an older version before their first upgrade write). */
export function listKeptCopies(): KeptCopy[] {
  const out: KeptCopy[] = [];
  for (const key of listKeys(KEY_PREFIX)) {
    const kind = key.startsWith(QUARANTINE_PREFIX) ? 'quarantine' : key.startsWith(PREMIGRATION_PREFIX) ? 'premigration' : null;
    if (!kind) continue;
    const rest = key.slice(kind === 'quarantine' ? QUARANTINE_PREFIX.length : PREMIGRATION_PREFIX.length);
    const r = safeGet(key);
    out.push({ key, kind, store: rest.split(':')[0] ?? '', bytes: (key.length + (r.ok && r.value ? r.value.length : 0)) * 2 });
  }
  return out;
}

/** Deletes one kept copy (only keys of kept copies can be deleted this way). */
export function deleteKeptCopy(key: string): boolean {
  if (!key.startsWith(QUARANTINE_PREFIX) && !key.startsWith(PREMIGRATION_PREFIX)) return false;
  return safeRemove(key).ok;
}
