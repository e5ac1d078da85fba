/**
 * How much say a person has in the customer's decisions: a plan contact's influence and a buying
 * centre member's power are the same scale. A module of its own so the buying-centre and team
 * tools read it without the account plan's schema.
 */
export const INFLUENCE_LEVELS = ['low', 'medium', 'high'] as const;
export type Influence = (typeof INFLUENCE_LEVELS)[number];
