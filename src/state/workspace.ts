/**
 * Workspaces: which set of storage keys the stores of this tab read and write.
 *
 * - `real`: the user's own work, under today's keys (`kam:<store>`, `kam:quarantine:…`,
 *   `kam:premigration:…`). Unchanged, so existing users' data and every migration keep working.
 * - `demo`: the sample company, under `kam:demo:<store>` (and `kam:demo:quarantine:…`). Every
 *   "load sample" button enters it first, so sample data never touches the user's own work.
 *
 * The mode is per tab: it is kept in `sessionStorage` (key `kam:workspace`), which survives page
 * navigation and reload inside the tab but is not shared with other tabs. Why per tab: a second tab
 * on the user's data must never be switched to the demo behind their back (and then show the
 * sample as if it were their data), and a tab in the demo must never write the real keys. Storage
 * events still flow between tabs on the same workspace, because their keys are the same.
 * When `sessionStorage` is blocked, the mode lives in this page's memory: the next page is back on
 * the real workspace with no banner, which is safe (no demo write can reach the real keys).
 *
 * Course progress (`kam:progress`) is the learner's, not the company's: it is shared by both
 * workspaces (see `persistedAtom`'s `shared`), so a quiz taken while exploring the sample counts.
 *
 * The page-wide banner (components/demoBanner.ts) reads the same sessionStorage flag and listens to
 * WORKSPACE_EVENT without importing this module (pages without tools do not ship the state layer).
 */
import type { StorageBackend } from './storage.ts';

export type Workspace = 'real' | 'demo';

/** The sessionStorage key that holds this tab's workspace ('demo'; absent means real). */
export const WORKSPACE_FLAG_KEY = 'kam:workspace';
/** Where the demo workspace's stores live (`kam:demo:portfolio`…). The real workspace keeps `kam:`. */
export const DEMO_KEY_PREFIX = 'kam:demo:';
/** Dispatched on `window` when this tab changes workspace without reloading (the banner listens). */
export const WORKSPACE_EVENT = 'kam:workspace-change';

/** The key prefix of a workspace: every key its stores and kept copies use starts with it. */
export function workspacePrefix(workspace: Workspace): string {
  return workspace === 'demo' ? DEMO_KEY_PREFIX : 'kam:';
}

// undefined: not looked up yet; null: no sessionStorage (server, or blocked).
let session: StorageBackend | null | undefined;
let active: Workspace | undefined;

function sessionBackend(): StorageBackend | null {
  if (session !== undefined) return session;
  try {
    session = typeof window !== 'undefined' ? ((window.sessionStorage as StorageBackend | null | undefined) ?? null) : null;
  } catch {
    session = null; // reading the property throws when storage is blocked
  }
  return session;
}

function readFlag(): Workspace {
  try {
    return sessionBackend()?.getItem(WORKSPACE_FLAG_KEY) === 'demo' ? 'demo' : 'real';
  } catch {
    return 'real';
  }
}

/** This tab's workspace (read once from sessionStorage, then kept in memory). */
export function activeWorkspace(): Workspace {
  active ??= readFlag();
  return active;
}

/**
 * Sets this tab's workspace: in memory at once, in sessionStorage when it can (a failure only means
 * the next page opens on the real workspace). Stores are not reloaded here: see state/demo.ts.
 */
export function setActiveWorkspace(workspace: Workspace): void {
  active = workspace;
  try {
    const s = sessionBackend();
    if (workspace === 'demo') s?.setItem(WORKSPACE_FLAG_KEY, 'demo');
    else s?.removeItem(WORKSPACE_FLAG_KEY);
    // For the banner (components/DemoBanner.astro); tests and old browsers without events skip it.
    dispatchEvent(new CustomEvent(WORKSPACE_EVENT, { detail: workspace }));
  } catch {
    // Kept in memory for this page; the banner shows on the next page.
  }
}

/** Tests: use this storage as the tab's sessionStorage and read the workspace from it again. */
export function setSessionBackend(next: StorageBackend | null): void {
  session = next;
  active = undefined;
}
