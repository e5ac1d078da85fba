/**
 * The demo workspace (src/state/workspace.ts, demo.ts): sample work lives under `kam:demo:…`, the
 * user's own keys are never written while a tab is in the demo, and leaving gives them back exactly.
 */
import { describe, expect, it } from 'vitest';
import { emptyAccountPlan } from '../../src/domain/index.ts';
import {
  $assessments,
  $matrixConfig,
  $portfolio,
  $progress,
  $settings,
  $storageStatus,
  activeWorkspace,
  addClients,
  applyBackup,
  enterDemoWorkspace,
  isDemoWorkspace,
  leaveDemoWorkspace,
  markLessonRead,
  readBackup,
  exportBackup,
  resetAllData,
  saveDiagnosis,
  savePlan,
  setKeyAccounts,
  setUncouplingChecks,
  updateSettings,
} from '../../src/state/index.ts';
import { encodeStored } from '../../src/state/persisted.ts';
import { MemoryStorage, emitStorageSignal } from '../../src/state/storage.ts';
import { readFileSync } from 'node:fs';
import { WORKSPACE_EVENT, WORKSPACE_FLAG_KEY, setSessionBackend } from '../../src/state/workspace.ts';
import { loadIntoDemo } from '../../src/samples/loaders.ts';
import { freshStorage } from './helpers.ts';

const client = (key: string, keyAccount = false) => ({ key, name: key.toUpperCase(), revenue: 100, keyAccount });

/** Real work: a portfolio with key accounts, a diagnosis, uncoupling ticks, a plan, a currency. */
function realWork(): void {
  addClients([client('acme', true), client('globex', true), client('initech')]);
  saveDiagnosis('acme', { answers: { business: 'business.mid' }, signals: [], stage: 'mid' });
  setUncouplingChecks('globex', ['trust-breach-1']);
  savePlan({ ...emptyAccountPlan('acme', 'ACME', 2026, '2026-01-01T00:00:00.000Z'), mission: 'Grow with ACME' });
  updateSettings({ currency: 'USD' });
}

/** Every key of the user's own workspace (not the demo's), exactly as stored. */
function realKeys(storage: MemoryStorage): Record<string, string> {
  return Object.fromEntries(Object.entries(storage.snapshot()).filter(([k]) => !k.startsWith('kam:demo:')));
}

/** Sample work in the demo: the same kinds of writes a "load sample" button and a learner make. */
function sampleWork(): void {
  addClients([client('sample-a', true), client('sample-b')]);
  setKeyAccounts(['acme'], true);
  saveDiagnosis('sample-a', { answers: { 'business-share': 'early' }, signals: [], stage: 'early' });
  setUncouplingChecks('sample-a', ['quality-1', 'quality-2']);
  savePlan({ ...emptyAccountPlan('sample-a', 'SAMPLE A', 2026, '2026-02-01T00:00:00.000Z'), mission: 'Sample mission' });
  updateSettings({ currency: 'BRL' });
}

