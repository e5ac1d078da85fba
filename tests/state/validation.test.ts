/**
 * Guarantees of the browser-side validator (valibot, src/domain/validation.ts) that the site relies on:
 * record keys named like built-in properties survive, older data that stored them plain reads back
 * whole, and numbers JSON cannot hold are refused before a write.
 */
import { describe, expect, it } from 'vitest';
import { check, finiteNumber } from '../../src/domain/index.ts';
import { $assessments, $portfolio, emptyAssessment } from '../../src/state/index.ts';
import { KEY_PREFIX } from '../../src/state/storage.ts';
import { envelope, freshStorage } from './helpers.ts';
import { SCHEMA_VERSION } from '../../src/state/migrations.ts';

describe('validation of stored values', () => {
  it('reads back a record key "constructor" or "prototype" that older data stored plain', () => {
    const data = {
      constructor: emptyAssessment(),
      prototype: { ...emptyAssessment(), fitCost: { fit: 7, cost: 3 } },
      other: emptyAssessment(),
    };
    freshStorage({ [`${KEY_PREFIX}assessments`]: envelope(data, SCHEMA_VERSION) });
    const read = $assessments.get();
    expect(Object.keys(read).sort()).toEqual(['constructor', 'other', 'prototype']);
    expect(Object.hasOwn(read, 'constructor')).toBe(true);
    expect(read['prototype']!.fitCost).toEqual({ fit: 7, cost: 3 });
  });

  it('writes such keys escaped, and they come back after a reload', () => {
    const storage = freshStorage();
    const value: Record<string, ReturnType<typeof emptyAssessment>> = {};
    Object.defineProperty(value, 'constructor', { value: emptyAssessment(), enumerable: true, writable: true, configurable: true });
    expect($assessments.write(value)).toEqual({ ok: true });
    const raw = storage.getItem(`${KEY_PREFIX}assessments`)!;
    expect(raw).toContain('"\\u0001constructor"');
    freshStorage({ [`${KEY_PREFIX}assessments`]: raw });
    expect(Object.keys($assessments.get())).toEqual(['constructor']);
  });

  it('refuses to store Infinity or NaN (JSON would turn them into null and the next read would fail)', () => {
    freshStorage();
    const client = { key: 'a', name: 'A', revenue: Number.POSITIVE_INFINITY, keyAccount: false };
    expect($portfolio.write({ clients: [client], monthlySales: [] })).toEqual({ ok: false, reason: 'invalid' });
    expect(check(finiteNumber(), Number.NaN).success).toBe(false);
    expect(check(finiteNumber(), -0.5).success).toBe(true);
  });

  it('reports where a value is wrong as a dotted path', () => {
    freshStorage();
    const result = check($portfolio.schema, { clients: [{ key: '', name: 'A', revenue: 1, keyAccount: false }], monthlySales: [] });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues[0]!.path).toBe('clients.0.key');
  });
});
