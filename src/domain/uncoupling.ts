/**
 * Causes of uncoupling ("causas da desunião"): the article's five internal causes and the two
 * external ones it names (loss of market position, financial problems). Each cause has observable
 * indicators, weighted 1..3 by how directly they announce a break, and mitigations. Texts live in
 * src/i18n/domain-texts.ts under these ids.
 *
 * Scores are weighted shares of indicators checked, so checking one more indicator can never lower
 * any score (monotonic), nothing checked is 0 and everything checked is 100.
 */
import type { UNCOUPLING_CAUSE_IDS } from './idLists.ts';

export type UncouplingCauseId = (typeof UNCOUPLING_CAUSE_IDS)[number];

export type UncouplingCause = {
  readonly id: UncouplingCauseId;
  readonly external: boolean;
  readonly indicators: readonly { readonly id: string; readonly weight: number }[];
  readonly mitigations: readonly string[];
};

export const UNCOUPLING_CAUSES = [
  {
    id: 'key-personnel-change',
    external: false,
    // The article: "quando o pessoal-chave é o ponto de contato único" — the bow-tie risk.
    indicators: [
      { id: 'single-point-of-contact', weight: 3 },
      { id: 'key-contact-changing', weight: 3 },
      { id: 'no-senior-access', weight: 2 },
      { id: 'no-successor', weight: 2 },
    ],
    mitigations: ['build-diamond', 'meet-new-people', 'succession-plan', 'share-account-knowledge'],
  },
  {
    id: 'trust-breach',
    external: false,
    // The article: performance not persistent and no adequate communication.
    indicators: [
      { id: 'promises-missed', weight: 3 },
      { id: 'bad-news-late', weight: 2 },
      { id: 'performance-inconsistent', weight: 2 },
      { id: 'confidentiality-breach', weight: 3 },
    ],
    mitigations: ['own-the-problem', 'regular-reviews', 'promise-realistically', 'escalation-path'],
  },
  {
    id: 'exhaustion',
    external: false,
    // The article: "falta de revitalização, atenção ou negligência".
    indicators: [
      { id: 'no-new-proposals', weight: 2 },
      { id: 'fewer-contacts', weight: 2 },
      { id: 'plan-not-reviewed', weight: 2 },
      { id: 'on-autopilot', weight: 1 },
    ],
    mitigations: ['revitalise-plan', 'joint-innovation', 'contact-cadence', 'refresh-team'],
  },
  {
    id: 'cultural-mismatch',
    external: false,
    // The article: "diferenças culturais ou divergências de valores".
    indicators: [
      { id: 'values-conflict', weight: 3 },
      { id: 'different-pace', weight: 2 },
      { id: 'team-friction', weight: 2 },
      { id: 'goals-misaligned', weight: 2 },
    ],
    mitigations: ['talk-about-values', 'align-teams', 'relationship-charter', 'adapt-processes'],
  },
  {
    id: 'quality-problems',
    external: false,
    // The article: required quality not maintained, or performance problems.
    indicators: [
      { id: 'complaints-rising', weight: 3 },
      { id: 'late-deliveries', weight: 2 },
      { id: 'service-levels-missed', weight: 2 },
      { id: 'recurring-defect', weight: 3 },
    ],
    mitigations: ['root-cause-analysis', 'quality-plan', 'service-review', 'make-good'],
  },
  {
    id: 'market-position-loss',
    external: true,
    // The article: "o cliente pode sofrer uma grande perda no mercado".
    indicators: [
      { id: 'customer-losing-share', weight: 3 },
      { id: 'customer-strategy-change', weight: 2 },
      { id: 'merger-or-acquisition', weight: 2 },
      { id: 'customer-market-shrinking', weight: 2 },
    ],
    mitigations: ['reassess-attractiveness', 'adapt-offer', 'reduce-cost-to-serve', 'follow-new-decision-makers'],
  },
  {
    id: 'financial-problems',
    external: true,
    // The article: "o cliente com problemas financeiros pode ser excluído do KAM".
    indicators: [
      { id: 'late-payments', weight: 3 },
      { id: 'credit-rating-down', weight: 2 },
      { id: 'layoffs-or-cost-cuts', weight: 2 },
      { id: 'orders-shrinking', weight: 2 },
    ],
    mitigations: ['credit-review', 'payment-terms', 'limit-exposure', 'review-kam-status'],
  },
] as const satisfies readonly UncouplingCause[];

