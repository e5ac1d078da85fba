/**
 * "My portfolio": one row per key account, every figure taken from the rules of the individual
 * tools (Pareto class and share, latest stage diagnosis, uncoupling risk, matrix quadrant, plan
 * completeness and contact pattern), so the dashboard always agrees with them; the warnings that
 * matter; and the rows' order and filters. Pure: the stored values go in, rows come out.
 */
import { accountQuadrant, isMatrixSetupValid } from './accountStanding.ts';
import type { MatrixSetup } from './accountStanding.ts';
import { planCompleteness } from './accountPlanSections.ts';
import { contactPattern } from './contactPattern.ts';
import type { AccountPlan } from './accountPlanSchema.ts';
import { clientDependence } from './dependence.ts';
import type { DependenceLevel } from './dependence.ts';
import { capWarning } from './kraljic.ts';
import type { KraljicAnswers } from './kraljicSchema.ts';
import { latestDiagnosis, latestPlan } from './latest.ts';
import { roundMoney } from './money.ts';
import { paretoAnalysis, paretoConcentration } from './pareto.ts';
import type { ParetoClass } from './pareto.ts';
import type { QuadrantId } from './quadrants.ts';
import { diagnoseStage } from './stageDiagnosis.ts';
import { LADDER_STAGES, STAGE_IDS } from './stages.ts';
import type { LadderStage, StageId } from './stages.ts';
import { uncouplingRisk } from './uncoupling.ts';
import { reviewTrend, reviewVerdict } from './accountReview.ts';
import type { TrendDirection, VerdictOutcome } from './accountReview.ts';
import type { AccountReview } from './accountReviewSchema.ts';
import type { UncouplingLevel } from './uncoupling.ts';

export type WarningId = 'no-plan' | 'review-overdue' | 'high-risk' | 'single-contact' | 'dependence' | 'review-rules' | 'stage-cap';
/** What the dashboard reads of a client and of its stored assessment (the state's shapes fit these). */
export type DashboardClient = { key: string; name: string; revenue: number; keyAccount?: boolean | undefined };
export type DashboardAssessment = {
  diagnoses: readonly {
    date: string;
    answers: Readonly<Record<string, string>>;
    signals: readonly string[];
    stage: StageId;
    targetStage?: LadderStage | undefined;
  }[];
  uncoupling: { checked: readonly string[] } | null;
  matrixScores: Readonly<Record<string, number>>;
  plans: readonly AccountPlan[];
};

export type DashboardRow = {
  key: string;
  name: string;
  revenue: number;
  /** Share of total revenue (the Pareto total); null when the client is excluded (revenue ≤ 0). */
  share: number | null;
  abc: ParetoClass | null;
  stage: StageId | null;
  targetStage: LadderStage | null;
  /** From the uncoupling checklist; null when it is not assessed (nothing ticked). */
  risk: { level: UncouplingLevel; score: number } | null;
  /** True when the latest stage diagnosis reports high uncoupling risk (signals). */
  diagnosisHighRisk: boolean;
  quadrant: QuadrantId | null;
  /** The plan shown: the latest year's. */
  plan: { year: number; completeness: number; nextReview: string | null } | null;
  /** From the quarterly reviews (null when the account has none): where it is heading and what the rules say. */
  review: { trend: TrendDirection; verdict: VerdictOutcome } | null;
  warnings: WarningId[];
};

export type DashboardModel = {
  rows: DashboardRow[];
  totalRevenue: number;
  /** The key accounts' own revenue (what their share is of), exact to the cent. */
  keyRevenue: number;
  keyRevenueShare: number;
  /** Any client (key account or not) the domain's `clientDependence` rule notices (from 10 %) or warns about (from 25 %). */
  dependence: { key: string; name: string; share: number; keyAccount: boolean; level: Exclude<DependenceLevel, 'none'> }[];
  largest: { key: string; share: number } | null;
  /** Key accounts with at least one warning. */
  warned: number;
  matrixConfigValid: boolean;
};

