// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  RELOAD_DELAY_MS,
  RELOAD_GUARD_MS,
  isModuleLoadError,
  lazyImport,
  reloadForUpdate,
  resetReloadForTests,
  type ReloadEnvironment,
} from '../../src/scripts/lazyImport.ts';

/** A browser stand-in that records what the helper did. */
function fakeEnvironment(over: Partial<ReloadEnvironment> = {}) {
  const log: string[] = [];
  let stamp: number | null = null;
  const timers: { run: () => void; ms: number }[] = [];
  const env: ReloadEnvironment = {
    online: () => true,
    now: () => 1_000_000,
    lastReload: () => stamp,
    rememberReload: (t) => {
      stamp = t;
      log.push(`remember ${t}`);
    },
    tell: () => {
      log.push('tell');
      return true;
    },
    reload: () => log.push('reload'),
    later: (run, ms) => timers.push({ run, ms }),
    ...over,
  };
  return { env, log, timers, setStamp: (t: number | null) => (stamp = t) };
}

describe('reloadForUpdate', () => {
  beforeEach(() => resetReloadForTests());

  it('tells the user, remembers the time, then reloads after the delay', () => {
    const { env, log, timers } = fakeEnvironment();
    expect(reloadForUpdate(env)).toBe(true);
    expect(log).toEqual(['remember 1000000', 'tell']);
    expect(timers.map((t) => t.ms)).toEqual([RELOAD_DELAY_MS]);
    timers[0]!.run();
    expect(log.at(-1)).toBe('reload');
  });

  it('reloads at once when the page has no notice area', () => {
    const { env, timers } = fakeEnvironment({ tell: () => false });
    expect(reloadForUpdate(env)).toBe(true);
    expect(timers.map((t) => t.ms)).toEqual([0]);
  });

  it('schedules one reload however many imports fail', () => {
    const { env, timers } = fakeEnvironment();
    reloadForUpdate(env);
    reloadForUpdate(env);
    expect(timers).toHaveLength(1);
  });

  it('does not reload offline: the code is missing for want of a network, not because the site changed', () => {
    const { env, log, timers } = fakeEnvironment({ online: () => false });
    expect(reloadForUpdate(env)).toBe(false);
    expect(log).toEqual([]);
    expect(timers).toEqual([]);
  });

  it('does not reload again within the guard time (no reload loop), but does after it', () => {
    const recent = fakeEnvironment();
    recent.setStamp(1_000_000 - RELOAD_GUARD_MS + 1);
    expect(reloadForUpdate(recent.env)).toBe(false);
    expect(recent.timers).toEqual([]);

    const old = fakeEnvironment();
    old.setStamp(1_000_000 - RELOAD_GUARD_MS);
    expect(reloadForUpdate(old.env)).toBe(true);
  });
});

describe('lazyImport in the page', () => {
  const reload = vi.fn();
  beforeEach(() => {
    resetReloadForTests();
    sessionStorage.clear();
    vi.useFakeTimers();
    document.body.innerHTML = '';
    const notice = document.createElement('div');
    notice.dataset['offlineNotice'] = '';
    notice.dataset['reloading'] = 'Updated: reloading';
    notice.hidden = true;
    const p = document.createElement('p');
    p.dataset['offlineText'] = '';
    notice.append(p);
    document.body.append(notice);
    vi.spyOn(location, 'reload').mockImplementation(reload);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    reload.mockReset();
  });

  it('passes a loaded module through untouched', async () => {
    const module = { value: 1 };
    await expect(lazyImport(() => Promise.resolve(module))).resolves.toBe(module);
    expect(document.querySelector<HTMLElement>('[data-offline-notice]')!.hidden).toBe(true);
  });

  it('a failed import still rejects (callers keep their fallback), shows the notice and reloads', async () => {
    const error = new TypeError('Failed to fetch dynamically imported module: /_astro/ImportPanel.abc.js');
    await expect(lazyImport(() => Promise.reject(error))).rejects.toBe(error);
    const notice = document.querySelector<HTMLElement>('[data-offline-notice]')!;
    expect(notice.hidden).toBe(false);
    expect(notice.textContent).toBe('Updated: reloading');
    expect(reload).not.toHaveBeenCalled();
    vi.advanceTimersByTime(RELOAD_DELAY_MS);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(Number(sessionStorage.getItem('kam-academy:reloaded-for-update'))).toBeGreaterThan(0);
  });
});

describe('isModuleLoadError', () => {
  it.each([
    ['Failed to fetch dynamically imported module: https://x/a.js', true], // Chromium
    ['error loading dynamically imported module: https://x/a.js', true], // Firefox
    ['Importing a module script failed.', true], // Safari
    ['Unable to preload CSS for /_astro/a.css', true], // Vite
    ['x is not a function', false],
  ])('%s → %s', (message, expected) => {
    expect(isModuleLoadError(new TypeError(message))).toBe(expected);
  });
  it('ignores values that are not errors', () => {
    expect(isModuleLoadError(undefined)).toBe(false);
    expect(isModuleLoadError({ message: 'dynamically imported module' })).toBe(false);
  });
});
