/**
 * Entering and leaving the demo workspace (what it is, and why the mode is per tab: workspace.ts).
 * Loaded on the click of a "load sample" button (src/samples/loaders.ts), so tool pages do not
 * ship it before; islands that only need to know the workspace read `activeWorkspace()`.
 *
 * Rules
 * - `enterDemoWorkspace()` is what every "load sample" button calls first: the tab switches to the
 *   demo keys and every store re-reads them. The demo keeps what it held last time (a workshop
 *   participant who went back to their data finds their sample work again); the sample loaders
 *   then fill it. The real keys are not read for writing, not copied, not touched.
 * - It refuses while a store holds an edit that storage refused (`unsaved`): switching would drop
 *   that edit from memory, and the user was told to export a backup first.
 * - `leaveDemoWorkspace()` switches back and re-reads the real keys, which were never written in
 *   the meantime, so the user's data comes back exactly as it was. The page's "Back to my data"
 *   buttons (components/demoBanner.ts, My data) only drop the tab's flag and reload the page, as
 *   `{ reloadStores: false }` does: until the reload the stores stay bound to the demo, so a tool's
 *   draft still in memory cannot reach the real keys.
 * - Notices that describe one workspace's keys (not saved, read-only, conflict) are cleared on a
 *   switch; the reload raises them again for the new workspace when they still apply. Quarantine
 *   notices stay: their kept copy can still be downloaded.
 */
import { persistedStores } from './persisted.ts';
import { clearNotices } from './status.ts';
import { activeWorkspace, setActiveWorkspace } from './workspace.ts';
import type { Workspace } from './workspace.ts';

export type { Workspace };

export type EnterDemoResult = { ok: true; entered: boolean } | { ok: false; reason: 'unsaved' };

export function isDemoWorkspace(): boolean {
  return activeWorkspace() === 'demo';
}

function reloadWorkspaceStores(): void {
  for (const store of persistedStores()) {
    if (store.shared) continue;
    clearNotices('not-saved', store.storeName);
    clearNotices('read-only', store.storeName);
    clearNotices('conflict', store.storeName);
    store.reload();
  }
}

/** Switches this tab to the demo workspace (nothing to do when it is there already). */
export function enterDemoWorkspace(): EnterDemoResult {
  if (activeWorkspace() === 'demo') return { ok: true, entered: false };
  if (persistedStores().some((s) => !s.shared && s.$meta.get().unsaved)) return { ok: false, reason: 'unsaved' };
  setActiveWorkspace('demo');
  reloadWorkspaceStores();
  return { ok: true, entered: true };
}

/**
 * Switches this tab back to the user's own data. `reloadStores: false` only flips the tab's flag:
 * the caller reloads the page (what the banner does).
 */
export function leaveDemoWorkspace(options: { reloadStores?: boolean } = {}): void {
  setActiveWorkspace('real');
  if (options.reloadStores === false) return;
  reloadWorkspaceStores();
}