export type UncouplingIndicatorId = (typeof UNCOUPLING_CAUSES)[number]['indicators'][number]['id'];
export type UncouplingMitigationId = (typeof UNCOUPLING_CAUSES)[number]['mitigations'][number];
export type UncouplingLevel = 'low' | 'medium' | 'high';

export type UncouplingAssessment = {
  score: number;
  level: UncouplingLevel;
  byCause: Record<UncouplingCauseId, number>;
};

/**
 * Level thresholds. One cause almost fully present is a real danger even if the others are quiet
 * (a single point of contact who is leaving is enough to lose the account), so a single cause can
 * raise the level on its own.
 */
export const UNCOUPLING_LEVELS = { medium: { score: 20, cause: 40 }, high: { score: 50, cause: 75 } } as const;

const totalWeight = UNCOUPLING_CAUSES.reduce((s, c) => s + c.indicators.reduce((t, i) => t + i.weight, 0), 0);

export function assessUncoupling(checkedIndicatorIds: readonly string[]): UncouplingAssessment {
  const checked = new Set(checkedIndicatorIds);
  let sum = 0;
  const byCause = {} as Record<UncouplingCauseId, number>;
  let worstCause = 0;
  for (const cause of UNCOUPLING_CAUSES) {
    let causeSum = 0;
    let causeTotal = 0;
    for (const ind of cause.indicators) {
      causeTotal += ind.weight;
      if (checked.has(ind.id)) causeSum += ind.weight;
    }
    sum += causeSum;
    const pct = (100 * causeSum) / causeTotal;
    byCause[cause.id] = pct;
    worstCause = Math.max(worstCause, pct);
  }
  const score = (100 * sum) / totalWeight;
  const level: UncouplingLevel =
    score >= UNCOUPLING_LEVELS.high.score || worstCause >= UNCOUPLING_LEVELS.high.cause
      ? 'high'
      : score >= UNCOUPLING_LEVELS.medium.score || worstCause >= UNCOUPLING_LEVELS.medium.cause
        ? 'medium'
        : 'low';
  return { score, level, byCause };
}

/**
 * The risk of an account as the tools and the dashboard report it: null ("not assessed") when no
 * known sign is ticked, because an empty checklist says nobody has looked, not that the risk is
 * low. Otherwise `assessUncoupling` of the ticks.
 */
export function uncouplingRisk(checkedIndicatorIds: readonly string[] | null | undefined): UncouplingAssessment | null {
  const known = (checkedIndicatorIds ?? []).filter((id) => causeOfIndicator(id) !== null);
  return known.length === 0 ? null : assessUncoupling(known);
}

export type UncouplingHeatmapRow = { key: string } & UncouplingAssessment;

const LEVEL_RANK: Record<UncouplingLevel, number> = { high: 2, medium: 1, low: 0 };

/**
 * Accounts × causes for the portfolio heat map, riskiest first: by level, then score, then key (so
 * the order is stable). Level comes first because one cause ticked in full
 * makes an account High even with a lower overall score than a Medium one, and that account is the
 * one to look at first.
 */
export function uncouplingHeatmap(accounts: readonly { key: string; checked: readonly string[] }[]): UncouplingHeatmapRow[] {
  return accounts
    .map((a) => ({ key: a.key, ...assessUncoupling(a.checked) }))
    .sort((x, y) => LEVEL_RANK[y.level] - LEVEL_RANK[x.level] || y.score - x.score || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}

/** The cause an indicator belongs to, for linking plan risks to the checklist. */
export function causeOfIndicator(indicatorId: string): UncouplingCauseId | null {
  for (const c of UNCOUPLING_CAUSES) if (c.indicators.some((i) => i.id === indicatorId)) return c.id;
  return null;
}
