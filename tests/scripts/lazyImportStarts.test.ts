// @vitest-environment happy-dom
// Its own file: it needs a fresh module state in which nobody called listenForMissingCode yet.
import { expect, it, vi } from 'vitest';

it('loading lazyImport starts the reload-on-update listener once the page has loaded', async () => {
  const reload = vi.spyOn(location, 'reload').mockImplementation(() => undefined);
  vi.useFakeTimers();
  const { lazyImport } = await import('../../src/scripts/lazyImport.ts');
  // updateReload.ts is fetched after the page's load event (already past in this document).
  await vi.waitFor(() => import('../../src/scripts/updateReload.ts'));
  await vi.advanceTimersByTimeAsync(0);
  await lazyImport(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /x.js'))).catch(() => undefined);
  await vi.advanceTimersByTimeAsync(0); // no notice area on this page: reloads at once
  expect(reload).toHaveBeenCalledTimes(1);
  vi.useRealTimers();
});
