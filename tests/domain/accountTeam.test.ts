import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  TEAM_DECISIONS,
  checkRaci,
  newTeamMember,
  raciLetter,
  readAccountTeam,
  setRaciCell,
  teamDashboardLines,
  teamToMarkdown,
  teamWorkload,
  withoutMember,
} from '../../src/domain/index.ts';
import type { AccountTeam, TeamMember } from '../../src/domain/index.ts';

const kam = (id: string, name: string): TeamMember => ({ id, name, function: 'sales', role: 'kam' });
const sponsor: TeamMember = { id: 's', name: 'Marta', function: 'management', role: 'sponsor' };
const logistics: TeamMember = { id: 'l', name: 'Logistics coordinator', function: 'logistics', role: 'counterpart' };
const team = (accountKey: string, members: TeamMember[]): Pick<AccountTeam, 'accountKey' | 'members'> => ({ accountKey, members });
/** Every decision: the KAM does it, Marta decides it. */
const fullRaci = (kamId: string): AccountTeam['raci'] =>
  TEAM_DECISIONS.flatMap((d) => [
    { decision: d, member: kamId, letter: 'R' as const },
    { decision: d, member: 's', letter: 'A' as const },
  ]);

describe('RACI cells', () => {
  it('set, read and empty one cell without touching others', () => {
    let raci = setRaciCell({ raci: [] }, 'price', 'a', 'A');
    raci = setRaciCell({ raci }, 'terms', 'a', 'R');
    raci = setRaciCell({ raci }, 'price', 'a', 'C');
    expect(raciLetter({ raci }, 'price', 'a')).toBe('C');
    expect(raciLetter({ raci }, 'terms', 'a')).toBe('R');
    raci = setRaciCell({ raci }, 'price', 'a', '');
    expect(raciLetter({ raci }, 'price', 'a')).toBe('');
    expect(raci).toHaveLength(1);
  });

  it('removing a member removes their cells', () => {
    const members = [kam('a', 'Juliana'), sponsor];
    const out = withoutMember({ members, raci: fullRaci('a') }, 'a');
    expect(out.members).toEqual([sponsor]);
    expect(out.raci.every((c) => c.member === 's')).toBe(true);
  });

  it('new members get the next free id', () => {
    expect(newTeamMember([kam('m-1', 'A'), kam('m-4', 'B')]).id).toBe('m-5');
  });
});

describe('checkRaci: exactly one A per decision, at least one R', () => {
  it('a complete RACI has no problems', () => {
    expect(checkRaci({ members: [kam('a', 'Juliana'), sponsor], raci: fullRaci('a') })).toEqual([]);
  });

  it('no A, two As and no R are each named, with who holds the two As', () => {
    const members = [kam('a', 'Juliana'), sponsor];
    let raci = fullRaci('a');
    raci = setRaciCell({ raci }, 'price', 'a', 'A');
    raci = setRaciCell({ raci }, 'terms', 's', '');
    const problems = checkRaci({ members, raci });
    expect(problems).toContainEqual({ decision: 'price', code: 'several-accountable', names: ['Marta', 'Juliana'] });
    expect(problems).toContainEqual({ decision: 'price', code: 'no-responsible', names: [] });
    expect(problems).toContainEqual({ decision: 'terms', code: 'no-accountable', names: [] });
    expect(problems).toHaveLength(3);
  });

  it('cells of unnamed members do not count', () => {
    const problems = checkRaci({ members: [kam('a', ' '), sponsor], raci: fullRaci('a') });
    expect(problems.filter((p) => p.code === 'no-responsible')).toHaveLength(TEAM_DECISIONS.length);
  });

  it('property: a decision is free of A problems exactly when one named member holds its A', () => {
    const members = [kam('a', 'A'), kam('b', 'B'), sponsor];
    const cell = fc.record({
      decision: fc.constantFrom(...TEAM_DECISIONS),
      member: fc.constantFrom('a', 'b', 's'),
      letter: fc.constantFrom('R' as const, 'A' as const, 'C' as const, 'I' as const),
    });
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 20 }), (cells) => {
        let raci: AccountTeam['raci'] = [];
        for (const c of cells) raci = setRaciCell({ raci }, c.decision, c.member, c.letter);
        const problems = checkRaci({ members, raci });
        for (const d of TEAM_DECISIONS) {
          const as = raci.filter((c) => c.decision === d && c.letter === 'A').length;
          const aProblem = problems.some((p) => p.decision === d && p.code !== 'no-responsible');
          expect(aProblem).toBe(as !== 1);
        }
      }),
    );
  });
});

