/**
 * Property names as user data: a client may be called "__proto__" or "Constructor" (or have that
 * code), and its assessment is filed under that key. In memory that is an own property, which is
 * harmless. At the JSON boundary it is not: `findUnsafeJson` refuses any `__proto__` key (a planted
 * one is the classic prototype-pollution payload), and the validator (valibot) leaves the keys
 * `__proto__`, `constructor` and `prototype` out of every record it checks. So stored and backed-up
 * JSON spell such keys differently:
 *
 *   `__proto__`, `constructor`, `prototype`  → ESCAPE + key
 *   a key starting ESCAPE                     → ESCAPE + key   (so decoding is exact for every string)
 *
 * ESCAPE is U+0001, a control character no keyboard, form or importer produces; every other key is
 * written as it is. Data stored before `constructor` and `prototype` were escaped holds them plain:
 * `checkStored` re-spells a value before validating it, so such data reads back whole. Other built-in
 * names (`toString`…) need no encoding; code that looks keys up uses own-property reads (safety.ts `own`).
 */

import { check } from '../domain/index.ts';
import type { Checked, Schema } from '../domain/index.ts';

const ESCAPE = '\u0001';

const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

function needsEscape(key: string): boolean {
  return RESERVED.has(key) || key.startsWith(ESCAPE);
}

/** Copies `value` with keys as they are stored (see above). Unchanged parts are shared, not copied. */
export function toStoredKeys<T>(value: T): T {
  return mapKeys(value, (k) => (needsEscape(k) ? ESCAPE + k : k), needsEscape) as T;
}

/** The inverse of `toStoredKeys`, for values read from storage or a backup (after validation). */
export function fromStoredKeys<T>(value: T): T {
  return mapKeys(
    value,
    (k) => (k.startsWith(ESCAPE) ? k.slice(1) : k),
    (k) => k.startsWith(ESCAPE),
  ) as T;
}

/**
 * Validates a value read from storage or a backup (stored spelling, perhaps an older one) and gives
 * it back in memory spelling. Re-spelling first makes a plain `constructor` key of older data
 * escaped, so the validator keeps it.
 */
export function checkStored<T>(schema: Schema<T>, stored: unknown): Checked<T> {
  const checked = check(schema, toStoredKeys(fromStoredKeys(stored)));
  return checked.success ? { success: true, data: fromStoredKeys(checked.data) } : checked;
}

/** Sets an own data property, also for `__proto__` (plain assignment would change the prototype). */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
}

function mapKeys(value: unknown, rename: (key: string) => string, renamed: (key: string) => boolean): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const next = mapKeys(item, rename, renamed);
      if (next !== item) (out ??= value.slice())[i] = next;
    }
    return out ?? value;
  }
  const source = value as Record<string, unknown>;
  const keys = Object.keys(source);
  let changed = false;
  const children = keys.map((k) => {
    const child = source[k];
    const next = mapKeys(child, rename, renamed);
    if (next !== child || renamed(k)) changed = true;
    return next;
  });
  if (!changed) return value;
  const out: Record<string, unknown> = {};
  keys.forEach((k, i) => setOwn(out, rename(k), children[i]));
  return out;
}
