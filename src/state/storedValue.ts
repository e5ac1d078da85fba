/**
 * One stored value, as text: the envelope `{ schemaVersion, savedAt, rev, data }` (rev counts writes;
 * savedAt is ISO). Reading it goes JSON → safety → envelope → migration → validation and never
 * throws; what cannot be read says why (the quarantine reason).
 */
import type { Schema } from '../domain/index.ts';
import { loadedMigrations } from './migrationGate.ts';
import type { MigrateStoreData } from './migrationGate.ts';
import { SCHEMA_VERSION } from './schemaVersion.ts';
import { findUnsafeJson, isPlainObject, parseJson } from './safety.ts';
import { checkStored } from './storedKeys.ts';
import type { QuarantineReason, StoreName } from './status.ts';

export type Decoded<T> =
  | { kind: 'ok'; value: T; version: number; savedAt: string; rev: number }
  | { kind: 'newer'; value: T | null; version: number; savedAt: string; rev: number }
  /** An older version while the migrations are not in the page (migrationGate.ts): read it again once they are. */
  | { kind: 'older'; version: number; savedAt: string; rev: number }
  | { kind: 'bad'; reason: QuarantineReason };

/**
 * Decodes one stored raw value: JSON → safety → envelope → migration → validation. Never throws.
 * `migrate`: the migrations when they are in the page (an older value is 'older' without them).
 * Exported for tests.
 */
export function decodeStored<T>(
  store: StoreName,
  schema: Schema<T>,
  raw: string,
  migrate: MigrateStoreData | null = loadedMigrations(),
): Decoded<T> {
  const parsed = parseJson(raw);
  if (!parsed.ok) return { kind: 'bad', reason: 'corrupt-json' };
  if (findUnsafeJson(parsed.value) !== null) return { kind: 'bad', reason: 'hostile-keys' };
  const env = parsed.value;
  if (
    !isPlainObject(env) ||
    typeof env.schemaVersion !== 'number' ||
    !Number.isInteger(env.schemaVersion) ||
    env.schemaVersion < 1 ||
    typeof env.savedAt !== 'string' ||
    !Object.hasOwn(env, 'data')
  ) {
    return { kind: 'bad', reason: 'invalid-envelope' };
  }
  const version = env.schemaVersion;
  const savedAt = env.savedAt;
  const rev = typeof env.rev === 'number' && Number.isInteger(env.rev) && env.rev >= 0 ? env.rev : 0;
  try {
    if (version > SCHEMA_VERSION) {
      // Shown if today's schema happens to understand it; never written over either way.
      const attempt = checkStored(schema, env.data);
      return { kind: 'newer', value: attempt.success ? attempt.data : null, version, savedAt, rev };
    }
    let data = env.data;
    if (version < SCHEMA_VERSION) {
      if (!migrate) return { kind: 'older', version, savedAt, rev };
      const migrated = migrate(store, data, version, { savedAt });
      if (!migrated.ok) return { kind: 'bad', reason: migrated.error === 'migration-failed' ? 'migration-failed' : 'invalid-envelope' };
      data = migrated.data;
    }
    const result = checkStored(schema, data);
    if (!result.success) return { kind: 'bad', reason: 'invalid-data' };
    return { kind: 'ok', value: result.data, version, savedAt, rev };
  } catch {
    return { kind: 'bad', reason: 'invalid-data' };
  }
}

/** The envelope text written for `data`. */
export function encodeStored(data: unknown, rev: number, savedAt = new Date().toISOString()): string {
  return JSON.stringify({ schemaVersion: SCHEMA_VERSION, savedAt, rev, data });
}
