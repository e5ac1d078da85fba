/**
 * Property names as user data: a client may be called "__proto__" (or have that code), and its
 * assessment is filed under that key. In memory that is an own property, which is harmless. At the
 * JSON boundary it is not: `findUnsafeJson` refuses any `__proto__` key (a planted one is the classic
 * prototype-pollution payload) and zod builds records by assignment, where `out['__proto__'] = v`
 * would set the prototype instead. So stored and backed-up JSON spell such keys differently:
 *
 *   `__proto__`            → ESCAPE + `__proto__`
 *   a key starting ESCAPE  → ESCAPE + key   (so decoding is exact for every string)
 *
 * ESCAPE is U+0001, a control character no keyboard, form or importer produces; every other key is
 * written as it is, so data stored before this existed reads back unchanged. Other built-in names
 * (`constructor`, `toString`…) need no encoding: JSON and zod treat them as plain keys; code that
 * looks them up uses own-property reads (safety.ts `own`).
 */

const ESCAPE = '\u0001';

function needsEscape(key: string): boolean {
  return key === '__proto__' || key.startsWith(ESCAPE);
}

/** Copies `value` with keys as they are stored (see above). Unchanged parts are shared, not copied. */
export function toStoredKeys<T>(value: T): T {
  return mapKeys(value, (k) => (needsEscape(k) ? ESCAPE + k : k), needsEscape) as T;
}

/** The inverse of `toStoredKeys`, for values read from storage or a backup (after validation). */
export function fromStoredKeys<T>(value: T): T {
  return mapKeys(value, (k) => (k.startsWith(ESCAPE) ? k.slice(1) : k), (k) => k.startsWith(ESCAPE)) as T;
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
