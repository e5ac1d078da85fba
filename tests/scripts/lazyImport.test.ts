// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CODE_MISSING_EVENT, lazyImport } from '../../src/scripts/lazyImport.ts';
import en from '../../src/scripts/updateStrings.en.ts';
import ptBr from '../../src/scripts/updateStrings.pt-br.ts';
import {
  RELOAD_DELAY_MS,
  RELOAD_GUARD_MS,
  isModuleLoadError,
  listenForMissingCode,
  reloadForUpdate,
  resetReloadForTests,
} from '../../src/scripts/updateReload.ts';

const STAMP_KEY = 'kam-academy:reloaded-for-update';
const reload = vi.fn();
let online = true;

function addNotice(): HTMLElement {
  const notice = document.createElement('div');
  notice.dataset['offlineNotice'] = '';
  notice.hidden = true;
  const p = document.createElement('p');
  p.dataset['offlineText'] = '';
  notice.append(p);
  document.body.append(notice);
  return notice;
}

beforeEach(() => {
  resetReloadForTests();
  sessionStorage.clear();
  document.body.replaceChildren();
  online = true;
  vi.useFakeTimers();
  vi.spyOn(location, 'reload').mockImplementation(reload);
  vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  reload.mockReset();
});

describe('lazyImport', () => {
  it('passes a loaded module through and announces nothing', async () => {
    const heard = vi.fn();
    addEventListener(CODE_MISSING_EVENT, heard);
    const module = { value: 1 };
    await expect(lazyImport(() => Promise.resolve(module))).resolves.toBe(module);
    expect(heard).not.toHaveBeenCalled();
    removeEventListener(CODE_MISSING_EVENT, heard);
  });

  it('a failed import still rejects (callers keep their fallback) and announces the missing code', async () => {
    const heard = vi.fn();
    addEventListener(CODE_MISSING_EVENT, heard);
    const error = new TypeError('Failed to fetch dynamically imported module: /_astro/ImportPanel.abc.js');
    await expect(lazyImport(() => Promise.reject(error))).rejects.toBe(error);
    expect(heard).toHaveBeenCalledTimes(1);
    removeEventListener(CODE_MISSING_EVENT, heard);
  });
});

describe('reloadForUpdate', () => {
  it('shows the notice, remembers the time, then reloads after the delay', () => {
    const notice = addNotice();
    expect(reloadForUpdate()).toBe(true);
    expect(notice.hidden).toBe(false);
    expect(notice.textContent).toBe(en.reloading);
    expect(Number(sessionStorage.getItem(STAMP_KEY))).toBe(Date.now());
    vi.advanceTimersByTime(RELOAD_DELAY_MS - 1);
    expect(reload).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it("says it in the page's language", () => {
    document.documentElement.lang = 'pt-BR';
    const notice = addNotice();
    reloadForUpdate();
    expect(notice.textContent).toBe(ptBr.reloading);
    expect(ptBr.reloading).toContain('recarregando a página');
    document.documentElement.lang = 'en';
  });

  it('reloads at once when the page has no notice area, and only once however many imports fail', () => {
    expect(reloadForUpdate()).toBe(true);
    expect(reloadForUpdate()).toBe(true);
    vi.advanceTimersByTime(0);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('does not reload offline', () => {
    online = false;
    const notice = addNotice();
    expect(reloadForUpdate()).toBe(false);
    vi.advanceTimersByTime(RELOAD_GUARD_MS);
    expect(reload).not.toHaveBeenCalled();
    expect(notice.hidden).toBe(true);
  });

  it('does not reload again within the guard time (no reload loop), but does after it', () => {
    sessionStorage.setItem(STAMP_KEY, String(Date.now() - RELOAD_GUARD_MS + 1));
    expect(reloadForUpdate()).toBe(false);
    sessionStorage.setItem(STAMP_KEY, String(Date.now() - RELOAD_GUARD_MS));
    expect(reloadForUpdate()).toBe(true);
  });

  it('listens to lazyImport, to Vite preload failures and to unhandled module-load rejections', async () => {
    listenForMissingCode();
    await lazyImport(() => Promise.reject(new TypeError('x'))).catch(() => undefined);
    vi.advanceTimersByTime(0);
    expect(reload).toHaveBeenCalledTimes(1);

    resetReloadForTests();
    sessionStorage.clear();
    dispatchEvent(new Event('vite:preloadError'));
    vi.advanceTimersByTime(0);
    expect(reload).toHaveBeenCalledTimes(2);

    const rejection = (message: string) => Object.assign(new Event('unhandledrejection'), { reason: new TypeError(message) });
    resetReloadForTests();
    sessionStorage.clear();
    dispatchEvent(rejection('x is not a function'));
    vi.advanceTimersByTime(0);
    expect(reload).toHaveBeenCalledTimes(2);
    dispatchEvent(rejection('Failed to fetch dynamically imported module: /_astro/Pareto.x.js'));
    vi.advanceTimersByTime(0);
    expect(reload).toHaveBeenCalledTimes(3);
  });
});

describe('isModuleLoadError', () => {
  it.each([
    ['Failed to fetch dynamically imported module: https://x/a.js', true], // Chromium
    ['error loading dynamically imported module: https://x/a.js', true], // Firefox
    ['Importing a module script failed.', true], // Safari
    ['x is not a function', false],
  ])('%s → %s', (message, expected) => {
    expect(isModuleLoadError(new TypeError(message))).toBe(expected);
  });
  it('ignores values that are not errors', () => {
    expect(isModuleLoadError(undefined)).toBe(false);
    expect(isModuleLoadError({ message: 'dynamically imported module' })).toBe(false);
  });
});
