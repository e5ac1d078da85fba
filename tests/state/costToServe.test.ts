/** The cost-to-serve store: edits, imported lines, reload, backup round trip and merge, hostile keys. */
import { describe, expect, it } from 'vitest';
import {
  $costToServe,
  applyBackup,
  applyCostLines,
  clientCostsOf,
  costLinesOf,
  exportBackup,
  perClient,
  readBackup,
  replaceCostToServe,
  setCostSettings,
  updateClientCosts,
} from '../../src/state/index.ts';
import { freshStorage } from './helpers.ts';

describe('$costToServe', () => {
  it('starts empty, keeps edits per client and removes a field set to undefined', () => {
    freshStorage();
    expect($costToServe.get()).toEqual({ creditRatePct: 12, clients: {} });
    expect(updateClientCosts('a', { marginPct: 21, paymentDays: 45, costs: { delivery: 100, visits: 50 } }).ok).toBe(true);
    expect(updateClientCosts('a', { paymentDays: undefined, costs: { visits: undefined } }).ok).toBe(true);
    expect(clientCostsOf($costToServe.get(), 'a')).toEqual({ marginPct: 21, costs: { delivery: 100 } });
    expect(setCostSettings({ creditRatePct: 14.6, defaultMarginPct: 20 }).ok).toBe(true);
    expect(setCostSettings({ defaultMarginPct: undefined }).ok).toBe(true);
    expect($costToServe.get().defaultMarginPct).toBeUndefined();
  });

  it('survives a reload (stored and validated)', () => {
    const storage = freshStorage();
    updateClientCosts('a', { costs: { staff: 1200.5 } });
    freshStorage(storage.snapshot());
    expect(clientCostsOf($costToServe.get(), 'a').costs).toEqual({ staff: 1200.5 });
  });

  it('imported lines: sums per client and kind exact to the cent; other amounts stay', () => {
    freshStorage();
    updateClientCosts('a', { costs: { visits: 10, delivery: 999 } });
    applyCostLines([
      { key: 'a', type: 'delivery', amount: 0.1 },
      { key: 'a', type: 'delivery', amount: 0.2 },
      { key: 'b', type: 'returns', amount: 5 },
    ]);
    expect(clientCostsOf($costToServe.get(), 'a').costs).toEqual({ visits: 10, delivery: 0.3 });
    expect(costLinesOf($costToServe.get())).toEqual([
      { key: 'a', type: 'delivery', amount: 0.3 },
      { key: 'a', type: 'visits', amount: 10 },
      { key: 'b', type: 'returns', amount: 5 },
    ]);
  });

  it('hostile client keys are ordinary clients, through storage and a backup', () => {
    const storage = freshStorage();
    for (const key of ['__proto__', 'constructor', 'prototype', 'toString'])
      updateClientCosts(key, { paymentDays: 30, costs: { delivery: 1 } });
    expect(Object.keys($costToServe.get().clients).sort()).toEqual(['__proto__', 'constructor', 'prototype', 'toString']);
    expect(perClient($costToServe.get(), 'paymentDays')).toEqual(
      JSON.parse('{"__proto__":30,"constructor":30,"prototype":30,"toString":30}'),
    );
    freshStorage(storage.snapshot());
    expect(Object.keys($costToServe.get().clients).sort()).toEqual(['__proto__', 'constructor', 'prototype', 'toString']);
    const read = readBackup(exportBackup());
    if (!read.ok) throw new Error(read.code);
    expect(Object.keys(read.backup.data.costToServe!.clients).sort()).toEqual(['__proto__', 'constructor', 'prototype', 'toString']);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('backup: exported, restored by replace, merged with yours winning', () => {
    freshStorage();
    updateClientCosts('a', { costs: { delivery: 1 } });
    updateClientCosts('b', { costs: { delivery: 2 } });
    setCostSettings({ creditRatePct: 10 });
    const file = exportBackup();
    replaceCostToServe({ creditRatePct: 15, clients: { a: { costs: { delivery: 9 } }, c: { costs: { visits: 3 } } } });
    const read = readBackup(file);
    if (!read.ok) throw new Error(read.code);
    expect(applyBackup(read.backup, 'merge').ok).toBe(true);
    expect($costToServe.get()).toEqual({
      creditRatePct: 15,
      clients: { a: { costs: { delivery: 9 } }, b: { costs: { delivery: 2 } }, c: { costs: { visits: 3 } } },
    });
    expect(applyBackup(read.backup, 'replace').ok).toBe(true);
    expect($costToServe.get()).toEqual({ creditRatePct: 10, clients: { a: { costs: { delivery: 1 } }, b: { costs: { delivery: 2 } } } });
  });

  it('refuses values the schema does not accept (an unknown cost kind, negative days)', () => {
    freshStorage();
    expect(replaceCostToServe({ creditRatePct: 12, clients: { a: { costs: { lunch: 1 } as never } } }).ok).toBe(false);
    expect(updateClientCosts('a', { paymentDays: -1 }).ok).toBe(false);
    expect($costToServe.get().clients).toEqual({});
  });
});
