/**
 * "Reset all my data". Apart from the space and kept-copies readings My Data shows at first
 * (localData.ts), so its code comes only with the page's actions.
 *
 * Reset is for the user's own data: a tab in the demo workspace is refused (My Data offers it only on
 * the real workspace), so a reset never wipes the user's data from the demo by mistake. Resetting on
 * the real workspace also deletes the demo workspace (`kam:demo:…`): "everything this site saved in
 * this browser".
 */
import { listKeptCopies } from './localData.ts';
import type { PersistedStore } from './persisted.ts';
import { STORE_NAMES, clearNotices } from './status.ts';
import type { StoreName } from './status.ts';
import { listKeys, safeRemove } from './storage.ts';
import { storeByName } from './stores.ts';
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