export function buildDashboard(input: {
  portfolio: { clients: readonly DashboardClient[] };
  assessments: Readonly<Record<string, DashboardAssessment>>;
  matrixConfig: MatrixSetup;
  today: string;
  /** Every account's quarterly reviews (the account-review tool); none when absent. */
  reviews?: readonly AccountReview[];
  /** The buyer's view per account (Kraljic tool): a target above its stage cap is a warning. */
  kraljic?: readonly { accountKey: string; answers: KraljicAnswers }[];
}): DashboardModel {
  const { portfolio, assessments, matrixConfig, today } = input;
  const buyerViews = new Map((input.kraljic ?? []).map((r) => [r.accountKey, r.answers]));
  const pareto = paretoAnalysis(portfolio.clients.map((c) => ({ key: c.key, name: c.name, revenue: c.revenue })));
  const byKey = new Map(pareto.ranked.map((r) => [r.key, r]));
  const matrixConfigValid = isMatrixSetupValid(matrixConfig);

  const keyClients = portfolio.clients.filter((c) => c.keyAccount === true);
  const rows: DashboardRow[] = keyClients.map((client) => {
    const ranked = byKey.get(client.key);
    const a = Object.hasOwn(assessments, client.key) ? assessments[client.key] : undefined;
    const latest = latestDiagnosis(a?.diagnoses ?? []);
    const plan = a ? (latestPlan(a.plans) ?? null) : null;
    const risk = uncouplingRisk(a?.uncoupling?.checked);
    const diagnosisHighRisk = latest
      ? diagnoseStage({ answers: latest.answers, signals: latest.signals }).uncouplingRisk === 'high'
      : false;
    const quadrant = a ? accountQuadrant(matrixConfig, a.matrixScores) : null;

    const share = ranked ? ranked.share : null;
    const reviews = (input.reviews ?? []).filter((r) => r.accountKey === client.key);
    const verdict = reviews.length > 0 ? reviewVerdict({ reviews, abc: ranked?.class ?? null, quadrant }).outcome : null;
    const warnings: WarningId[] = [];
    if (!plan) warnings.push('no-plan');
    if (plan?.nextReview && plan.nextReview < today) warnings.push('review-overdue');
    if (risk?.level === 'high' || diagnosisHighRisk || latest?.stage === 'uncoupling') warnings.push('high-risk');
    if (plan && contactPattern(plan.contacts) === 'bow-tie') warnings.push('single-contact');
    // Only the strong level is a row warning; the notice level is listed above the table.
    if (share !== null && clientDependence(share) === 'strong') warnings.push('dependence');
    if (verdict === 'reclassify' || verdict === 'leave-kam') warnings.push('review-rules');
    const targetStage = latest?.targetStage ?? plan?.targetStage ?? null;
    if (capWarning(buyerViews.get(client.key), targetStage) !== null) warnings.push('stage-cap');

    return {
      key: client.key,
      name: client.name,
      revenue: client.revenue,
      share,
      abc: ranked ? ranked.class : null,
      stage: latest ? latest.stage : (plan?.currentStage ?? null),
      targetStage,
      risk: risk ? { level: risk.level, score: risk.score } : null,
      diagnosisHighRisk,
      quadrant,
      plan: plan ? { year: plan.year, completeness: planCompleteness(plan).score, nextReview: plan.nextReview } : null,
      review: verdict === null ? null : { trend: reviewTrend(reviews).direction, verdict },
      warnings,
    };
  });

  const keyRevenue = rows.reduce((s, r) => s + (r.share !== null ? r.revenue : 0), 0);
  const keySet = new Set(keyClients.map((c) => c.key));
  const concentration = paretoConcentration(pareto);
  return {
    rows,
    totalRevenue: pareto.total,
    keyRevenue: roundMoney(keyRevenue),
    keyRevenueShare: pareto.total > 0 ? keyRevenue / pareto.total : 0,
    dependence: pareto.ranked.flatMap((r) => {
      const level = clientDependence(r.share);
      return level === 'none' ? [] : [{ key: r.key, name: r.name, share: r.share, keyAccount: keySet.has(r.key), level }];
    }),
    largest: concentration.largestKey === null ? null : { key: concentration.largestKey, share: concentration.largestShare },
    warned: rows.filter((r) => r.warnings.length > 0).length,
    matrixConfigValid,
  };
}

