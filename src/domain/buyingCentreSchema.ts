/**
 * The buying centre's stored shape (see buyingCentre.ts for what it is and how it is read). In its
 * own module, like accountPlanSchema.ts: the state layer validates every read with it, and a page
 * that only stores (My data, every tool's backup code) needs the schema, not the reading rules.
 */
import * as v from 'valibot';
import { INFLUENCE_LEVELS } from './influence.ts';
import type { Influence } from './influence.ts';

/** The roles of the buying centre; one person often holds several. */
export const BUYING_ROLES = ['economic-buyer', 'user', 'technical', 'influencer', 'gatekeeper', 'champion'] as const;
export type BuyingRole = (typeof BUYING_ROLES)[number];

/** Power over the decision: the plan's influence levels, so a person copies into the plan as is. */
export const POWER_LEVELS = INFLUENCE_LEVELS;
export type Power = Influence;

/** Attitude to us, from working against us to actively selling us inside the customer. */
export const STANCES = ['opponent', 'sceptic', 'neutral', 'supporter', 'sponsor'] as const;
export type Stance = (typeof STANCES)[number];

const shortText = v.pipe(v.string(), v.maxLength(500));
const itemId = v.pipe(v.string(), v.minLength(1), v.maxLength(100));

export const buyingPersonSchema = v.object({
  id: itemId,
  name: shortText,
  jobTitle: shortText,
  roles: v.pipe(v.array(v.picklist(BUYING_ROLES)), v.maxLength(BUYING_ROLES.length)),
  power: v.picklist(POWER_LEVELS),
  stance: v.picklist(STANCES),
  /** Who on our side covers this person (one of the centre's `team` names); '' = nobody. */
  coveredBy: shortText,
});
export type BuyingPerson = v.InferOutput<typeof buyingPersonSchema>;

export const buyingCentreSchema = v.object({
  accountKey: v.pipe(v.string(), v.minLength(1), v.maxLength(500)),
  updatedAt: v.pipe(v.string(), v.maxLength(40)),
  /** Our account team for this customer, as typed here (the account manager first, by habit). */
  team: v.pipe(v.array(shortText), v.maxLength(50)),
  people: v.pipe(v.array(buyingPersonSchema), v.maxLength(200)),
});
export type BuyingCentre = v.InferOutput<typeof buyingCentreSchema>;

export function emptyBuyingCentre(accountKey: string, now: string): BuyingCentre {
  return { accountKey, updatedAt: now, team: [], people: [] };
}
