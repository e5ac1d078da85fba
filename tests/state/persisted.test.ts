import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  $portfolio,
  $settings,
  $storageStatus,
  SCHEMA_VERSION,
  addClients,
  defaultSettings,
  quarantinedDownload,
  updateSettings,
} from '../../src/state/index.ts';
import { isHeld, releaseKeptCopy } from '../../src/state/status.ts';
import { decodeStored } from '../../src/state/persisted.ts';
import { settingsSchema } from '../../src/state/schemas.ts';
import { MemoryStorage, setStorageBackend } from '../../src/state/storage.ts';
import { envelope, freshStorage, storageError } from './helpers.ts';

const client = (key: string, revenue = 100) => ({ key, name: key.toUpperCase(), revenue });

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('reading', () => {
  it('starts from defaults when nothing is stored, with no notice', () => {
    freshStorage();
    expect($settings.get()).toEqual(defaultSettings());
    expect($portfolio.get()).toEqual({ clients: [], monthlySales: [] });
    expect($storageStatus.get().notices).toEqual([]);
  });

  it('reads a valid envelope', () => {
    const data = { currency: 'USD', numberFormat: 'en', userName: 'Sam', keyAccountCapacity: 3 };
    freshStorage({ 'kam:settings': envelope(data) });
    expect($settings.get()).toEqual(data);
    expect($settings.$meta.get()).toMatchObject({ readOnly: false, storedVersion: 2, savedAt: '2026-01-01T00:00:00.000Z' });
  });

  it('decodeStored classifies every kind of bad value and never throws', () => {
    const bad = (raw: string) => decodeStored('settings', settingsSchema, raw);
    expect(bad('{broken')).toEqual({ kind: 'bad', reason: 'corrupt-json' });
    expect(bad('')).toEqual({ kind: 'bad', reason: 'corrupt-json' });
    expect(bad('"just text"')).toEqual({ kind: 'bad', reason: 'invalid-envelope' });
    expect(bad('{"schemaVersion":"2","savedAt":"x","data":{}}')).toEqual({ kind: 'bad', reason: 'invalid-envelope' });
    expect(bad('{"schemaVersion":2,"savedAt":"x"}')).toEqual({ kind: 'bad', reason: 'invalid-envelope' });
    expect(bad(envelope({ currency: 5 }))).toEqual({ kind: 'bad', reason: 'invalid-data' });
    expect(bad('{"schemaVersion":2,"savedAt":"x","data":{"__proto__":{"polluted":true}}}')).toEqual({
      kind: 'bad',
      reason: 'hostile-keys',
    });
    expect(bad(envelope('not an object', 1))).toEqual({ kind: 'bad', reason: 'migration-failed' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('quarantine', () => {
  it('keeps a corrupt value aside, starts from default, tells the user, offers the copy', () => {
    vi.spyOn(Date, 'now').mockReturnValue(1_700_000_000_000);
    const storage = freshStorage({ 'kam:portfolio': '{"schemaVersion":2,"savedAt":"x","data":{"clients":[' });
    expect($portfolio.get()).toEqual({ clients: [], monthlySales: [] });
    const keptKey = 'kam:quarantine:portfolio:1700000000000';
    expect(storage.getItem(keptKey)).toBe('{"schemaVersion":2,"savedAt":"x","data":{"clients":[');
    expect(storage.getItem('kam:portfolio')).toBeNull();
    const notices = $storageStatus.get().notices;
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: 'quarantined', store: 'portfolio', key: 'kam:portfolio', keptKey, reason: 'corrupt-json' });
    const file = quarantinedDownload(notices[0]!);
    expect(file?.text).toBe('{"schemaVersion":2,"savedAt":"x","data":{"clients":[');
    expect(file?.fileName).toMatch(/^kam-academy-kept-kam-quarantine-portfolio-1700000000000\.txt$/);
  });

  it('never overwrites an earlier kept copy', () => {
    vi.spyOn(Date, 'now').mockReturnValue(42);
    const storage = freshStorage({ 'kam:quarantine:settings:42': 'first', 'kam:settings': 'second' });
    expect(storage.getItem('kam:quarantine:settings:42')).toBe('first');
    expect(storage.getItem('kam:quarantine:settings:42-2')).toBe('second');
  });

  it('quarantines values that fail validation and hostile values', () => {
    const storage = freshStorage({
      'kam:settings': envelope({ currency: 'BRL', numberFormat: 'fr', userName: '', keyAccountCapacity: 1 }),
      'kam:progress':
        '{"schemaVersion":2,"savedAt":"x","data":{"lessonsRead":{},"quizzes":{},"learnerName":"","constructor":{"prototype":{"x":1}}}}',
    });
    const reasons = $storageStatus.get().notices.map((n) => (n.kind === 'quarantined' ? `${n.store}:${n.reason}` : n.kind));
    expect(reasons).toEqual(['settings:invalid-data', 'progress:hostile-keys']);
    expect(Object.keys(storage.snapshot()).filter((k) => k.startsWith('kam:quarantine:'))).toHaveLength(2);
  });

  it('keeps the copy in memory when even the copy cannot be written', () => {
    const storage = freshStorage();
    storage.setItem('kam:portfolio', 'garbage');
    storage.quota = 10; // nothing more fits
    $portfolio.reload();
    const notice = $storageStatus.get().notices[0]!;
    expect(notice).toMatchObject({ kind: 'quarantined', keptKey: null });
    expect(quarantinedDownload(notice)?.text).toBe('garbage');
    expect(storage.getItem('kam:portfolio')).toBe('garbage'); // not removed: no other copy in storage
  });

  it('never lets an edit destroy a value that could not be copied aside, until the copy is downloaded or discarded', () => {
    // A backend whose quarantine writes fail with a quota error; everything else works.
    class QuarantineFull extends MemoryStorage {
      override setItem(key: string, value: string): void {
        if (key.startsWith('kam:quarantine:')) throw storageError('QuotaExceededError', 22);
        super.setItem(key, value);
      }
    }
    freshStorage();
    const storage = new QuarantineFull();
    storage.setItem('kam:settings', '{"broken');
    setStorageBackend(storage);
    $settings.reload();
    const notice = $storageStatus.get().notices.find((n) => n.kind === 'quarantined')!;
    expect(notice).toMatchObject({ store: 'settings', keptKey: null });
    expect(isHeld(notice.id)).toBe(true);
    expect($settings.isReadOnly()).toBe(true);

    // Edits are refused (memory unchanged), whatever path they take: the original stays.
    expect(updateSettings({ userName: 'Ana' })).toEqual({ ok: false, reason: 'held' });
    expect($settings.updateLatest((s) => ({ ...s, userName: 'Ana' }))).toEqual({ ok: false, reason: 'held' });
    expect($settings.get().userName).not.toBe('Ana');
    expect(storage.getItem('kam:settings')).toBe('{"broken');

    // Downloaded: edits work again and may replace the unreadable original.
    expect(quarantinedDownload(notice)?.text).toBe('{"broken');
    releaseKeptCopy(notice.id, 'downloaded');
    expect($settings.isReadOnly()).toBe(false);
    expect(updateSettings({ userName: 'Ana' })).toEqual({ ok: true });
    expect(JSON.parse(storage.getItem('kam:settings')!).data.userName).toBe('Ana');
  });

  it('discarding the kept copy forgets it and its notice, and frees the store', () => {
    const storage = freshStorage();
    storage.setItem('kam:portfolio', 'garbage');
    storage.quota = 10;
    $portfolio.reload();
    const notice = $storageStatus.get().notices[0]!;
    expect(addClients([client('a')]).result).toEqual({ ok: false, reason: 'held' });
    storage.quota = null;
    releaseKeptCopy(notice.id, 'discarded');
    expect($storageStatus.get().notices).toEqual([]);
    expect(quarantinedDownload(notice)).toBeNull();
    expect(addClients([client('a')]).result).toEqual({ ok: true });
  });

  it('a held store that another tab repairs is writable again', () => {
    const storage = freshStorage();
    storage.setItem('kam:portfolio', 'garbage');
    storage.quota = 10;
    $portfolio.reload();
    storage.quota = null;
    storage.setItem('kam:portfolio', envelope({ clients: [], monthlySales: [] }));
    $portfolio.reload();
    expect($portfolio.isReadOnly()).toBe(false);
    expect(addClients([client('a')]).result).toEqual({ ok: true });
  });
});

describe('writing', () => {
  it('wraps values in a versioned envelope under a kam: key', () => {
    const storage = freshStorage();
    expect(updateSettings({ userName: 'Ana' })).toEqual({ ok: true });
    const stored = JSON.parse(storage.getItem('kam:settings')!);
    expect(stored).toMatchObject({ schemaVersion: SCHEMA_VERSION, rev: 1, data: { ...defaultSettings(), userName: 'Ana' } });
    expect(typeof stored.savedAt).toBe('string');
    updateSettings({ userName: 'Bia' });
    expect(JSON.parse(storage.getItem('kam:settings')!).rev).toBe(2);
  });

  it('refuses invalid values (memory and storage unchanged)', () => {
    const storage = freshStorage();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect($settings.write({ ...defaultSettings(), keyAccountCapacity: Number.NaN })).toEqual({ ok: false, reason: 'invalid' });
    expect($settings.get()).toEqual(defaultSettings());
    expect(storage.getItem('kam:settings')).toBeNull();
  });

  it.each([
    ['QuotaExceededError', 22, 'quota'],
    ['NS_ERROR_DOM_QUOTA_REACHED', 1014, 'quota'],
    ['SecurityError', 18, 'security'],
  ])('a failed write (%s) keeps the old value, continues in memory and says "not saved"', (name, code, kind) => {
    const storage = freshStorage();
    addClients([client('a')]);
    const before = storage.getItem('kam:portfolio');
    const original = storage.setItem.bind(storage);
    storage.setItem = () => {
      throw storageError(name, code);
    };
    const { result } = addClients([client('b')]);
    expect(result).toEqual({ ok: false, reason: 'not-saved', error: kind });
    expect($portfolio.get().clients.map((c) => c.key)).toEqual(['a', 'b']);
    expect(storage.getItem('kam:portfolio')).toBe(before);
    expect($portfolio.$meta.get().unsaved).toBe(true);
    expect($storageStatus.get().notices).toMatchObject([{ kind: 'not-saved', store: 'portfolio', error: kind }]);

    // Storage works again: the next write saves everything and the notice goes away.
    storage.setItem = original;
    expect(addClients([client('c')]).result).toEqual({ ok: true });
    expect(JSON.parse(storage.getItem('kam:portfolio')!).data.clients).toHaveLength(3);
    expect($storageStatus.get().notices).toEqual([]);
  });

  it('without any storage, the app works in memory and says so', () => {
    freshStorage();
    setStorageBackend(null, 'security');
    $settings.reload();
    expect($storageStatus.get().notices).toMatchObject([{ kind: 'unavailable', error: 'security' }]);
    expect(updateSettings({ userName: 'X' })).toMatchObject({ ok: false, reason: 'not-saved' });
    expect($settings.get().userName).toBe('X');
  });

  it('asks for persistent storage after the first successful save, once', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { storage: { persist, persisted: async () => false } });
    freshStorage();
    updateSettings({ userName: 'A' });
    updateSettings({ userName: 'B' });
    await vi.waitFor(() => expect($storageStatus.get().persistent).toBe(true));
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('survives a browser without navigator.storage', () => {
    vi.stubGlobal('navigator', {});
    freshStorage();
    expect(updateSettings({ userName: 'A' })).toEqual({ ok: true });
  });
});

describe('newer version', () => {
  it('is read-only: shown if understood, never overwritten, notice raised', () => {
    const raw = envelope({ ...defaultSettings(), userName: 'From the future', extra: 1 }, SCHEMA_VERSION + 1);
    const storage = freshStorage({ 'kam:settings': raw });
    expect($settings.get().userName).toBe('From the future');
    expect($settings.isReadOnly()).toBe(true);
    expect($storageStatus.get().notices).toMatchObject([
      { kind: 'read-only', store: 'settings', storedVersion: SCHEMA_VERSION + 1, codeVersion: SCHEMA_VERSION },
    ]);
    expect(updateSettings({ userName: 'Old code' })).toEqual({ ok: false, reason: 'read-only' });
    $settings.set({ ...defaultSettings(), userName: 'via set' });
    expect(storage.getItem('kam:settings')).toBe(raw);
    expect($settings.get().userName).toBe('From the future');
  });

  it('shows defaults when the newer shape is not understood, still untouched', () => {
    const raw = envelope({ totally: 'different' }, SCHEMA_VERSION + 5);
    const storage = freshStorage({ 'kam:portfolio': raw });
    expect($portfolio.get()).toEqual({ clients: [], monthlySales: [] });
    expect(addClients([client('a')]).result).toEqual({ ok: false, reason: 'read-only' });
    expect(storage.getItem('kam:portfolio')).toBe(raw);
    expect(Object.keys(storage.snapshot())).toEqual(['kam:portfolio']);
  });
});