describe('demo workspace', () => {
  it('keeps the real keys byte-identical while the demo is written, and gives them back on leaving', () => {
    const storage = freshStorage();
    realWork();
    const before = realKeys(storage);
    const portfolioBefore = $portfolio.get();

    expect(enterDemoWorkspace()).toEqual({ ok: true, entered: true });
    expect(isDemoWorkspace()).toBe(true);
    expect(activeWorkspace()).toBe('demo');
    // The demo starts empty: none of the user's clients are shown (nor could be written) there.
    expect($portfolio.get().clients).toEqual([]);
    expect($settings.get().currency).toBe('');
    expect($portfolio.key).toBe('kam:demo:portfolio');

    sampleWork();
    expect(realKeys(storage)).toEqual(before);
    expect(JSON.parse(storage.getItem('kam:demo:portfolio')!).data.clients.map((c: { key: string }) => c.key)).toEqual([
      'sample-a',
      'sample-b',
    ]);
    expect(storage.getItem('kam:demo:assessments')).toContain('Sample mission');

    leaveDemoWorkspace();
    expect(isDemoWorkspace()).toBe(false);
    expect(activeWorkspace()).toBe('real');
    expect($portfolio.key).toBe('kam:portfolio');
    expect($portfolio.get()).toEqual(portfolioBefore);
    expect($assessments.get()['acme']!.plans[0]!.mission).toBe('Grow with ACME');
    expect($settings.get().currency).toBe('USD');
    expect(realKeys(storage)).toEqual(before);
  });

  it('finds the sample work again on the next visit to the demo', () => {
    freshStorage();
    enterDemoWorkspace();
    sampleWork();
    leaveDemoWorkspace();
    expect($portfolio.get().clients).toEqual([]);
    expect(enterDemoWorkspace()).toEqual({ ok: true, entered: true });
    expect($portfolio.get().clients.map((c) => c.key)).toEqual(['sample-a', 'sample-b']);
    // Already there: nothing to do.
    expect(enterDemoWorkspace()).toEqual({ ok: true, entered: false });
  });

  it('gives a brand-new user an empty workspace back: no real key is ever created', () => {
    const storage = freshStorage();
    enterDemoWorkspace();
    sampleWork();
    leaveDemoWorkspace();
    expect(Object.keys(realKeys(storage))).toEqual([]);
    expect($portfolio.get().clients).toEqual([]);
    expect($assessments.get()).toEqual({});
  });

  it('keeps course progress shared: a lesson read in the demo counts for the learner', () => {
    const storage = freshStorage();
    enterDemoWorkspace();
    expect(markLessonRead('what-is-kam', '2026-03-01T00:00:00.000Z')).toEqual({ ok: true });
    expect($progress.key).toBe('kam:progress');
    expect(storage.getItem('kam:demo:progress')).toBeNull();
    leaveDemoWorkspace();
    expect(Object.keys($progress.get().lessonsRead)).toEqual(['what-is-kam']);
  });

  it('with reloadStores: false (the banner, before it reloads the page) no write can reach the real keys', () => {
    const storage = freshStorage();
    realWork();
    const before = realKeys(storage);
    enterDemoWorkspace();
    leaveDemoWorkspace({ reloadStores: false });
    // A tool still holding sample data in memory writes once more before the page reloads.
    addClients([client('late-sample-write')]);
    expect(realKeys(storage)).toEqual(before);
    expect(storage.getItem('kam:demo:portfolio')).toContain('late-sample-write');
  });

  it('refuses to enter while an edit of the real data could not be saved (it would be dropped)', () => {
    const storage = freshStorage();
    addClients([client('acme')]);
    storage.quota = 10;
    expect(addClients([client('unsaved')]).result).toMatchObject({ ok: false, reason: 'not-saved' });
    expect(enterDemoWorkspace()).toEqual({ ok: false, reason: 'unsaved' });
    expect(isDemoWorkspace()).toBe(false);
    expect($portfolio.get().clients.map((c) => c.key)).toEqual(['acme', 'unsaved']);
  });
});

describe('demo workspace per tab', () => {
  it('is remembered by the tab (sessionStorage), never by localStorage, so a new tab opens on the real data', () => {
    const storage = freshStorage();
    const tabSession = new MemoryStorage();
    setSessionBackend(tabSession);
    enterDemoWorkspace();
    expect(tabSession.getItem(WORKSPACE_FLAG_KEY)).toBe('demo');
    expect(storage.getItem(WORKSPACE_FLAG_KEY)).toBeNull();

    // The same tab, next page: the stores start in the demo.
    setSessionBackend(tabSession);
    $portfolio.reload();
    expect($portfolio.key).toBe('kam:demo:portfolio');

    // Another tab: its own (empty) sessionStorage, so the user's data.
    setSessionBackend(new MemoryStorage());
    $portfolio.reload();
    expect($portfolio.key).toBe('kam:portfolio');
  });

  it('another tab on the real data is not switched, and its saves do not reach the demo tab', () => {
    const storage = freshStorage();
    addClients([client('acme')]);
    enterDemoWorkspace();
    addClients([client('sample')]);
    // The other tab (real workspace) saves, and the event arrives here.
    const theirs = encodeStored({ clients: [client('acme'), client('from-real-tab')], monthlySales: [] }, 5);
    storage.setItem('kam:portfolio', theirs);
    emitStorageSignal({ type: 'change', key: 'kam:portfolio', newValue: theirs });
    expect($portfolio.get().clients.map((c) => c.key)).toEqual(['sample']);
    // …and a resync (tab shown again) still reads the demo.
    emitStorageSignal({ type: 'resync' });
    expect($portfolio.get().clients.map((c) => c.key)).toEqual(['sample']);
    // A second demo tab's save does arrive.
    const demoTab = encodeStored({ clients: [client('sample'), client('other-demo-tab')], monthlySales: [] }, 9);
    storage.setItem('kam:demo:portfolio', demoTab);
    emitStorageSignal({ type: 'change', key: 'kam:demo:portfolio', newValue: demoTab });
    expect($portfolio.get().clients.map((c) => c.key)).toEqual(['sample', 'other-demo-tab']);
    expect(storage.getItem('kam:portfolio')).toBe(theirs);
  });

  it('detects conflicts per workspace: a stale demo tab never overwrites another demo tab', () => {
    const storage = freshStorage();
    enterDemoWorkspace();
    addClients([client('sample')]);
    // A real-workspace write behind our back is no conflict for the demo…
    storage.setItem('kam:portfolio', encodeStored({ clients: [client('real')], monthlySales: [] }, 3));
    expect(addClients([client('sample-2')]).result).toEqual({ ok: true });
    // …a demo write behind our back is.
    const theirs = encodeStored({ clients: [client('theirs')], monthlySales: [] }, 7);
    storage.setItem('kam:demo:portfolio', theirs);
    expect(addClients([client('mine')]).result).toEqual({ ok: false, reason: 'conflict' });
    expect(storage.getItem('kam:demo:portfolio')).toBe(theirs);
    expect($storageStatus.get().notices).toMatchObject([{ kind: 'conflict', store: 'portfolio', key: 'kam:demo:portfolio' }]);
  });

  it('quarantines an unreadable demo value inside the demo workspace', () => {
    const storage = freshStorage({
      'kam:demo:portfolio': '{not json',
      'kam:portfolio': encodeStored({ clients: [client('acme')], monthlySales: [] }, 1),
    });
    const realBefore = realKeys(storage);
    enterDemoWorkspace();
    expect($portfolio.get().clients).toEqual([]);
    const kept = Object.keys(storage.snapshot()).filter((k) => k.startsWith('kam:demo:quarantine:portfolio:'));
    expect(kept).toHaveLength(1);
    expect(storage.getItem(kept[0]!)).toBe('{not json');
    expect(realKeys(storage)).toEqual(realBefore);
    expect($storageStatus.get().notices).toMatchObject([{ kind: 'quarantined', store: 'portfolio', key: 'kam:demo:portfolio' }]);
  });

  it('clears the other workspace’s "not saved" notice on a switch', () => {
    const storage = freshStorage();
    storage.quota = 10;
    addClients([client('acme')]);
    expect($storageStatus.get().notices.map((n) => n.kind)).toEqual(['not-saved']);
    storage.quota = null;
    // The unsaved edit blocks entering; once it is saved the switch is allowed and the notice goes.
    expect(addClients([client('acme')]).result).toEqual({ ok: true });
    expect(enterDemoWorkspace()).toMatchObject({ ok: true });
    expect($storageStatus.get().notices).toEqual([]);
  });
});

