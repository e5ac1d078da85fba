/**
 * Two tabs share one storage. "This tab" is the real store; "the other tab" writes the same key
 * directly (as another page would) and, when it should, delivers the storage event.
 */
import { describe, expect, it } from 'vitest';
import { $portfolio, $storageStatus, addClients, setKeyAccounts } from '../../src/state/index.ts';
import { encodeStored } from '../../src/state/persisted.ts';
import { emitStorageSignal } from '../../src/state/storage.ts';
import { freshStorage } from './helpers.ts';

const client = (key: string) => ({ key, name: key, revenue: 10, keyAccount: false });

function otherTabWrites(storage: ReturnType<typeof freshStorage>, clients: string[], rev: number, deliverEvent: boolean): string {
  const raw = encodeStored({ clients: clients.map(client), monthlySales: [] }, rev);
  storage.setItem('kam:portfolio', raw);
  if (deliverEvent) emitStorageSignal({ type: 'change', key: 'kam:portfolio', newValue: raw });
  return raw;
}

describe('several tabs', () => {
  it('shows what another tab saved, live', () => {
    const storage = freshStorage();
    addClients([client('a')]);
    otherTabWrites(storage, ['a', 'b'], 2, true);
    expect($portfolio.get().clients.map((c) => c.key)).toEqual(['a', 'b']);
    expect($storageStatus.get().notices).toEqual([]);
    // …and the next edit here builds on it.
    expect(addClients([client('c')]).result).toEqual({ ok: true });
    expect(JSON.parse(storage.getItem('kam:portfolio')!).data.clients).toHaveLength(3);
  });

  it('never overwrites newer data with a stale tab: reloads it and tells the user', () => {
    const storage = freshStorage();
    addClients([client('a')]);
    // The other tab saves, and this tab misses the event (frozen, bfcache, same-millisecond race).
    const theirs = otherTabWrites(storage, ['a', 'theirs'], 2, false);
    const { result } = addClients([client('mine')]);
    expect(result).toEqual({ ok: false, reason: 'conflict' });
    expect(storage.getItem('kam:portfolio')).toBe(theirs);
    expect($portfolio.get().clients.map((c) => c.key)).toEqual(['a', 'theirs']);
    expect($storageStatus.get().notices).toMatchObject([{ kind: 'conflict', store: 'portfolio' }]);
    // Now in sync: the user's retry works.
    expect(addClients([client('mine')]).result).toEqual({ ok: true });
    expect($portfolio.get().clients.map((c) => c.key)).toEqual(['a', 'theirs', 'mine']);
  });

  it('a reset in another tab is not undone by a stale tab', () => {
    const storage = freshStorage();
    addClients([client('a')]);
    storage.removeItem('kam:portfolio');
    expect(setKeyAccounts(['a'], true)).toEqual({ ok: false, reason: 'conflict' });
    expect(storage.getItem('kam:portfolio')).toBeNull();
    expect($portfolio.get().clients).toEqual([]);
  });

  it('follows a removal and a clear() from another tab', () => {
    const storage = freshStorage();
    addClients([client('a')]);
    storage.removeItem('kam:portfolio');
    emitStorageSignal({ type: 'change', key: 'kam:portfolio', newValue: null });
    expect($portfolio.get().clients).toEqual([]);
    addClients([client('b')]);
    storage.clear();
    emitStorageSignal({ type: 'change', key: null, newValue: null });
    expect($portfolio.get().clients).toEqual([]);
  });

  it('re-reads on resync (back from bfcache / tab visible again) when storage changed', () => {
    const storage = freshStorage();
    addClients([client('a')]);
    otherTabWrites(storage, ['x'], 7, false);
    emitStorageSignal({ type: 'resync' });
    expect($portfolio.get().clients.map((c) => c.key)).toEqual(['x']);
    expect(addClients([client('y')]).result).toEqual({ ok: true });
    expect(JSON.parse(storage.getItem('kam:portfolio')!).rev).toBe(8);
  });

  it('ignores events for other keys and echoes of its own write', () => {
    const storage = freshStorage();
    addClients([client('a')]);
    const mine = storage.getItem('kam:portfolio');
    const before = $portfolio.get();
    emitStorageSignal({ type: 'change', key: 'kam:portfolio', newValue: mine });
    emitStorageSignal({ type: 'change', key: 'something-else', newValue: 'x' });
    expect($portfolio.get()).toBe(before);
  });

  it('a newer-version value arriving from another tab turns this tab read-only', () => {
    const storage = freshStorage();
    addClients([client('a')]);
    const raw = JSON.stringify({ schemaVersion: 99, savedAt: '2030-01-01T00:00:00.000Z', rev: 1, data: { clients: [], monthlySales: [] } });
    storage.setItem('kam:portfolio', raw);
    emitStorageSignal({ type: 'change', key: 'kam:portfolio', newValue: raw });
    expect($portfolio.isReadOnly()).toBe(true);
    expect(addClients([client('b')]).result).toEqual({ ok: false, reason: 'read-only' });
    expect(storage.getItem('kam:portfolio')).toBe(raw);
  });
});
