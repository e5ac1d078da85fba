import { describe, expect, it } from 'vitest';
import {
  $kraljic,
  SCHEMA_VERSION,
  applyBackup,
  exportBackup,
  getKraljic,
  readBackup,
  restoreKraljic,
  updateKraljic,
} from '../../src/state/index.ts';
import type { KraljicAnswers } from '../../src/domain/index.ts';
import { reloadAllStores } from '../../src/state/persisted.ts';
import { $storageStatus } from '../../src/state/status.ts';
import { freshStorage } from './helpers.ts';

const leverage: KraljicAnswers = {
  'spend-weight': 4,
  'cost-effect': 4,
  'quality-effect': 2,
  alternatives: 1,
  'switching-cost': 2,
  'failure-impact': 2,
};

function okRead(text: string) {
  const r = readBackup(text);
  if (!r.ok) throw new Error(`backup refused: ${r.code}`);
  return r.backup;
}

describe('$kraljic', () => {
  it('starts empty; an account without a reading reads as undefined', () => {
    freshStorage();
    expect($kraljic.get()).toEqual([]);
    expect(getKraljic('a')).toBeUndefined();
  });

  it('round trip: what is written loads again after a reload, with no notice', () => {
    const storage = freshStorage();
    expect(updateKraljic('a', () => leverage)).toEqual({ ok: true });
    expect(storage.getItem('kam:kraljic')).toContain('spend-weight');
    reloadAllStores();
    expect(getKraljic('a')?.answers).toEqual(leverage);
    expect($storageStatus.get().notices).toEqual([]);
  });

  it('an update leaves other accounts alone; a reading with no answer left is removed; undo restores it', () => {
    freshStorage();
    updateKraljic('a', () => leverage);
    updateKraljic('b', () => ({ alternatives: 3 }));
    const before = getKraljic('a');
    updateKraljic('a', () => ({}));
    expect($kraljic.get().map((r) => r.accountKey)).toEqual(['b']);
    restoreKraljic('a', before);
    expect(getKraljic('a')).toEqual(before);
    restoreKraljic('c', undefined);
    expect($kraljic.get()).toHaveLength(2);
  });

  it('refuses an answer outside the 1–5 scale and keeps what was stored', () => {
    freshStorage();
    updateKraljic('a', () => leverage);
    const bad = { ...leverage, alternatives: 9 } as unknown as KraljicAnswers;
    expect(updateKraljic('a', () => bad).ok).toBe(false);
    expect(getKraljic('a')?.answers).toEqual(leverage);
  });

  it('a stored value with an unknown question key loads without it', () => {
    freshStorage({
      'kam:kraljic': JSON.stringify({
        schemaVersion: SCHEMA_VERSION,
        savedAt: '2026-01-01T00:00:00.000Z',
        data: [{ accountKey: 'a', updatedAt: '2026-01-01', answers: { alternatives: 2, 'made-up': 5 } }],
      }),
    });
    expect(getKraljic('a')?.answers).toEqual({ alternatives: 2 });
  });

  it('hostile account keys go through storage and a backup like any other', () => {
    freshStorage();
    for (const key of ['__proto__', 'constructor', 'toString']) updateKraljic(key, () => leverage);
    const text = exportBackup(new Date('2026-03-01T00:00:00Z'));
    reloadAllStores();
    expect($kraljic.get().map((r) => r.accountKey)).toEqual(['__proto__', 'constructor', 'toString']);
    freshStorage();
    expect(applyBackup(okRead(text), 'replace').ok).toBe(true);
    expect(getKraljic('__proto__')?.answers).toEqual(leverage);
    expect(getKraljic('constructor')?.answers).toEqual(leverage);
    expect(({} as Record<string, unknown>)['spend-weight']).toBeUndefined();
  });
});

describe('backup', () => {
  it('export → restore (replace) gives the same readings', () => {
    freshStorage();
    updateKraljic('a', () => leverage);
    const before = $kraljic.get();
    const text = exportBackup(new Date('2026-03-01T00:00:00Z'));
    freshStorage();
    const backup = okRead(text);
    expect(backup.data.kraljic).toEqual(before);
    expect(applyBackup(backup, 'replace').ok).toBe(true);
    expect($kraljic.get()).toEqual(before);
  });

  it('merge: per account, the newer reading wins; accounts only on one side are kept', () => {
    freshStorage();
    updateKraljic('a', () => leverage);
    updateKraljic('b', () => ({ alternatives: 1 }));
    const file = okRead(exportBackup(new Date('2026-03-01T00:00:00Z')));
    file.data.kraljic = file.data.kraljic!.map((r) =>
      r.accountKey === 'a'
        ? { ...r, answers: { ...leverage, alternatives: 5 }, updatedAt: '2999-01-01T00:00:00.000Z' }
        : { ...r, updatedAt: '2000-01-01T00:00:00.000Z' },
    );
    freshStorage();
    updateKraljic('b', () => ({ alternatives: 4 }));
    updateKraljic('c', () => ({ alternatives: 3 }));
    expect(applyBackup(file, 'merge').ok).toBe(true);
    expect(getKraljic('a')?.answers.alternatives).toBe(5);
    expect(getKraljic('b')?.answers.alternatives).toBe(4);
    expect(getKraljic('c')?.answers.alternatives).toBe(3);
  });

  it('a backup written before the store existed restores and leaves the readings alone on merge', () => {
    freshStorage();
    updateKraljic('a', () => leverage);
    const file = okRead(exportBackup(new Date('2026-03-01T00:00:00Z')));
    delete file.data.kraljic;
    expect(applyBackup(file, 'merge').ok).toBe(true);
    expect(getKraljic('a')?.answers).toEqual(leverage);
  });
});