/** Class A clients (for "mark class A as key accounts" when there are none yet). */
export function classAKeys(clients: readonly DashboardClient[]): string[] {
  return paretoAnalysis(clients.map((c) => ({ key: c.key, name: c.name, revenue: c.revenue })))
    .ranked.filter((r) => r.class === 'A')
    .map((r) => r.key);
}

export type DashboardSortKey = 'name' | 'revenue' | 'abc' | 'stage' | 'target' | 'risk' | 'quadrant' | 'plan' | 'review' | 'warnings';
export type DashboardShow = 'all' | 'warned' | 'classA' | 'noPlan';

const QUADRANT_ORDER: readonly QuadrantId[] = ['strategic', 'star', 'status', 'streamline'];
const RISK_ORDER: Record<UncouplingLevel, number> = { low: 0, medium: 1, high: 2 };

/** The value a column sorts by; what is missing (not diagnosed, not assessed, no plan) sorts as the lowest. */
function sortValue(row: DashboardRow, key: DashboardSortKey): number | string {
  switch (key) {
    case 'name':
      return row.name.toLocaleLowerCase();
    case 'revenue':
      return row.revenue;
    case 'abc':
      return row.abc ?? 'Z';
    case 'stage':
      return row.stage === null ? -1 : STAGE_IDS.indexOf(row.stage);
    case 'target':
      return row.targetStage === null ? -1 : LADDER_STAGES.indexOf(row.targetStage);
    case 'risk':
      return row.risk === null ? -1 : RISK_ORDER[row.risk.level] * 1000 + row.risk.score;
    case 'quadrant':
      return row.quadrant === null ? 9 : QUADRANT_ORDER.indexOf(row.quadrant);
    case 'plan':
      return row.plan === null ? -1 : row.plan.completeness;
    case 'review':
      return row.plan?.nextReview ?? '9999';
    case 'warnings':
      return row.warnings.length;
  }
}

/** The direction a column sorts in when first chosen: names, classes, dates and quadrants A→Z, figures largest first. */
export function firstSortDirection(key: DashboardSortKey): 1 | -1 {
  return key === 'name' || key === 'abc' || key === 'review' || key === 'quadrant' ? 1 : -1;
}

/** The rows matching the search text (name or key) and the chosen filter, in the chosen order (ties by name). */
export function visibleDashboardRows(
  rows: readonly DashboardRow[],
  view: { query: string; show: DashboardShow; sort: DashboardSortKey; dir: 1 | -1 },
): DashboardRow[] {
  const q = view.query.trim().toLocaleLowerCase();
  const shown = (r: DashboardRow) =>
    view.show === 'warned'
      ? r.warnings.length > 0
      : view.show === 'classA'
        ? r.abc === 'A'
        : view.show === 'noPlan'
          ? r.plan === null
          : true;
  return rows
    .filter((r) => q === '' || r.name.toLocaleLowerCase().includes(q) || r.key.toLocaleLowerCase().includes(q))
    .filter(shown)
    .sort((a, b) => {
      const x = sortValue(a, view.sort);
      const y = sortValue(b, view.sort);
      const c = x < y ? -1 : x > y ? 1 : 0;
      return c * view.dir || a.name.localeCompare(b.name);
    });
}

/** The next steps, most urgent first: for each kind of warning, the accounts that have it. */
export function nextStepGroups(rows: readonly DashboardRow[]): { warning: WarningId; names: string[] }[] {
  const order: readonly WarningId[] = [
    'high-risk',
    'review-rules',
    'review-overdue',
    'no-plan',
    'single-contact',
    'stage-cap',
    'dependence',
  ];
  return order.flatMap((warning) => {
    const names = rows.filter((r) => r.warnings.includes(warning)).map((r) => r.name);
    return names.length === 0 ? [] : [{ warning, names }];
  });
}
