import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import '../../src/state/index.ts';
import { reloadAllStores, resetUnavailableReport } from '../../src/state/persisted.ts';
import { resetStorageStatus } from '../../src/state/status.ts';
import { MemoryStorage, resetPersistRequest, setStorageBackend } from '../../src/state/storage.ts';
import { setSessionBackend } from '../../src/state/workspace.ts';

/**
 * A fresh, empty storage under every store; notices cleared; a new tab on the real workspace (its own
 * empty sessionStorage). Returns the storage for assertions.
 */
export function freshStorage(seed: Record<string, string> = {}): MemoryStorage {
  const storage = new MemoryStorage();
  for (const [k, v] of Object.entries(seed)) storage.setItem(k, v);
  setStorageBackend(storage);
  setSessionBackend(new MemoryStorage());
  resetStorageStatus();
  resetUnavailableReport();
  resetPersistRequest();
  reloadAllStores();
  return storage;
}

/** A DOMException-like error with the given name and code, as browsers throw. */
export function storageError(name: string, code = 0): Error {
  const error = new Error(name);
  error.name = name;
  Object.defineProperty(error, 'code', { value: code });
  return error;
}

export function fixtureText(path: string): string {
  return readFileSync(fileURLToPath(new URL(`./fixtures/${path}`, import.meta.url)), 'utf8');
}

export function envelope(data: unknown, schemaVersion = 2, savedAt = '2026-01-01T00:00:00.000Z', rev = 1): string {
  return JSON.stringify({ schemaVersion, savedAt, rev, data });
}
