/**
 * The account team's stored shape (see accountTeam.ts for what it is and how it is read). In its own
 * module, like buyingCentreSchema.ts: the state layer validates every read with it, and a page that
 * only stores (My data, every tool's backup code) needs the schema, not the reading rules.
 */
import * as v from 'valibot';

/** A person's place on the account team (McDonald & Woodburn; Cranfield's KAM best practice). */
export const TEAM_ROLES = ['kam', 'sponsor', 'counterpart'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** Our functions: the counterparts the customer's own people meet. */
export const TEAM_FUNCTIONS = ['sales', 'management', 'logistics', 'quality', 'technical', 'finance', 'operations', 'other'] as const;
export type TeamFunction = (typeof TEAM_FUNCTIONS)[number];

/** The recurring decisions about an account the RACI assigns. */
export const TEAM_DECISIONS = ['price', 'terms', 'exceptions', 'resources', 'plan'] as const;
export type TeamDecision = (typeof TEAM_DECISIONS)[number];

/** Responsible (does it), Accountable (decides, one per decision), Consulted, Informed. */
export const RACI_LETTERS = ['R', 'A', 'C', 'I'] as const;
export type RaciLetter = (typeof RACI_LETTERS)[number];

const shortText = v.pipe(v.string(), v.maxLength(500));
const itemId = v.pipe(v.string(), v.minLength(1), v.maxLength(100));

export const teamMemberSchema = v.object({
  id: itemId,
  name: shortText,
  function: v.picklist(TEAM_FUNCTIONS),
  role: v.picklist(TEAM_ROLES),
});
export type TeamMember = v.InferOutput<typeof teamMemberSchema>;

/** One cell of the RACI: a list, not a record keyed by member id, so an id needs no escaping. */
export const raciCellSchema = v.object({
  decision: v.picklist(TEAM_DECISIONS),
  member: itemId,
  letter: v.picklist(RACI_LETTERS),
});
export type RaciCell = v.InferOutput<typeof raciCellSchema>;

export const accountTeamSchema = v.object({
  accountKey: v.pipe(v.string(), v.minLength(1), v.maxLength(500)),
  updatedAt: v.pipe(v.string(), v.maxLength(40)),
  members: v.pipe(v.array(teamMemberSchema), v.maxLength(50)),
  raci: v.pipe(v.array(raciCellSchema), v.maxLength(50 * TEAM_DECISIONS.length)),
});
export type AccountTeam = v.InferOutput<typeof accountTeamSchema>;

/** The course's rule of thumb for one full-time key account manager (a heuristic, editable in the tool). */
export const DEFAULT_ACCOUNTS_PER_MANAGER = 3;

export function emptyAccountTeam(accountKey: string, now: string): AccountTeam {
  return { accountKey, updatedAt: now, members: [], raci: [] };
}
