/**
 * Every dynamic import of the site's own code goes through `lazyImport`.
 *
 * Why: the service worker (scripts/service-worker.mjs) takes over as soon as a new version of the
 * site is deployed and purges the previous version's files. A page opened before the update still
 * runs the previous code, whose lazy chunks (import panel, charts, sample loaders, period bar…) now
 * answer 404: the feature would fail with a vague error, and keep failing until a reload. So a failed
 * lazy import says so in the page's notice area (OfflineSupport.astro, in the page's language) and
 * reloads the page, which then runs the new version. Stored work is safe: every store writes to
 * localStorage as it changes, before any of this can happen.
 *
 * Not reloaded: when the browser is offline (the import failed for want of a network, not because the
 * site changed; the caller shows its own "could not load" message), and a second time within a minute
 * (the reload did not help, so the chunk is really missing: a reload loop would make the page unusable).
 */

/** What the reload needs from the browser; tests pass their own. */
export type ReloadEnvironment = {
  online: () => boolean;
  now: () => number;
  /** The time of the last reload done here, from sessionStorage (per tab, survives the reload). */
  lastReload: () => number | null;
  rememberReload: (time: number) => void;
  /** Shows the text in the page's notice area; false when the page has none. */
  tell: () => boolean;
  reload: () => void;
  later: (run: () => void, ms: number) => void;
};

const STAMP_KEY = 'kam-academy:reloaded-for-update';
/** A reload within this time of the previous one did not help: stop. */
export const RELOAD_GUARD_MS = 60_000;
/** Time to read the notice before the page reloads. */
export const RELOAD_DELAY_MS = 2_500;

let reloadPending = false;

function browserEnvironment(): ReloadEnvironment {
  return {
    online: () => navigator.onLine !== false,
    now: () => Date.now(),
    lastReload: () => {
      try {
        const v = Number(sessionStorage.getItem(STAMP_KEY));
        return Number.isFinite(v) && v > 0 ? v : null;
      } catch {
        return null; // storage blocked: no guard but no crash; the delay still shows the notice
      }
    },
    rememberReload: (time) => {
      try {
        sessionStorage.setItem(STAMP_KEY, String(time));
      } catch {
        /* see lastReload */
      }
    },
    tell: () => {
      const notice = document.querySelector<HTMLElement>('[data-offline-notice]');
      const text = notice?.dataset['reloading'];
      const p = notice?.querySelector('[data-offline-text]');
      if (!notice || !text || !p) return false;
      p.textContent = text;
      notice.hidden = false;
      return true;
    },
    reload: () => location.reload(),
    later: (run, ms) => void setTimeout(run, ms),
  };
}

/**
 * After a lazy import failed: tells the user and reloads, unless offline or already tried (see the
 * header). Returns whether a reload was scheduled.
 */
export function reloadForUpdate(env: ReloadEnvironment = browserEnvironment()): boolean {
  if (reloadPending) return true;
  if (!env.online()) return false;
  const now = env.now();
  const last = env.lastReload();
  if (last !== null && now - last >= 0 && now - last < RELOAD_GUARD_MS) return false;
  reloadPending = true;
  env.rememberReload(now);
  const told = env.tell();
  env.later(() => env.reload(), told ? RELOAD_DELAY_MS : 0);
  return true;
}

/** `import()` of the site's own code, with the reload above when the code is gone. Still rejects, so callers keep their own fallback. */
export function lazyImport<M>(load: () => Promise<M>): Promise<M> {
  return load().catch((error: unknown) => {
    if (typeof document !== 'undefined') reloadForUpdate();
    throw error;
  });
}

/** Tests only: forget a scheduled reload (module state). */
export function resetReloadForTests(): void {
  reloadPending = false;
}

/** A rejection from a failed module fetch, in Chromium, Firefox and Safari wording. */
export function isModuleLoadError(reason: unknown): boolean {
  const message = reason instanceof Error ? reason.message : typeof reason === 'string' ? reason : '';
  return /dynamically imported module|module script failed|error loading dynamically imported|Unable to preload CSS/i.test(message);
}
