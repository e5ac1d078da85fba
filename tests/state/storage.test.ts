import { describe, expect, it } from 'vitest';
import {
  MemoryStorage,
  classifyStorageError,
  freeKey,
  getBackend,
  listKeys,
  safeGet,
  safeSet,
  setStorageBackend,
} from '../../src/state/storage.ts';
import { storageError } from './helpers.ts';

describe('classifyStorageError', () => {
  it('recognises quota errors in every engine naming', () => {
    expect(classifyStorageError(storageError('QuotaExceededError', 22))).toBe('quota');
    expect(classifyStorageError(storageError('NS_ERROR_DOM_QUOTA_REACHED', 1014))).toBe('quota');
    expect(classifyStorageError(storageError('QUOTA_EXCEEDED_ERR', 22))).toBe('quota');
    expect(classifyStorageError(storageError('Error', 22))).toBe('quota');
    expect(classifyStorageError(storageError('Error', 1014))).toBe('quota');
  });
  it('recognises blocked storage and anything else', () => {
    expect(classifyStorageError(storageError('SecurityError', 18))).toBe('security');
    expect(classifyStorageError(new TypeError('x'))).toBe('unknown');
    expect(classifyStorageError('text')).toBe('unknown');
    expect(classifyStorageError(null)).toBe('unknown');
  });
});

describe('adapter', () => {
  it('has no storage on the server, silently', () => {
    setStorageBackend(null, null);
    expect(safeGet('kam:x')).toEqual({ ok: true, value: null });
  });

  it('reports a failed write without touching the old value', () => {
    const storage = new MemoryStorage();
    setStorageBackend(storage);
    expect(safeSet('kam:a', 'old')).toEqual({ ok: true });
    storage.quota = 5;
    expect(safeSet('kam:a', 'a much longer value')).toEqual({ ok: false, error: 'quota' });
    expect(storage.getItem('kam:a')).toBe('old');
  });

  it('catches reads that throw and writes that do not stick', () => {
    const broken = {
      getItem: () => {
        throw storageError('SecurityError', 18);
      },
      setItem: () => undefined,
      removeItem: () => undefined,
      key: () => null,
      length: 0,
    };
    setStorageBackend(broken);
    expect(safeGet('kam:a')).toEqual({ ok: false, error: 'security' });
    expect(safeSet('kam:a', 'x')).toEqual({ ok: false, error: 'unverified' });
    expect(getBackend()).toBe(broken);
  });

  it('lists only our keys and finds a free key without overwriting', () => {
    const storage = new MemoryStorage();
    storage.setItem('other', '1');
    storage.setItem('kam:quarantine:portfolio:1', 'x');
    setStorageBackend(storage);
    expect(listKeys()).toEqual(['kam:quarantine:portfolio:1']);
    expect(freeKey('kam:quarantine:portfolio:1')).toBe('kam:quarantine:portfolio:1-2');
    expect(freeKey('kam:quarantine:portfolio:2')).toBe('kam:quarantine:portfolio:2');
  });
});
