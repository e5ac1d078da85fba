/**
 * Dependence on one client: the one rule behind every "largest client" warning (Pareto tool,
 * portfolio, dashboard), so a lesson and a tool never quote different limits.
 *
 * Lesson 2: "there is no universal limit, but many companies start watching closely when one client
 * passes about 10 % of revenue". So from 10 % the tools show a *notice* (watch it, plan for it), and
 * from 25 % a *strong* warning: losing that one client, or letting it dictate prices, would hurt the
 * whole company. Both figures are this course's own heuristics, not a standard from the literature.
 */

/** From this share of revenue in one client: a notice (lesson 2's "about 10 %"). */
export const DEPENDENCE_NOTICE_SHARE = 0.1;
/** From this share of revenue in one client: a strong warning. */
export const DEPENDENCE_STRONG_SHARE = 0.25;

export type DependenceLevel = 'none' | 'notice' | 'strong';

/** How much a client's share of revenue (0..1) makes the company depend on it. */
export function clientDependence(share: number): DependenceLevel {
  if (!Number.isFinite(share)) return 'none';
  if (share >= DEPENDENCE_STRONG_SHARE) return 'strong';
  if (share >= DEPENDENCE_NOTICE_SHARE) return 'notice';
  return 'none';
}
