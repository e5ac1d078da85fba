import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findUnsafeJson } from '../../src/state/safety.ts';
import { fromStoredKeys, setOwn, toStoredKeys } from '../../src/state/storedKeys.ts';

const key = fc.oneof(
  fc.constantFrom(...Object.getOwnPropertyNames(Object.prototype), '\u0001', '\u0001__proto__', '\u0001\u0001x'),
  fc.string(),
);
const value = fc.letrec((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small' },
    fc.integer(),
    fc.string(),
    fc.array(tie('tree'), { maxLength: 3 }),
    fc.dictionary(key, tie('tree'), { maxKeys: 4, noNullPrototype: true }),
  ),
})).tree;

describe('stored spelling of keys', () => {
  it('a "__proto__" key becomes an escaped own key and comes back as an own key', () => {
    const record: Record<string, number> = {};
    setOwn(record, '__proto__', 1);
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    const stored = toStoredKeys({ a: record });
    const text = JSON.stringify(stored);
    expect(text).toBe('{"a":{"\\u0001__proto__":1}}');
    const back = fromStoredKeys(JSON.parse(text) as typeof stored);
    expect(Object.keys(back.a)).toEqual(['__proto__']);
    expect(Object.hasOwn(back.a, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(back.a)).toBe(Object.prototype);
  });

  it('leaves values without such keys untouched (same objects)', () => {
    const v = { clients: [{ key: 'constructor', name: 'x' }], n: 1 };
    expect(toStoredKeys(v)).toBe(v);
    expect(fromStoredKeys(v)).toBe(v);
  });

  it('property: JSON round trip is exact and the JSON never holds a __proto__ key', () => {
    fc.assert(
      fc.property(value, (v) => {
        const text = JSON.stringify(toStoredKeys(v));
        const parsed: unknown = JSON.parse(text);
        expect(findUnsafeJson(parsed)).toBeNull();
        // toEqual, not toStrictEqual: the latter compares `.constructor`, which a key named
        // "constructor" shadows; own keys, including "__proto__", are compared either way.
        expect(fromStoredKeys(parsed)).toEqual(v);
        expect(JSON.stringify(fromStoredKeys(parsed))).toBe(JSON.stringify(v));
      }),
    );
  });
});
