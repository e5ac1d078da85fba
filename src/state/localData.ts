/**
 * What this site keeps in the browser, as a whole: the space its keys use, and the copies kept aside
 * (unreadable values in quarantine, values saved by an older version before their first upgrade
 * write). "Reset all my data" is in reset.ts, fetched with My Data's actions.
 */
import { KEY_PREFIX, PREMIGRATION_PREFIX, QUARANTINE_PREFIX, listKeys, safeGet, safeRemove } from './storage.ts';

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
