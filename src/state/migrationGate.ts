/**
 * When the migrations (migrations.ts) are in the page. Nearly every visit finds only values of this
 * code's version, so the migrations are not part of every page's start-up code: before the first
 * store reads its key (persisted.ts awaits `openMigrationGate` at the top), the stored values'
 * envelopes are looked at, and the migrations are fetched only when one may be older. A value of an
 * older version that arrives later (a tab still running an older site writes it) finds them missing:
 * the store shows what it had, refuses writes, fetches them and reads the value again (persisted.ts).
 */
import type { migrateStoreData } from './migrations.ts';
import { SCHEMA_VERSION } from './schemaVersion.ts';
import { STORE_NAMES } from './status.ts';
import { safeGet } from './storage.ts';
import { workspacePrefix } from './workspace.ts';

export type MigrateStoreData = typeof migrateStoreData;

let loaded: MigrateStoreData | null = null;
let loading: Promise<MigrateStoreData> | null = null;

/** The migrations when they are in the page, else null (storedValue.ts then reports an older value). */
export function loadedMigrations(): MigrateStoreData | null {
  return loaded;
}

/**
 * Fetches the migrations once. The state layer sits below src/scripts, so not through `lazyImport`:
 * a fetch that fails (offline before the site was cached) leaves the older value unread and its
 * store refusing writes, so nothing is lost, and the next call tries again.
 */
export function loadMigrations(): Promise<MigrateStoreData> {
  loading ??= import('./migrations.ts').then(
    (module) => (loaded = module.migrateStoreData),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Every value this code writes starts so (storedValue.ts `encodeStored`). */
const CURRENT_ENVELOPE = `{"schemaVersion":${SCHEMA_VERSION},`;

/**
 * True when a store's key, in either workspace, holds a value that may be of an older version: any
 * value that does not start as this code writes it (an unreadable one too, which costs nothing but
 * the fetch: the store quarantines it as before).
 */
export function storageMayHoldOlderValues(): boolean {
  for (const prefix of [workspacePrefix('real'), workspacePrefix('demo')]) {
    for (const name of STORE_NAMES) {
      const r = safeGet(`${prefix}${name}`);
      if (r.ok && r.value !== null && !r.value.startsWith(CURRENT_ENVELOPE)) return true;
    }
  }
  return false;
}

/** Awaited before the first store reads: fetches the migrations when a stored value may need them. */
export async function openMigrationGate(): Promise<void> {
  if (loaded || !storageMayHoldOlderValues()) return;
  try {
    await loadMigrations();
  } catch {
    // Handled where the value is read: an older value without migrations stays unread, writes refused.
  }
}

/** Tests: the page as it starts, without the migrations. */
export function forgetMigrationsForTests(): void {
  loaded = null;
  loading = null;
}
