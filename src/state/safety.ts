/**
 * Checks on parsed JSON before any schema sees it. Zod builds records by assignment, so a
 * `__proto__` key in a hostile backup or a planted storage value could reach an object's prototype;
 * we refuse such input outright instead of trusting every later step to be careful.
 */

const MAX_DEPTH = 64;

export type UnsafeReason = 'hostile-keys' | 'too-deep';

/**
 * Walks a JSON value (iteratively: a deeply nested file cannot overflow the stack) and reports the
 * first problem: a `__proto__` key anywhere, a `constructor` key holding a `prototype` (the classic
 * pollution payload; a client really called "Constructor" stays allowed), or nesting deeper than
 * anything the site writes. Null when the value is safe.
 */
export function findUnsafeJson(value: unknown): UnsafeReason | null {
  const stack: { v: unknown; depth: number }[] = [{ v: value, depth: 0 }];
  while (stack.length > 0) {
    const { v, depth } = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth > MAX_DEPTH) return 'too-deep';
    if (Array.isArray(v)) {
      for (const item of v) stack.push({ v: item, depth: depth + 1 });
      continue;
    }
    for (const key of Object.keys(v)) {
      if (key === '__proto__') return 'hostile-keys';
      const child = (v as Record<string, unknown>)[key];
      if (key === 'constructor' && typeof child === 'object' && child !== null && Object.hasOwn(child, 'prototype')) {
        return 'hostile-keys';
      }
      stack.push({ v: child, depth: depth + 1 });
    }
  }
  return null;
}

/** `JSON.parse` that never throws. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Own-property lookup in a record, so `record['constructor']` never returns `Object`. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
