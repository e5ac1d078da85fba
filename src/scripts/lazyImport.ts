/**
 * Every dynamic import of the site's own code goes through `lazyImport`.
 *
 * Why: the service worker (scripts/service-worker.mjs) takes over as soon as a new version of the
 * site is deployed and purges the previous version's files. A page opened before the update still
 * runs the previous code, whose lazy chunks (import panel, charts, sample loaders, period bar…) now
 * answer 404. A failed lazy import therefore announces it with `CODE_MISSING_EVENT`; the page's
 * offline support (OfflineSupport.astro → updateReload.ts) tells the user and reloads the page once.
 * Kept tiny on purpose: it is in the first download of every tool page.
 */

/** Dispatched on `window` when a lazy import of the site's code failed. */
export const CODE_MISSING_EVENT = 'kam:code-missing';

/** `import()` of the site's own code. Still rejects, so callers keep their own fallback message. */
export function lazyImport<M>(load: () => Promise<M>): Promise<M> {
  return load().catch((error: unknown) => {
    if (typeof dispatchEvent === 'function') dispatchEvent(new Event(CODE_MISSING_EVENT));
    throw error;
  });
}
