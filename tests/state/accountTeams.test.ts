import { describe, expect, it } from 'vitest';
import type { TeamMember } from '../../src/domain/index.ts';
import {
  $accountTeams,
  SCHEMA_VERSION,
  applyBackup,
  exportBackup,
  getAccountTeam,
  readBackup,
  restoreAccountTeam,
  setAccountsPerManager,
  updateAccountTeam,
} from '../../src/state/index.ts';
import { reloadAllStores } from '../../src/state/persisted.ts';
import { $storageStatus } from '../../src/state/status.ts';
import { freshStorage } from './helpers.ts';

const juliana: TeamMember = { id: 'm-1', name: 'Juliana', function: 'sales', role: 'kam' };
const marta: TeamMember = { id: 'm-2', name: 'Marta', function: 'management', role: 'sponsor' };
const priceA = { decision: 'price', member: 'm-2', letter: 'A' } as const;

function okRead(text: string) {
  const r = readBackup(text);
  if (!r.ok) throw new Error(`backup refused: ${r.code}`);
  return r.backup;
}

describe('$accountTeams', () => {
  it('starts with the heuristic limit and no teams; an account without a team reads as empty', () => {
    freshStorage();
    expect($accountTeams.get()).toEqual({ perManager: 3, teams: [] });
    expect(getAccountTeam('a')).toMatchObject({ accountKey: 'a', members: [], raci: [] });
  });

  it('round trip: a team, its RACI and the limit load again after a reload', () => {
    const storage = freshStorage();
    expect(updateAccountTeam('a', () => ({ members: [juliana, marta], raci: [priceA] }))).toEqual({ ok: true });
    expect(setAccountsPerManager(2)).toEqual({ ok: true });
    expect(storage.getItem('kam:accountTeams')).toContain('Juliana');
    reloadAllStores();
    expect(getAccountTeam('a')).toMatchObject({ members: [juliana, marta], raci: [priceA] });
    expect($accountTeams.get().perManager).toBe(2);
    expect($storageStatus.get().notices).toEqual([]);
  });

  it('an update leaves other accounts alone; a team with no members is removed; undo puts it back', () => {
    freshStorage();
    updateAccountTeam('a', () => ({ members: [juliana], raci: [] }));
    updateAccountTeam('b', () => ({ members: [marta], raci: [] }));
    const before = $accountTeams.get().teams.find((t) => t.accountKey === 'a');
    updateAccountTeam('a', () => ({ members: [], raci: [] }));
    expect($accountTeams.get().teams.map((t) => t.accountKey)).toEqual(['b']);
    restoreAccountTeam('a', before);
    expect(getAccountTeam('a')).toEqual(before);
  });

  it('refuses an unknown RACI letter or a limit of 0, and keeps what was stored', () => {
    freshStorage();
    updateAccountTeam('a', () => ({ members: [juliana], raci: [] }));
    const bad = { decision: 'price', member: 'm-1', letter: 'X' } as unknown as typeof priceA;
    expect(updateAccountTeam('a', () => ({ members: [juliana], raci: [bad] })).ok).toBe(false);
    expect(setAccountsPerManager(0).ok).toBe(false);
    expect(getAccountTeam('a').raci).toEqual([]);
    expect($accountTeams.get().perManager).toBe(3);
  });

  it('hostile account keys go through storage and a backup like any other', () => {
    freshStorage();
    for (const key of ['__proto__', 'constructor', 'toString']) updateAccountTeam(key, () => ({ members: [juliana], raci: [] }));
    const text = exportBackup(new Date('2026-03-01T00:00:00Z'));
    reloadAllStores();
    expect($accountTeams.get().teams.map((t) => t.accountKey)).toEqual(['__proto__', 'constructor', 'toString']);
    freshStorage();
    expect(applyBackup(okRead(text), 'replace').ok).toBe(true);
    expect(getAccountTeam('__proto__').members[0]?.name).toBe('Juliana');
    expect(getAccountTeam('constructor').members).toEqual([juliana]);
  });
});

describe('backup', () => {
  it('export → restore (replace) gives the same teams', () => {
    freshStorage();
    updateAccountTeam('a', () => ({ members: [juliana, marta], raci: [priceA] }));
    const before = $accountTeams.get();
    const text = exportBackup(new Date('2026-03-01T00:00:00Z'));
    freshStorage();
    const backup = okRead(text);
    expect(backup.data.accountTeams).toEqual(before);
    expect(applyBackup(backup, 'replace').ok).toBe(true);
    expect($accountTeams.get()).toEqual(before);
  });

  it('merge: per account the newer team wins, accounts on one side are kept, your limit stays', () => {
    freshStorage();
    updateAccountTeam('a', () => ({ members: [juliana], raci: [] }));
    updateAccountTeam('b', () => ({ members: [marta], raci: [] }));
    setAccountsPerManager(5);
    const file = okRead(exportBackup(new Date('2026-03-01T00:00:00Z')));
    file.data.accountTeams = {
      ...file.data.accountTeams!,
      teams: file.data.accountTeams!.teams.map((t) =>
        t.accountKey === 'a'
          ? { ...t, members: [juliana, marta], updatedAt: '2999-01-01T00:00:00.000Z' }
          : { ...t, updatedAt: '2000-01-01T00:00:00.000Z' },
      ),
    };
    freshStorage();
    updateAccountTeam('b', () => ({ members: [marta, juliana], raci: [] }));
    updateAccountTeam('c', () => ({ members: [juliana], raci: [] }));
    expect(applyBackup(file, 'merge').ok).toBe(true);
    expect(getAccountTeam('a').members.map((m) => m.name)).toEqual(['Juliana', 'Marta']);
    expect(getAccountTeam('b').members.map((m) => m.name)).toEqual(['Marta', 'Juliana']);
    expect(getAccountTeam('c').members).toEqual([juliana]);
    expect($accountTeams.get().perManager).toBe(3);
  });

  it('a backup without the store (files from before it existed) is read, and a merge keeps the teams', () => {
    freshStorage();
    updateAccountTeam('a', () => ({ members: [juliana], raci: [] }));
    const backup = okRead(
      JSON.stringify({ app: 'kam-academy', schemaVersion: SCHEMA_VERSION, exportedAt: '2026-01-01T00:00:00.000Z', data: { segments: [] } }),
    );
    expect(backup.data.accountTeams).toBeUndefined();
    expect(applyBackup(backup, 'merge').ok).toBe(true);
    expect(getAccountTeam('a').members).toEqual([juliana]);
  });
});
