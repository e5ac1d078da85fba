/**
 * What an open page does when a site update removed code it still needs (see lazyImport.ts): say so
 * in the page's notice area (OfflineSupport.astro's), in the page's language, then reload, which runs
 * the new version. Stored work is safe: every store writes to localStorage as it changes.
 *
 * Not reloaded: when the browser is offline (the code is missing for want of a network, not because
 * the site changed; the caller shows its own "could not load" message), and again within a minute of
 * a reload made here (it did not help, so the code is really missing: a loop would make the page
 * unusable). The time of that reload is kept in sessionStorage: per tab, and it survives the reload.
 */
import en from './updateStrings.en';
import ptBr from './updateStrings.pt-br';

// lazyImport.ts's CODE_MISSING_EVENT, written out: importing it would add a chunk to every page's
// first download (tests/scripts/lazyImport.test.ts checks that the two agree).
const CODE_MISSING_EVENT = 'kam:code-missing';

const STAMP_KEY = 'kam-academy:reloaded-for-update';
/** A reload within this time of the previous one did not help: stop. */
export const RELOAD_GUARD_MS = 60_000;
/** Time to read the notice before the page reloads. */
export const RELOAD_DELAY_MS = 2_500;

let pending = false;

function lastReload(): number {
  try {
    return Number(sessionStorage.getItem(STAMP_KEY)) || 0;
  } catch {
    return 0; // storage blocked: no loop guard, but the notice still shows before each reload
  }
}

/** Tells the user and schedules one reload, unless offline or already tried. Returns whether it did. */
export function reloadForUpdate(): boolean {
  if (pending) return true;
  if (!navigator.onLine) return false;
  const now = Date.now();
  const since = now - lastReload();
  if (since >= 0 && since < RELOAD_GUARD_MS) return false;
  pending = true;
  try {
    sessionStorage.setItem(STAMP_KEY, String(now));
  } catch {
    /* see lastReload */
  }
  const notice = document.querySelector<HTMLElement>('[data-offline-notice]');
  const text = notice?.querySelector('[data-offline-text]');
  if (notice && text) {
    // Every page is in one language (its <html lang>), as src/i18n/pageLocale.ts reads it.
    text.textContent = (document.documentElement.lang.toLowerCase().startsWith('pt') ? ptBr : en).reloading;
    notice.hidden = false;
  }
  setTimeout(() => location.reload(), notice && text ? RELOAD_DELAY_MS : 0);
  return true;
}

/** A rejection from a failed module fetch (Chromium, Firefox and Safari wordings). */
export function isModuleLoadError(reason: unknown): boolean {
  return reason instanceof Error && /dynamically imported module|module script failed/i.test(reason.message);
}

/**
 * Listens for missing code: lazyImport's event; Vite's failed preloads; and islands, which hydrate
 * through Astro's own import() (a client:visible island whose code is gone rejects unhandled).
 */
export function listenForMissingCode(): void {
  addEventListener(CODE_MISSING_EVENT, () => reloadForUpdate());
  addEventListener('vite:preloadError', () => reloadForUpdate());
  addEventListener('unhandledrejection', (event) => {
    if (isModuleLoadError(event.reason)) reloadForUpdate();
  });
}

/** Tests only: forget a scheduled reload. */
export function resetReloadForTests(): void {
  pending = false;
}
