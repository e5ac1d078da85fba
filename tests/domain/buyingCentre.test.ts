import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUYING_ROLES,
  POWER_LEVELS,
  STANCES,
  buyingCentreSchema,
  check,
  contactPattern,
  emptyBuyingCentre,
  mergeIntoPlanContacts,
  newBuyingPerson,
  planAttitude,
  powerAttitudeGrid,
  readBuyingCentre,
} from '../../src/domain/index.ts';
import type { BuyingPerson, PlanContact } from '../../src/domain/index.ts';

let n = 0;
function person(name: string, fields: Partial<BuyingPerson> = {}): BuyingPerson {
  n += 1;
  return { id: `p-${n}`, name, jobTitle: '', roles: [], power: 'medium', stance: 'neutral', coveredBy: '', ...fields };
}

describe('readBuyingCentre', () => {
  it('an empty centre: every role missing, no thread, pattern none', () => {
    const r = readBuyingCentre(emptyBuyingCentre('a', '2026-01-01'));
    expect(r.people).toBe(0);
    expect(r.missingRoles).toEqual([...BUYING_ROLES]);
    expect(r.singleThread).toBe(false);
    expect(r.pattern).toBe('none');
  });

  it('Rede Boa Compra as the case tells it: one buyer, one of us: single thread, bow-tie, owner uncovered', () => {
    const r = readBuyingCentre({
      team: ['Juliana', 'Marta'],
      people: [
        person('Sandra', {
          jobTitle: 'Buyer',
          roles: ['gatekeeper', 'influencer'],
          power: 'medium',
          stance: 'neutral',
          coveredBy: 'Juliana',
        }),
        person('Sr. Almeida', { jobTitle: 'Owner', roles: ['economic-buyer'], power: 'high', stance: 'sceptic' }),
        person('  ', { roles: ['champion'] }),
      ],
    });
    expect(r.people).toBe(2);
    expect(r.missingRoles).toEqual(['user', 'technical', 'champion']);
    expect(r.uncoveredHighPower.map((p) => p.name)).toEqual(['Sr. Almeida']);
    expect(r.highPowerAgainst.map((p) => p.name)).toEqual(['Sr. Almeida']);
    expect(r.singleThread).toBe(true);
    expect(r.pattern).toBe('bow-tie');
    expect(r.sides).toEqual({ ours: 1, theirs: 1 });
  });

  it('different functions held by different people of ours read as a diamond, no single thread', () => {
    const r = readBuyingCentre({
      team: ['Rafael', 'Marta'],
      people: [
        person('Ana', { jobTitle: 'Buyer', coveredBy: 'rafael ' }),
        person('Dr. Lima', { jobTitle: 'Director', coveredBy: 'Marta' }),
      ],
    });
    expect(r.singleThread).toBe(false);
    expect(r.pattern).toBe('diamond');
    expect(r.sides).toEqual({ ours: 2, theirs: 2 });
  });

  it('a name that is not (or no longer) in the team covers nobody', () => {
    const r = readBuyingCentre({ team: ['Carla'], people: [person('Paulo', { power: 'high', coveredBy: 'Diego' })] });
    expect(r.uncoveredHighPower.map((p) => p.name)).toEqual(['Paulo']);
    expect(r.pattern).toBe('none');
  });

  it('agrees with the plan rule on the covered contacts, whatever the people (property)', () => {
    const team = ['Ana', 'Bia', 'Caio'];
    const arb = fc.array(
      fc.record({
        name: fc.constantFrom('X', 'Y', 'Z', 'W', ''),
        jobTitle: fc.constantFrom('buyer', 'chef', 'finance', ''),
        coveredBy: fc.constantFrom('', 'Ana', 'Bia', 'Caio', 'Dora'),
        power: fc.constantFrom(...POWER_LEVELS),
        stance: fc.constantFrom(...STANCES),
        roles: fc.subarray([...BUYING_ROLES]),
      }),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(arb, (rows) => {
        const people = rows.map((r) => person(r.name, r));
        const reading = readBuyingCentre({ team, people });
        const covered = people.filter((p) => p.name.trim() !== '' && team.includes(p.coveredBy));
        expect(reading.pattern).toBe(contactPattern(covered.map((p) => ({ name: p.name, role: p.jobTitle, ourContact: p.coveredBy }))));
        const named = people.filter((p) => p.name.trim() !== '');
        expect(reading.uncoveredHighPower.length + reading.uncovered.length + covered.length).toBe(named.length);
        // A diamond is never a single thread.
        if (reading.pattern === 'diamond') expect(reading.singleThread).toBe(false);
      }),
    );
  });
});

describe('powerAttitudeGrid', () => {
  it('puts each named person in its one cell', () => {
    const grid = powerAttitudeGrid([
      person('A', { power: 'high', stance: 'sponsor' }),
      person('B', { power: 'low', stance: 'opponent' }),
      person(''),
    ]);
    expect(grid.high.sponsor.map((p) => p.name)).toEqual(['A']);
    expect(grid.low.opponent.map((p) => p.name)).toEqual(['B']);
    const all = POWER_LEVELS.flatMap((pw) => STANCES.flatMap((s) => grid[pw][s]));
    expect(all).toHaveLength(2);
  });
});

describe('mergeIntoPlanContacts', () => {
  const existing: PlanContact[] = [
    { id: 'contact-1', name: 'sandra', role: 'Purchasing', influence: 'high', attitude: 'supporter', ourContact: 'Juliana' },
  ];
  const centre = {
    team: ['Juliana', 'Marta'],
    people: [
      person('Sandra ', { jobTitle: 'Buyer', power: 'medium' }),
      person('Sr. Almeida', { jobTitle: 'Owner', power: 'high', stance: 'opponent', coveredBy: 'Marta' }),
      person('Rita', { jobTitle: 'Store manager', stance: 'sponsor' }),
      person('rita'),
      person(''),
    ],
  };

  it('adds new names only, keeps the plan’s own entries, says which', () => {
    const r = mergeIntoPlanContacts(existing, centre);
    expect(r.added).toEqual(['Sr. Almeida', 'Rita']);
    expect(r.kept).toEqual(['Sandra', 'rita']);
    expect(r.contacts[0]).toEqual(existing[0]);
    expect(r.contacts.slice(1)).toEqual([
      { id: 'contact-2', name: 'Sr. Almeida', role: 'Owner', ourContact: 'Marta', influence: 'high', attitude: 'sceptic' },
      { id: 'contact-3', name: 'Rita', role: 'Store manager', ourContact: '', influence: 'medium', attitude: 'supporter' },
    ]);
  });

  it('is idempotent: a second copy adds nothing', () => {
    const once = mergeIntoPlanContacts(existing, centre).contacts;
    const twice = mergeIntoPlanContacts(once, centre);
    expect(twice.added).toEqual([]);
    expect(twice.contacts).toEqual(once);
  });

  it('attitudes fold onto the plan’s three', () => {
    expect(STANCES.map(planAttitude)).toEqual(['sceptic', 'sceptic', 'neutral', 'supporter', 'supporter']);
  });
});

describe('schema', () => {
  it('accepts a new person, refuses an unknown role', () => {
    const c = { ...emptyBuyingCentre('k', '2026-01-01T00:00:00.000Z'), people: [newBuyingPerson([])] };
    expect(check(buyingCentreSchema, c).success).toBe(true);
    const bad = { ...c, people: [{ ...c.people[0], roles: ['boss'] }] };
    expect(check(buyingCentreSchema, bad).success).toBe(false);
  });
});