describe('readAccountTeam', () => {
  it('an empty team lacks a KAM and a sponsor', () => {
    expect(readAccountTeam({ members: [], raci: [] }).gaps).toEqual([{ code: 'no-kam' }, { code: 'no-sponsor' }]);
  });

  it('names two KAMs, and the KAM who is also the sponsor', () => {
    const members = [kam('a', 'Juliana'), kam('b', 'Rafael'), { ...sponsor, name: ' juliana ' }];
    const gaps = readAccountTeam({ members, raci: [] }).gaps;
    expect(gaps).toContainEqual({ code: 'several-kam', names: ['Juliana', 'Rafael'] });
    expect(gaps).toContainEqual({ code: 'kam-is-sponsor', name: 'Juliana' });
  });

  it('a counterpart is missing when the buying centre has users or technical people and no matching function is on the team', () => {
    const members = [kam('a', 'João'), sponsor];
    const gaps = readAccountTeam({ members, raci: [] }, ['user', 'economic-buyer']).gaps;
    expect(gaps).toEqual([{ code: 'no-counterpart', buyingRole: 'user', functions: ['logistics', 'operations', 'technical'] }]);
    expect(readAccountTeam({ members: [...members, logistics], raci: [] }, ['user']).gaps).toEqual([]);
    // A sponsor in a matching function is not a counterpart.
    expect(readAccountTeam({ members: [...members, { ...logistics, role: 'sponsor' }], raci: [] }, ['user']).gaps).toHaveLength(1);
  });
});

describe('teamWorkload', () => {
  const accounts = [
    { key: 'rbc', name: 'Rede Boa Compra', revenue: 1_260_000 },
    { key: 'hsc', name: 'Hospital Santa Clara', revenue: 840_000 },
    { key: 'gsc', name: 'Grupo Sabor & Cia', revenue: 600_000 },
    { key: 'hpa', name: 'Hotel Parque das Águas', revenue: 480_000 },
    { key: 'hib', name: 'Hospital Infantil Bem-Estar', revenue: 300_000 },
  ];
  const teams = [
    team('rbc', [kam('1', 'Juliana'), sponsor]),
    team('hsc', [kam('1', 'Rafael'), sponsor]),
    team('gsc', [kam('1', ' JULIANA '), sponsor]),
    team('hpa', [kam('1', 'João')]),
  ];

  it('counts accounts and the share of key-account revenue per manager; names match across accounts', () => {
    const w = teamWorkload({ teams, keyAccounts: accounts, perManager: 3, teamCapacity: 8 });
    expect(w.managers.map((m) => [m.name, m.count, m.revenue])).toEqual([
      ['Juliana', 2, 1_860_000],
      ['Rafael', 1, 840_000],
      ['João', 1, 480_000],
    ]);
    expect(w.managers[0]!.share).toBeCloseTo(1_860_000 / 3_480_000, 10);
    expect(w.unmanaged.map((a) => a.key)).toEqual(['hib']);
    expect(w.managers.some((m) => m.over)).toBe(false);
    expect(w.overTeam).toBe(false);
  });

  it('warns above the per-manager limit (not at it) and above the team capacity', () => {
    const w = teamWorkload({ teams, keyAccounts: accounts, perManager: 1, teamCapacity: 4 });
    expect(w.managers.filter((m) => m.over).map((m) => m.name)).toEqual(['Juliana']);
    expect(w.overTeam).toBe(true);
  });

  it('dashboard lines: accounts with a team but no sponsor, or an overloaded KAM', () => {
    const w = teamWorkload({ teams, keyAccounts: accounts, perManager: 1, teamCapacity: 8 });
    expect(teamDashboardLines(w, teams, accounts)).toEqual([
      { key: 'rbc', name: 'Rede Boa Compra', noSponsor: false, overManagers: ['Juliana'] },
      { key: 'gsc', name: 'Grupo Sabor & Cia', noSponsor: false, overManagers: ['Juliana'] },
      { key: 'hpa', name: 'Hotel Parque das Águas', noSponsor: true, overManagers: [] },
    ]);
  });
});

describe('teamToMarkdown', () => {
  it('lists the named members and the RACI table, escaping names', () => {
    const labels = {
      title: 'Account team',
      raciTitle: 'Who decides',
      none: 'No team yet.',
      role: { kam: 'KAM', sponsor: 'Executive sponsor', counterpart: 'Counterpart' },
      function: {
        sales: 'Sales',
        management: 'Management',
        logistics: 'Logistics',
        quality: 'Quality',
        technical: 'Technical',
        finance: 'Finance',
        operations: 'Operations',
        other: 'Other',
      },
      decision: { price: 'Prices', terms: 'Terms', exceptions: 'Exceptions', resources: 'Resources', plan: 'Account plan' },
    };
    const md = teamToMarkdown({ members: [kam('a', 'Ju|liana'), sponsor], raci: fullRaci('a') }, labels);
    expect(md).toContain('- Ju\\|liana: KAM (Sales)');
    expect(md).toContain('| Prices | R | A |');
    expect(teamToMarkdown({ members: [], raci: [] }, labels)).toContain('No team yet.');
  });
});
