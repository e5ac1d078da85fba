/**
 * Client keys that are names of built-in object properties (`constructor`, `toString`, `__proto__`…)
 * or ids the site uses for itself (the quick try's `__try__`) go through the whole journey like any
 * other: import → mark key account → diagnose → plan → backup → restore.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  QUICK_TRY_KEY,
  STAGE_QUESTIONS,
  clientKeyBesideReserved,
  diagnoseStage,
  emptyAccountPlan,
  importPortfolio,
} from '../../src/domain/index.ts';
import {
  applyBackup,
  exportBackup,
  getAssessment,
  readBackup,
  replacePortfolio,
  saveDiagnosis,
  savePlan,
  setKeyAccounts,
} from '../../src/state/index.ts';
import { $portfolio } from '../../src/state/index.ts';
import { reloadAllStores } from '../../src/state/persisted.ts';
import { $storageStatus } from '../../src/state/status.ts';
import { runImport } from '../../src/import/importRun.ts';
import { freshStorage } from './helpers.ts';

const HOSTILE = [...Object.getOwnPropertyNames(Object.prototype), QUICK_TRY_KEY];

function journey(codes: readonly string[]): void {
  freshStorage();
  const csv = `Código;Cliente;Valor\n${codes.map((c, i) => `${c};Cliente ${c};${(i + 1) * 100}`).join('\n')}\n`;
  const outcome = runImport({ input: csv, options: {}, extras: {} });
  if (!outcome.ok) throw new Error(`import failed: ${outcome.error.code}`);
  const keys = codes.map(clientKeyBesideReserved);
  expect(outcome.clients.map((c) => c.key)).toEqual(keys);
  // Every reserved code is reported, never moved aside silently.
  expect(outcome.summary.issues.filter((i) => i.code === 'reserved-key')).toHaveLength(codes.filter((c) => c === QUICK_TRY_KEY).length);
  expect(replacePortfolio({ clients: outcome.clients, monthlySales: outcome.monthlySales })).toEqual({ ok: true });

  expect(setKeyAccounts(keys, true)).toEqual({ ok: true });
  const answers = Object.fromEntries(STAGE_QUESTIONS.map((q) => [q.id, q.options[2]!.id]));
  const diagnosis = diagnoseStage({ answers });
  for (const key of keys) {
    expect(saveDiagnosis(key, { answers, signals: [], stage: diagnosis.stage, date: '2026-02-01' }).result).toEqual({ ok: true });
    expect(savePlan(emptyAccountPlan(key, `Cliente ${key}`, 2026, '2026-02-01T00:00:00.000Z'))).toEqual({ ok: true });
  }

  const text = exportBackup(new Date('2026-03-01T00:00:00Z'));
  freshStorage();
  const read = readBackup(text);
  if (!read.ok) throw new Error(`backup refused: ${read.code}`);
  expect(applyBackup(read.backup, 'replace')).toEqual({ ok: true, stores: expect.any(Array) });
  reloadAllStores(); // read back from storage, as a new page would

  expect($portfolio.get().clients.map((c) => [c.key, c.keyAccount])).toEqual(keys.map((k) => [k, true]));
  for (const key of keys) {
    const a = getAssessment(key);
    expect(a.diagnoses.map((d) => d.stage)).toEqual([diagnosis.stage]);
    expect(a.plans.map((p) => p.accountKey)).toEqual([key]);
  }
  // The quick try keeps its own (empty) work; nothing reached any prototype; nothing was quarantined.
  expect(getAssessment(QUICK_TRY_KEY).diagnoses).toEqual([]);
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  expect(({} as Record<string, unknown>)['diagnoses']).toBeUndefined();
  expect($storageStatus.get().notices).toEqual([]);
}

describe('hostile client keys', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', QUICK_TRY_KEY])('%s: the whole journey works', (key) => {
    journey([key]);
  });

  it('property: any set of built-in names and reserved ids, with an ordinary client beside them', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...HOSTILE), { minLength: 1, maxLength: 4 }), (codes) => {
        journey([...codes, 'ordinary']);
      }),
      { numRuns: 25 },
    );
  });

  it('the importer reports a reserved code once and keeps its rows together', () => {
    const r = importPortfolio(`Código;Cliente;Valor\n${QUICK_TRY_KEY};Teste;1\n${QUICK_TRY_KEY};Teste;2\n`);
    if (!r.ok) throw new Error(r.error.code);
    expect(r.clients).toMatchObject([{ key: `${QUICK_TRY_KEY} (client)`, revenue: 3, rows: 2 }]);
    expect(r.issues).toEqual([{ row: 2, column: 'Código', code: 'reserved-key', message: expect.any(String) }]);
  });
});