describe('backup, restore and reset act on the user’s own data only', () => {
  it('refuses restore and reset in the demo, changing nothing', () => {
    const storage = freshStorage();
    realWork();
    const backup = readBackup(exportBackup());
    if (!backup.ok) throw new Error('backup should read');
    enterDemoWorkspace();
    sampleWork();
    const everything = storage.snapshot();
    expect(applyBackup(backup.backup, 'replace')).toEqual({ ok: false, code: 'demo' });
    expect(resetAllData()).toEqual({ ok: false, reset: [], readOnly: [], failed: [], demo: true });
    expect(storage.snapshot()).toEqual(everything);
  });

  it('a reset on the real workspace also deletes the demo workspace', () => {
    const storage = freshStorage();
    enterDemoWorkspace();
    sampleWork();
    leaveDemoWorkspace();
    realWork();
    expect(resetAllData()).toMatchObject({ ok: true, demo: false });
    expect(Object.keys(storage.snapshot())).toEqual([]);
    expect($matrixConfig.key).toBe('kam:matrixConfig');
  });
});

describe('loadIntoDemo (every "load sample" button)', () => {
  it('enters the demo, then runs the loader there', async () => {
    const storage = freshStorage();
    realWork();
    const before = realKeys(storage);
    const result = await loadIntoDemo(
      async () => ({ load: () => addClients([client('sample')]) }),
      async (code) => {
        code.load();
        return { ok: true as const, key: $portfolio.key };
      },
    );
    expect(result).toEqual({ ok: true, key: 'kam:demo:portfolio' });
    expect(isDemoWorkspace()).toBe(true);
    expect(realKeys(storage)).toEqual(before);
  });

  it('stays on the user’s data when the loader’s code cannot be fetched', async () => {
    freshStorage();
    const result = await loadIntoDemo(
      () => Promise.reject(new Error('offline')),
      async () => ({ ok: true as const }),
    );
    expect(result).toEqual({ ok: false, code: 'network' });
    expect(isDemoWorkspace()).toBe(false);
  });
});

describe('the page-wide banner', () => {
  it('uses the same flag key and event name as the state layer (its script repeats them)', () => {
    const script = readFileSync(new URL('../../src/components/demoBanner.ts', import.meta.url), 'utf8');
    expect(script).toContain(`'${WORKSPACE_FLAG_KEY}'`);
    expect(script).toContain(`'${WORKSPACE_EVENT}'`);
  });
});
