/**
 * The account team as the printed account plan shows it: the named people, the executive
 * sponsors, and for each recurring decision who holds each RACI letter. Laid out by decision (one
 * row each, one column per letter) rather than as the tool's people × decisions grid, so the table
 * keeps five columns on A4 however many people the team has. Unnamed rows are drafts: left out, as
 * every other reading of the team does (accountTeam.ts).
 */
import { RACI_LETTERS, TEAM_DECISIONS } from './accountTeamSchema.ts';
import type { AccountTeam, RaciLetter, TeamDecision, TeamMember } from './accountTeamSchema.ts';

export type PlanTeamDecision = { decision: TeamDecision } & Record<RaciLetter, string[]>;

export type PlanTeam = {
  people: TeamMember[];
  sponsors: string[];
  decisions: PlanTeamDecision[];
  /** True when no named person holds any letter. */
  raciEmpty: boolean;
};

/** Null when the team has no named person (nothing to print). */
export function planTeam(team: Pick<AccountTeam, 'members' | 'raci'> | undefined): PlanTeam | null {
  const people = (team?.members ?? []).filter((m) => m.name.trim() !== '');
  if (team === undefined || people.length === 0) return null;
  const nameOf = new Map(people.map((m) => [m.id, m.name.trim()]));
  const decisions = TEAM_DECISIONS.map((decision): PlanTeamDecision => {
    const row: PlanTeamDecision = { decision, R: [], A: [], C: [], I: [] };
    // In the team's order, not the cells' order: the same names read the same way in every row.
    for (const m of people) {
      const cell = team.raci.find((c) => c.decision === decision && c.member === m.id);
      if (cell !== undefined && RACI_LETTERS.includes(cell.letter)) row[cell.letter].push(nameOf.get(m.id)!);
    }
    return row;
  });
  return {
    people,
    sponsors: people.filter((m) => m.role === 'sponsor').map((m) => m.name.trim()),
    decisions,
    raciEmpty: decisions.every((d) => RACI_LETTERS.every((l) => d[l].length === 0)),
  };
}
