/**
 * The customer's buying centre (Webster & Wind's "buying center"; McDonald & Woodburn on mapping the
 * decision-making unit): who at the customer takes part in a decision to buy from us, in which role,
 * with how much power and which attitude to us, and who on our side covers each of them.
 *
 * What it answers for the account manager, in words the widget puts on screen:
 * - the power × attitude grid (who to win over, who to protect, who to keep informed);
 * - coverage gaps: roles nobody at the customer is known to hold, high-power people nobody on our side
 *   covers, and a single thread (every covered person covered by one of us: the bow-tie risk);
 * - the bow-tie vs diamond reading, decided by the account plan's own rule (`contactPattern`,
 *   `contactSides` in contactPattern.ts) on the covered people, so the tool and the plan never disagree.
 *
 * It feeds the plan's contact map: `mergeIntoPlanContacts` adds the people a plan does not list yet.
 */
import { contactPattern, contactSides } from './contactPattern.ts';
import type { ContactPattern } from './contactPattern.ts';
import { nextItemId } from './itemIds.ts';
import type { Attitude, PlanContact } from './accountPlanSchema.ts';

export * from './buyingCentreSchema.ts';
import { BUYING_ROLES, STANCES } from './buyingCentreSchema.ts';
import type { BuyingCentre, BuyingPerson, BuyingRole, Power, Stance } from './buyingCentreSchema.ts';

export function newBuyingPerson(people: readonly BuyingPerson[]): BuyingPerson {
  return { id: nextItemId(people, 'p'), name: '', jobTitle: '', roles: [], power: 'medium', stance: 'neutral', coveredBy: '' };
}

const named = (people: readonly BuyingPerson[]) => people.filter((p) => p.name.trim() !== '');
const fold = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('und');

/** A person is covered when the name on our side is one of the team's (a removed team member covers nobody). */
function coverer(person: BuyingPerson, team: readonly string[]): string | null {
  const who = fold(person.coveredBy);
  if (who === '') return null;
  const member = team.find((m) => fold(m) === who);
  return member === undefined ? null : member.trim();
}

/** The people in each cell of the power × attitude grid: `grid[power][stance]`, in list order. */
export function powerAttitudeGrid(people: readonly BuyingPerson[]): Record<Power, Record<Stance, BuyingPerson[]>> {
  const row = () => Object.fromEntries(STANCES.map((s) => [s, [] as BuyingPerson[]])) as Record<Stance, BuyingPerson[]>;
  const grid = { low: row(), medium: row(), high: row() };
  for (const p of named(people)) grid[p.power][p.stance].push(p);
  return grid;
}

export type BuyingCentreReading = {
  /** Named people. */
  people: number;
  /** Roles no named person holds, in BUYING_ROLES order. */
  missingRoles: BuyingRole[];
  /** High-power people nobody on our side covers. */
  uncoveredHighPower: BuyingPerson[];
  /** Every other uncovered person. */
  uncovered: BuyingPerson[];
  /** High-power people against us (opponent or sceptic): the ones a deal can die with. */
  highPowerAgainst: BuyingPerson[];
  /**
   * Every covered person is covered by the same one of us, or only one person at the customer is
   * covered at all: one thread, so one departure on either side cuts the relationship (bow-tie risk).
   */
  singleThread: boolean;
  /** The plan's reading of the covered contacts, and how many people and functions each side involves. */
  pattern: ContactPattern;
  sides: { ours: number; theirs: number };
};

/**
 * Reads the centre. Only named people count; a person's function for the bow-tie/diamond rule is
 * the job title (the plan's contact `role`), and only covered people are contacts: someone nobody
 * talks to is not a thread of the relationship.
 */
export function readBuyingCentre(centre: Pick<BuyingCentre, 'team' | 'people'>): BuyingCentreReading {
  const people = named(centre.people);
  const held = new Set(people.flatMap((p) => p.roles));
  const covered = people.flatMap((p) => {
    const ours = coverer(p, centre.team);
    return ours === null ? [] : [{ name: p.name, role: p.jobTitle, ourContact: ours }];
  });
  const uncoveredPeople = people.filter((p) => coverer(p, centre.team) === null);
  const sides = contactSides(covered);
  return {
    people: people.length,
    missingRoles: BUYING_ROLES.filter((r) => !held.has(r)),
    uncoveredHighPower: uncoveredPeople.filter((p) => p.power === 'high'),
    uncovered: uncoveredPeople.filter((p) => p.power !== 'high'),
    highPowerAgainst: people.filter((p) => p.power === 'high' && (p.stance === 'opponent' || p.stance === 'sceptic')),
    singleThread: covered.length > 0 && (sides.ours === 1 || covered.length === 1),
    pattern: contactPattern(covered),
    sides,
  };
}

/** The plan's three attitudes are coarser: opponents count as sceptics, sponsors as supporters. */
export function planAttitude(stance: Stance): Attitude {
  if (stance === 'opponent' || stance === 'sceptic') return 'sceptic';
  if (stance === 'neutral') return 'neutral';
  return 'supporter';
}

/**
 * Adds the centre's named people to a plan's contacts, merged by name (trimmed, case-folded): a
 * person the plan already lists is left as the plan has it (the plan may say more), a new one is
 * added with job title as role, power as influence, the plan's attitude and who covers them.
 */
export function mergeIntoPlanContacts(
  contacts: readonly PlanContact[],
  centre: Pick<BuyingCentre, 'team' | 'people'>,
): { contacts: PlanContact[]; added: string[]; kept: string[] } {
  const known = new Set(contacts.map((c) => fold(c.name)).filter((n) => n !== ''));
  const next = [...contacts];
  const added: string[] = [];
  const kept: string[] = [];
  for (const p of named(centre.people)) {
    const name = p.name.trim();
    if (known.has(fold(name))) {
      kept.push(name);
      continue;
    }
    known.add(fold(name));
    next.push({
      id: nextItemId(next, 'contact'),
      name,
      role: p.jobTitle.trim(),
      ourContact: coverer(p, centre.team) ?? '',
      influence: p.power,
      attitude: planAttitude(p.stance),
    });
    added.push(name);
  }
  return { contacts: next, added, kept };
}
