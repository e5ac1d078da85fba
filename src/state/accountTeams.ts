/**
 * `$accountTeams`: per account, our team for it and its RACI (the account-team tool), and the
 * per-manager limit of the workload view. Every edit is applied to the newest stored value
 * (`updateLatest`), so another tab's edits to other accounts are kept.
 */
// The schema module only: pages that store (every tool's backup code) do not need the reading rules.
import { emptyAccountTeam } from '../domain/accountTeamSchema.ts';
import type { AccountTeam } from '../domain/accountTeamSchema.ts';
import { nowIso } from './ids.ts';
import { persistedAtom } from './persisted.ts';
import type { WriteResult } from './persisted.ts';
import { accountTeamsSchema, defaultAccountTeams } from './schemas/accountTeams.ts';
import type { AccountTeams } from './schemas/accountTeams.ts';

export const $accountTeams = persistedAtom({ name: 'accountTeams', schema: accountTeamsSchema, makeDefault: defaultAccountTeams });

type Lists = Pick<AccountTeam, 'members' | 'raci'>;

/** The account's team as stored, or an empty one (not stored until something is typed). */
export function getAccountTeam(accountKey: string, all: AccountTeams = $accountTeams.get()): AccountTeam {
  return all.teams.find((t) => t.accountKey === accountKey) ?? emptyAccountTeam(accountKey, '');
}

/** Changes one account's team and stamps it; a team left with no members is removed. */
export function updateAccountTeam(accountKey: string, fn: (current: AccountTeam) => Lists): WriteResult {
  return $accountTeams.updateLatest((all) => {
    const next = fn(getAccountTeam(accountKey, all));
    const rest = all.teams.filter((t) => t.accountKey !== accountKey);
    if (next.members.length === 0) return { ...all, teams: rest };
    const saved: AccountTeam = { accountKey, updatedAt: nowIso(), members: next.members, raci: next.raci };
    const index = all.teams.findIndex((t) => t.accountKey === accountKey);
    return { ...all, teams: index < 0 ? [...all.teams, saved] : all.teams.map((t, i) => (i === index ? saved : t)) };
  });
}

/** Puts a team back exactly as it was (undo), or removes it when it did not exist. */
export function restoreAccountTeam(accountKey: string, before: AccountTeam | undefined): WriteResult {
  return $accountTeams.updateLatest((all) => {
    const rest = all.teams.filter((t) => t.accountKey !== accountKey);
    return { ...all, teams: before === undefined ? rest : [...rest, before] };
  });
}

/** How many key accounts one manager can carry before the workload view warns. */
export function setAccountsPerManager(perManager: number): WriteResult {
  return $accountTeams.updateLatest((all) => ({ ...all, perManager }));
}
