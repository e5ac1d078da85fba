import { describe, expect, it } from 'vitest';
import type { BuyingPerson } from '../../src/domain/index.ts';
import {
  $buyingCentres,
  SCHEMA_VERSION,
  applyBackup,
  exportBackup,
  getBuyingCentre,
  readBackup,
  restoreBuyingCentre,
  updateBuyingCentre,
} from '../../src/state/index.ts';
import { reloadAllStores } from '../../src/state/persisted.ts';
import { $storageStatus } from '../../src/state/status.ts';
import { freshStorage } from './helpers.ts';

const sandra: BuyingPerson = {
  id: 'p-1',
  name: 'Sandra',
  jobTitle: 'Buyer',
  roles: ['gatekeeper'],
  power: 'medium',
  stance: 'neutral',
  coveredBy: 'Juliana',
};
const owner: BuyingPerson = {
  id: 'p-2',
  name: 'Sr. Almeida',
  jobTitle: 'Owner',
  roles: ['economic-buyer'],
  power: 'high',
  stance: 'sceptic',
  coveredBy: '',
};

function okRead(text: string) {
  const r = readBackup(text);
  if (!r.ok) throw new Error(`backup refused: ${r.code}`);
  return r.backup;
}

describe('$buyingCentres', () => {
  it('an account without a centre reads as empty and is not stored', () => {
    freshStorage();
    expect(getBuyingCentre('a')).toMatchObject({ accountKey: 'a', team: [], people: [] });
    expect($buyingCentres.get()).toEqual([]);
  });

  it('round trip: what is written loads again after a reload', () => {
    const storage = freshStorage();
    expect(updateBuyingCentre('a', () => ({ team: ['Juliana'], people: [sandra] }))).toEqual({ ok: true });
    expect(storage.getItem('kam:buyingCentres')).toContain('Sandra');
    reloadAllStores();
    expect(getBuyingCentre('a')).toMatchObject({ team: ['Juliana'], people: [sandra] });
    expect($storageStatus.get().notices).toEqual([]);
  });

  it('an update leaves other accounts alone; emptied centres are removed; undo puts the old one back', () => {
    freshStorage();
    updateBuyingCentre('a', () => ({ team: ['Juliana'], people: [sandra] }));
    updateBuyingCentre('b', () => ({ team: ['Rafael'], people: [] }));
    const before = $buyingCentres.get().find((c) => c.accountKey === 'a');
    updateBuyingCentre('a', () => ({ team: [], people: [] }));
    expect($buyingCentres.get().map((c) => c.accountKey)).toEqual(['b']);
    restoreBuyingCentre('a', before);
    expect(getBuyingCentre('a')).toEqual(before);
    restoreBuyingCentre('c', undefined);
    expect($buyingCentres.get()).toHaveLength(2);
  });

  it('refuses an invalid person (an unknown role) and keeps what was stored', () => {
    freshStorage();
    updateBuyingCentre('a', () => ({ team: [], people: [sandra] }));
    const bad = { ...sandra, roles: ['boss'] } as unknown as BuyingPerson;
    expect(updateBuyingCentre('a', () => ({ team: [], people: [bad] })).ok).toBe(false);
    expect(getBuyingCentre('a').people).toEqual([sandra]);
  });

  it('hostile account keys go through storage and a backup like any other', () => {
    freshStorage();
    for (const key of ['__proto__', 'constructor', 'toString'])
      updateBuyingCentre(key, () => ({ team: ['Ana'], people: [{ ...sandra, coveredBy: 'Ana' }] }));
    const text = exportBackup(new Date('2026-03-01T00:00:00Z'));
    reloadAllStores();
    expect($buyingCentres.get().map((c) => c.accountKey)).toEqual(['__proto__', 'constructor', 'toString']);
    freshStorage();
    expect(applyBackup(okRead(text), 'replace').ok).toBe(true);
    expect(getBuyingCentre('__proto__').people[0]?.name).toBe('Sandra');
    expect(getBuyingCentre('constructor').team).toEqual(['Ana']);
  });
});

describe('backup', () => {
  it('export → restore (replace) gives the same centres', () => {
    freshStorage();
    updateBuyingCentre('a', () => ({ team: ['Juliana', 'Marta'], people: [sandra, owner] }));
    const before = $buyingCentres.get();
    const text = exportBackup(new Date('2026-03-01T00:00:00Z'));
    freshStorage();
    const backup = okRead(text);
    expect(backup.data.buyingCentres).toEqual(before);
    expect(applyBackup(backup, 'replace').ok).toBe(true);
    expect($buyingCentres.get()).toEqual(before);
  });

  it('merge: per account, the newer centre wins; accounts only on one side are kept', () => {
    freshStorage();
    updateBuyingCentre('a', () => ({ team: ['Juliana'], people: [sandra] }));
    updateBuyingCentre('b', () => ({ team: ['Rafael'], people: [] }));
    const file = okRead(exportBackup(new Date('2026-03-01T00:00:00Z')));
    file.data.buyingCentres = file.data.buyingCentres!.map((c) =>
      c.accountKey === 'a'
        ? { ...c, people: [sandra, owner], updatedAt: '2999-01-01T00:00:00.000Z' }
        : { ...c, updatedAt: '2000-01-01T00:00:00.000Z' },
    );
    freshStorage();
    updateBuyingCentre('b', () => ({ team: ['Rafael', 'Marta'], people: [] }));
    updateBuyingCentre('c', () => ({ team: ['Carla'], people: [] }));
    expect(applyBackup(file, 'merge').ok).toBe(true);
    expect(getBuyingCentre('a').people.map((p) => p.name)).toEqual(['Sandra', 'Sr. Almeida']);
    expect(getBuyingCentre('b').team).toEqual(['Rafael', 'Marta']);
    expect(getBuyingCentre('c').team).toEqual(['Carla']);
  });

  it('a backup without the store (files from before it existed) is read, and a merge keeps the centres', () => {
    freshStorage();
    updateBuyingCentre('a', () => ({ team: ['Juliana'], people: [sandra] }));
    const text = JSON.stringify({
      app: 'kam-academy',
      schemaVersion: SCHEMA_VERSION,
      exportedAt: '2026-01-01T00:00:00.000Z',
      data: { segments: [] },
    });
    const backup = okRead(text);
    expect(backup.data.buyingCentres).toBeUndefined();
    expect(applyBackup(backup, 'merge').ok).toBe(true);
    expect(getBuyingCentre('a').people).toEqual([sandra]);
  });
});
