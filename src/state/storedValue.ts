/**
 * One stored value, as text: the envelope `{ schemaVersion, savedAt, rev, data }` (rev counts writes;
 * savedAt is ISO). Reading it goes JSON → safety → envelope → migration → validation and never
 * throws; what cannot be read says why (the quarantine reason).
 */
import type { Schema } from '../domain/index.ts';
import { SCHEMA_VERSION, migrateStoreData } from './migrations.ts';
import { findUnsafeJson, isPlainObject, parseJson } from './safety.ts';
import { checkStored } from './storedKeys.ts';
import type { QuarantineReason, StoreName } from './status.ts';

export type Decoded<T> =
  | { kind: 'ok'; value: T; version: number; savedAt: string; rev: number }
  | { kind: 'newer'; value: T | null; version: number; savedAt: string; rev: number }
  | { kind: 'bad'; reason: QuarantineReason };

/**
 * Decodes one stored raw value: JSON → safety → envelope → migration → validation. Pure; never
 * throws. Exported for tests and for the backup code.
 */
export function decodeStored<T>(store: StoreName, schema: Schema<T>, raw: string): Decoded<T> {
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
    const migrated = migrateStoreData(store, env.data, version, { savedAt });
    if (!migrated.ok) return { kind: 'bad', reason: migrated.error === 'migration-failed' ? 'migration-failed' : 'invalid-envelope' };
    const result = checkStored(schema, migrated.data);
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
