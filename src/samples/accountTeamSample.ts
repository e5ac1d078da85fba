/**
 * The account-team tool's sample: the key accounts' teams from the case sheet
 * (content/case/{en,pt-br}/horizonte.json `accountTeams`), named as the staff are (the technical
 * advisor and the logistics coordinator have no names in the case, so the tool's dictionary names
 * their function), with the sheet's RACI as it stands, problems included. Loaded on the click, with
 * the sample loaders. Pure: the widget writes the result through the state layer.
 */
import { RACI_LETTERS, clientKeyFromName } from '../domain/index.ts';
import type { AccountTeam, RaciCell, TeamMember } from '../domain/index.ts';
import { accountTeams, accounts, staff } from '../../content/case/en/horizonte.json';

/** How the tool names staff the case sheet leaves unnamed (by their role id). */
export type UnnamedStaff = Record<'technical-advisor' | 'logistics-coordinator', string>;

export const SAMPLE_ACCOUNTS_PER_MANAGER = accountTeams.perManager;

/** The sample teams by account name (as the sample files spell it), ready to store. */
export function sampleAccountTeams(unnamed: UnnamedStaff): { accountName: string; team: Pick<AccountTeam, 'members' | 'raci'> }[] {
  const staffName = (id: string): string => {
    const member = staff.find((s) => s.id === id);
    return member?.name ?? unnamed[member?.role as keyof UnnamedStaff] ?? id;
  };
  return accountTeams.teams.map((t) => {
    const idOf = new Map(t.members.map((m, i) => [m.staff, `m-${i + 1}`]));
    const members = t.members.map((m): TeamMember => ({
      id: idOf.get(m.staff)!,
      name: staffName(m.staff),
      role: m.role as TeamMember['role'],
      function: m.function as TeamMember['function'],
    }));
    const raci = t.raci.flatMap((row) =>
      RACI_LETTERS.flatMap((letter) =>
        row[letter].map((id): RaciCell => ({ decision: row.decision as RaciCell['decision'], member: idOf.get(id)!, letter })),
      ),
    );
    return { accountName: accounts.find((a) => a.id === t.account)?.name ?? t.account, team: { members, raci } };
  });
}

/** The sample team for each of `list` found in the case sheet (matched by name, accents and case ignored). */
export function sampleTeamsFor(
  list: readonly { key: string; name: string }[],
  unnamed: UnnamedStaff,
): { key: string; team: Pick<AccountTeam, 'members' | 'raci'> }[] {
  const byName = new Map(sampleAccountTeams(unnamed).map((s) => [clientKeyFromName(s.accountName), s.team]));
  return list.flatMap((a) => {
    const team = byName.get(clientKeyFromName(a.name));
    return team === undefined ? [] : [{ key: a.key, team }];
  });
}
