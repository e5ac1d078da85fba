/**
 * Every dynamic import of the site's own code goes through `lazyImport`.
 *
 * Why: the service worker (scripts/service-worker.mjs) takes over as soon as a new version of the
 * site is deployed and purges the previous version's files. A page opened before the update still
 * runs the previous code, whose lazy chunks (import panel, charts, sample loaders, period bar…) now
 * answer 404. A failed lazy import therefore announces it with `CODE_MISSING_EVENT`, and
 * updateReload.ts tells the user and reloads the page once.
 *
 * updateReload.ts itself is fetched once the page has loaded (nothing can be missing before the
 * page's own code has loaded), started from here: every island loads this module (the dictionaries'
 * loader, src/i18n/pageLocale.ts, uses it, and the storage notices island is on every page), while
 * pages' own scripts stay as small as the lesson-page budget needs. Kept tiny: it is in the first
 * download of every tool.
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

if (typeof document !== 'undefined' && typeof addEventListener === 'function') {
  // Not through lazyImport: Vite's preload wrapper reports a failure here (vite:preloadError), and
  // there is no listener yet to hear it anyway.
  const listen = () =>
    void import('./updateReload').then(
      (m) => m.listenForMissingCode(),
      () => undefined,
    );
  if (document.readyState === 'complete') listen();
  else addEventListener('load', listen, { once: true });
}
