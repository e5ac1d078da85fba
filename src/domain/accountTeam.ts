/**
 * The key account team (McDonald & Woodburn; Cranfield's KAM best practice): per account, the key
 * account manager who runs it, an executive sponsor (a senior manager who answers for the account at
 * the top), and functional counterparts who meet their opposite numbers at the customer; who decides
 * the recurring decisions (a RACI); and the workload each manager carries across the key accounts.
 *
 * Rules, once, in words the widget puts on screen:
 * - a decision has exactly one A (accountable): none means nobody decides, two mean two people each
 *   think they do; it should have at least one R (someone does the work);
 * - an account needs one KAM and an executive sponsor; a customer with technical people or users in
 *   its buying centre (lesson 11) needs a counterpart in a matching function;
 * - a manager carries too many key accounts above the per-manager limit (a heuristic the tool lets the
 *   user change); the company as a whole is checked against `settings.keyAccountCapacity`, the number
 *   lesson 3 selects with (how many key accounts the team can run), not a second copy of it.
 * Only named people count. People are the same person across accounts when their names match
 * (trimmed, case-folded): the workload needs no shared roster.
 */
import { nextItemId } from './itemIds.ts';
import type { BuyingRole } from './buyingCentreSchema.ts';
import { TEAM_DECISIONS } from './accountTeamSchema.ts';
import type { AccountTeam, RaciLetter, TeamDecision, TeamFunction, TeamMember } from './accountTeamSchema.ts';

export * from './accountTeamSchema.ts';

export function newTeamMember(members: readonly TeamMember[]): TeamMember {
  return { id: nextItemId(members, 'm'), name: '', function: 'sales', role: 'counterpart' };
}

export const foldName = (text: string): string => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('und');
const named = (members: readonly TeamMember[]) => members.filter((m) => m.name.trim() !== '');

/** The letter in one cell of the RACI, or '' when the cell is empty. */
export function raciLetter(team: Pick<AccountTeam, 'raci'>, decision: TeamDecision, member: string): RaciLetter | '' {
  return team.raci.find((c) => c.decision === decision && c.member === member)?.letter ?? '';
}

/** The RACI with one cell set ('' empties it); other cells untouched. */
export function setRaciCell(
  team: Pick<AccountTeam, 'raci'>,
  decision: TeamDecision,
  member: string,
  letter: RaciLetter | '',
): AccountTeam['raci'] {
  const rest = team.raci.filter((c) => !(c.decision === decision && c.member === member));
  return letter === '' ? rest : [...rest, { decision, member, letter }];
}

/** The team without one member, and without their RACI cells. */
export function withoutMember(team: Pick<AccountTeam, 'members' | 'raci'>, id: string): Pick<AccountTeam, 'members' | 'raci'> {
  return { members: team.members.filter((m) => m.id !== id), raci: team.raci.filter((c) => c.member !== id) };
}

export type RaciProblem = { decision: TeamDecision; code: 'no-accountable' | 'several-accountable' | 'no-responsible'; names: string[] };

/** Every decision checked: exactly one A, at least one R. Cells of unnamed or removed members do not count. */
export function checkRaci(team: Pick<AccountTeam, 'members' | 'raci'>): RaciProblem[] {
  const byId = new Map(named(team.members).map((m) => [m.id, m.name.trim()]));
  const problems: RaciProblem[] = [];
  for (const decision of TEAM_DECISIONS) {
    const holders = (letter: RaciLetter) =>
      team.raci.filter((c) => c.decision === decision && c.letter === letter && byId.has(c.member)).map((c) => byId.get(c.member)!);
    const a = holders('A');
    if (a.length === 0) problems.push({ decision, code: 'no-accountable', names: [] });
    if (a.length > 1) problems.push({ decision, code: 'several-accountable', names: a });
    if (holders('R').length === 0) problems.push({ decision, code: 'no-responsible', names: [] });
  }
  return problems;
}

/** Functions that can meet each role of the customer's buying centre (the economic buyer meets the sponsor). */
export const COUNTERPART_FUNCTIONS: Partial<Record<BuyingRole, readonly TeamFunction[]>> = {
  technical: ['quality', 'technical'],
  user: ['logistics', 'operations', 'technical'],
};

export type TeamGap =
  | { code: 'no-kam' | 'no-sponsor' }
  | { code: 'several-kam'; names: string[] }
  | { code: 'kam-is-sponsor'; name: string }
  | { code: 'no-counterpart'; buyingRole: BuyingRole; functions: readonly TeamFunction[] };

export type AccountTeamReading = {
  members: number;
  kams: string[];
  sponsors: string[];
  gaps: TeamGap[];
  raci: RaciProblem[];
};

/**
 * Reads one account's team. `buyingRoles`: the roles named people hold in the customer's buying
 * centre (the buying-centre store, read by the caller); a role with no counterpart of a matching
 * function on our team is a gap.
 */
export function readAccountTeam(team: Pick<AccountTeam, 'members' | 'raci'>, buyingRoles: readonly BuyingRole[] = []): AccountTeamReading {
  const people = named(team.members);
  const kams = people.filter((m) => m.role === 'kam').map((m) => m.name.trim());
  const sponsors = people.filter((m) => m.role === 'sponsor').map((m) => m.name.trim());
  const gaps: TeamGap[] = [];
  if (kams.length === 0) gaps.push({ code: 'no-kam' });
  if (kams.length > 1) gaps.push({ code: 'several-kam', names: kams });
  if (sponsors.length === 0) gaps.push({ code: 'no-sponsor' });
  const both = kams.find((k) => sponsors.some((s) => foldName(s) === foldName(k)));
  if (both !== undefined) gaps.push({ code: 'kam-is-sponsor', name: both });
  const functions = new Set(people.filter((m) => m.role === 'counterpart').map((m) => m.function));
  for (const [buyingRole, fits] of Object.entries(COUNTERPART_FUNCTIONS) as [BuyingRole, readonly TeamFunction[]][]) {
    if (buyingRoles.includes(buyingRole) && !fits.some((f) => functions.has(f)))
      gaps.push({ code: 'no-counterpart', buyingRole, functions: fits });
  }
  return { members: people.length, kams, sponsors, gaps, raci: checkRaci(team) };
}

