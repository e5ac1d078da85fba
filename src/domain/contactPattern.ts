/**
 * Bow-tie vs diamond: how a customer's contacts are held on both sides. The account plan's contact
 * map and the buying centre read it with the same rule; kept apart from the plan's code so the
 * buying centre loads only this.
 */
import type { PlanContact } from './accountPlanSchema.ts';

export type ContactPattern = 'none' | 'bow-tie' | 'diamond';

function normaliseText(role: string): string {
  return role.trim().replace(/\s+/g, ' ').toLocaleLowerCase('und');
}

/** Who holds a contact on our side; an empty "our contact" is the account manager. */
const ACCOUNT_MANAGER = '';

/**
 * Bow-tie vs diamond (Cheverton; McDonald, Millman & Rogers; kam-domain-notes §1.3), decided from
 * *both* sides of each contact: the customer's function (`role`) and who holds it on our side
 * (`ourContact`, empty = the account manager). The rule:
 * - `none`: no named contact at the customer.
 * - `diamond`: many-to-many functional pairs: at least two contacts in different functions at the
 *   customer, held by different people on our side (e.g. our logistics lead ↔ their logistics,
 *   our account manager ↔ their buyer). Losing one person on either side does not cut the
 *   relationship (the article's first cause of uncoupling).
 * - `bow-tie`: everything else: one salesperson ↔ one buyer, or every contact running through one
 *   person on our side (the account manager alone talking to three functions is still one knot),
 *   or several of ours talking to one function.
 * Names and roles are compared trimmed and case-folded; a contact with an empty role adds no function.
 */
export function contactPattern(contacts: readonly Pick<PlanContact, 'name' | 'role' | 'ourContact'>[]): ContactPattern {
  const named = contacts.filter((c) => c.name.trim() !== '');
  if (named.length === 0) return 'none';
  const pairs = named
    .map((c) => ({ theirs: normaliseText(c.role), ours: normaliseText(c.ourContact ?? ACCOUNT_MANAGER) }))
    .filter((p) => p.theirs !== '');
  const diamond = pairs.some((p, i) => pairs.slice(i + 1).some((q) => q.theirs !== p.theirs && q.ours !== p.ours));
  return diamond ? 'diamond' : 'bow-tie';
}

/** How many people on our side and functions on theirs the named contacts involve (for the picture's text). */
export function contactSides(contacts: readonly Pick<PlanContact, 'name' | 'role' | 'ourContact'>[]): { ours: number; theirs: number } {
  const named = contacts.filter((c) => c.name.trim() !== '');
  return {
    ours: new Set(named.map((c) => normaliseText(c.ourContact ?? ACCOUNT_MANAGER))).size,
    theirs: new Set(named.map((c) => normaliseText(c.role)).filter((r) => r !== '')).size,
  };
}
