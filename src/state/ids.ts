/** Ids and timestamps for stored items. */

/** A random id (crypto when available; ids only need to be unique within one user's data). */
export function newId(prefix = ''): string {
  try {
    if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return prefix + crypto.randomUUID();
  } catch {
    // fall through
  }
  return `${prefix}${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Now, as an ISO timestamp (what every stored date defaults to). */
export function nowIso(): string {
  return new Date().toISOString();
}

/**
 * Keys a record can file data under. Any non-empty string: built-in names such as `__proto__` or
 * `constructor` are own properties in memory and are spelled safely in storage (storedKeys.ts).
 */
export function isSafeRecordKey(key: string): boolean {
  return key !== '';
}