export type WorkloadAccount = { key: string; name: string; revenue: number };
export type ManagerLoad = { name: string; accounts: WorkloadAccount[]; count: number; revenue: number; share: number; over: boolean };
export type Workload = {
  managers: ManagerLoad[];
  /** Key accounts without a named KAM on their team. */
  unmanaged: WorkloadAccount[];
  keyAccounts: number;
  keyRevenue: number;
  perManager: number;
  teamCapacity: number;
  overTeam: boolean;
};

/**
 * The workload of each key account manager across the key accounts: how many they run, the share of
 * key-account revenue that rides on them, and whether they are above `perManager`. An account whose
 * team names two KAMs counts for each. Managers by count, then revenue (descending), then name.
 */
export function teamWorkload(input: {
  teams: readonly Pick<AccountTeam, 'accountKey' | 'members'>[];
  keyAccounts: readonly WorkloadAccount[];
  perManager: number;
  teamCapacity: number;
}): Workload {
  const keyRevenue = input.keyAccounts.reduce((sum, a) => sum + (Number.isFinite(a.revenue) && a.revenue > 0 ? a.revenue : 0), 0);
  const loads = new Map<string, { name: string; accounts: WorkloadAccount[] }>();
  const unmanaged: WorkloadAccount[] = [];
  for (const account of input.keyAccounts) {
    const team = input.teams.find((t) => t.accountKey === account.key);
    const kams = named(team?.members ?? []).filter((m) => m.role === 'kam');
    if (kams.length === 0) unmanaged.push(account);
    const seen = new Set<string>();
    for (const kam of kams) {
      const id = foldName(kam.name);
      if (seen.has(id)) continue;
      seen.add(id);
      const load = loads.get(id) ?? { name: kam.name.trim(), accounts: [] };
      load.accounts.push(account);
      loads.set(id, load);
    }
  }
  const managers = [...loads.values()].map((l): ManagerLoad => {
    const revenue = l.accounts.reduce((sum, a) => sum + (Number.isFinite(a.revenue) && a.revenue > 0 ? a.revenue : 0), 0);
    return {
      ...l,
      count: l.accounts.length,
      revenue,
      share: keyRevenue > 0 ? revenue / keyRevenue : 0,
      over: l.accounts.length > input.perManager,
    };
  });
  managers.sort((a, b) => b.count - a.count || b.revenue - a.revenue || a.name.localeCompare(b.name));
  return {
    managers,
    unmanaged,
    keyAccounts: input.keyAccounts.length,
    keyRevenue,
    perManager: input.perManager,
    teamCapacity: input.teamCapacity,
    overTeam: input.keyAccounts.length > input.teamCapacity,
  };
}

export type TeamDashboardLine = { key: string; name: string; noSponsor: boolean; overManagers: string[] };

/**
 * The dashboard's lines: a key account with no executive sponsor, or whose KAM carries more key
 * accounts than `perManager`. Only accounts with a team recorded: an account nobody has staffed in
 * the tool yet is not reported as lacking a sponsor.
 */
export function teamDashboardLines(
  workload: Workload,
  teams: readonly Pick<AccountTeam, 'accountKey' | 'members'>[],
  keyAccounts: readonly WorkloadAccount[],
): TeamDashboardLine[] {
  const over = workload.managers.filter((m) => m.over);
  return keyAccounts.flatMap((account) => {
    const team = teams.find((t) => t.accountKey === account.key);
    if (team === undefined || named(team.members).length === 0) return [];
    const noSponsor = !named(team.members).some((m) => m.role === 'sponsor');
    const overManagers = over.filter((m) => m.accounts.some((a) => a.key === account.key)).map((m) => m.name);
    return noSponsor || overManagers.length > 0 ? [{ key: account.key, name: account.name, noSponsor, overManagers }] : [];
  });
}

export type TeamMarkdownLabels = {
  title: string;
  role: Record<'kam' | 'sponsor' | 'counterpart', string>;
  function: Record<TeamFunction, string>;
  decision: Record<TeamDecision, string>;
  raciTitle: string;
  none: string;
};

const cell = (text: string) => text.replace(/[\\|*_`[\]<>#]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');

/** The team and its RACI as a Markdown section (the account plan's export appends it). */
export function teamToMarkdown(team: Pick<AccountTeam, 'members' | 'raci'>, labels: TeamMarkdownLabels): string {
  const people = named(team.members);
  const lines = [`## ${labels.title}`, ''];
  if (people.length === 0) return [...lines, labels.none, ''].join('\n');
  for (const m of people) lines.push(`- ${cell(m.name.trim())}: ${labels.role[m.role]} (${labels.function[m.function]})`);
  lines.push(
    '',
    `### ${labels.raciTitle}`,
    '',
    `| | ${people.map((m) => cell(m.name.trim())).join(' | ')} |`,
    `|---|${people.map(() => '---').join('|')}|`,
  );
  for (const decision of TEAM_DECISIONS) {
    lines.push(`| ${labels.decision[decision]} | ${people.map((m) => raciLetter(team, decision, m.id) || ' ').join(' | ')} |`);
  }
  return [...lines, ''].join('\n');
}
