/**
 * The account teams: one per account (the shape is the domain's), plus the per-manager limit the
 * workload warns above. Teams are a list rather than a record keyed by account: an account key such
 * as "__proto__" needs no escaping, and a backup merges by key. A store added with an empty default:
 * an absent key loads as the default, so it needs no numbered migration.
 */
import * as v from 'valibot';
import { DEFAULT_ACCOUNTS_PER_MANAGER, accountTeamSchema } from '../../domain/accountTeamSchema.ts';

export const accountTeamsSchema = v.object({
  perManager: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)),
  teams: v.pipe(v.array(accountTeamSchema), v.maxLength(2000)),
});
export type AccountTeams = v.InferOutput<typeof accountTeamsSchema>;

export function defaultAccountTeams(): AccountTeams {
  return { perManager: DEFAULT_ACCOUNTS_PER_MANAGER, teams: [] };
}
