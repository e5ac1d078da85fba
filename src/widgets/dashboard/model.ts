/**
 * The rows of "My portfolio": one per key account, every figure taken from the domain (Pareto
 * class and share, latest stage diagnosis, uncoupling checklist, classification matrix, plan
 * completeness and contact pattern) so the dashboard always agrees with the individual tools.
 * Pure: the stores' values go in, rows and warnings come out.
 */
import {
  assessUncoupling,
  clientDependence,
  classifyAccounts,
  contactPattern,
  diagnoseStage,
  latestDiagnosis,
  latestPlan,
  paretoAnalysis,
  paretoConcentration,
  planCompleteness,
} from '../../domain/index';
import type { DependenceLevel, LadderStage, ParetoClass, QuadrantId, StageId, UncouplingLevel } from '../../domain/index';
import type { Assessments, Client, MatrixConfig, Portfolio } from '../../state/index';
import { roundMoney } from '../../domain/money.ts';

export type WarningId = 'no-plan' | 'review-overdue' | 'high-risk' | 'single-contact' | 'dependence';
export const WARNING_IDS: readonly WarningId[] = ['no-plan', 'review-overdue', 'high-risk', 'single-contact', 'dependence'];

export type DashboardRow = {
  key: string;
  name: string;
  revenue: number;
  /** Share of total revenue (the Pareto total); null when the client is excluded (revenue ≤ 0). */
  share: number | null;
  abc: ParetoClass | null;
  stage: StageId | null;
  targetStage: LadderStage | null;
  /** From the uncoupling checklist; null when the checklist was never filled in. */
  risk: { level: UncouplingLevel; score: number } | null;
  /** True when the latest stage diagnosis reports high uncoupling risk (signals). */
  diagnosisHighRisk: boolean;
  quadrant: QuadrantId | null;
  /** The plan shown: the latest year's. */
  plan: { year: number; completeness: number; nextReview: string | null } | null;
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

/** Today as yyyy-mm-dd in the user's time zone. */
export function localToday(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function buildDashboard(input: { portfolio: Portfolio; assessments: Assessments; matrixConfig: MatrixConfig; today: string }): DashboardModel {
  const { portfolio, assessments, matrixConfig, today } = input;
  const pareto = paretoAnalysis(portfolio.clients.map((c) => ({ key: c.key, name: c.name, revenue: c.revenue })));
  const byKey = new Map(pareto.ranked.map((r) => [r.key, r]));
  const criteria = [...matrixConfig.attractiveness, ...matrixConfig.strength];
  const probe = classifyAccounts({ attractiveness: matrixConfig.attractiveness, strength: matrixConfig.strength, midpoint: matrixConfig.midpoint, accounts: [] });
  const matrixConfigValid = probe.ok;

  const keyClients: Client[] = portfolio.clients.filter((c) => c.keyAccount);
  const rows: DashboardRow[] = keyClients.map((client) => {
    const ranked = byKey.get(client.key);
    const a = Object.hasOwn(assessments, client.key) ? assessments[client.key] : undefined;
    const diagnoses = a?.diagnoses ?? [];
    const latest = latestDiagnosis(diagnoses);
    const plan = a ? (latestPlan(a.plans) ?? null) : null;
    const risk = a?.uncoupling ? assessUncoupling(a.uncoupling.checked) : null;
    const diagnosisHighRisk = latest ? diagnoseStage({ answers: latest.answers, signals: latest.signals }).uncouplingRisk === 'high' : false;

    let quadrant: QuadrantId | null = null;
    if (a && matrixConfigValid && criteria.every((c) => Object.hasOwn(a.matrixScores, c.id))) {
      const classified = classifyAccounts({
        attractiveness: matrixConfig.attractiveness,
        strength: matrixConfig.strength,
        midpoint: matrixConfig.midpoint,
        accounts: [{ key: client.key, scores: a.matrixScores }],
      });
      if (classified.ok) quadrant = classified.accounts[0]!.quadrant;
    }

    const share = ranked ? ranked.share : null;
    const warnings: WarningId[] = [];
    if (!plan) warnings.push('no-plan');
    if (plan?.nextReview && plan.nextReview < today) warnings.push('review-overdue');
    if (risk?.level === 'high' || diagnosisHighRisk || latest?.stage === 'uncoupling') warnings.push('high-risk');
    if (plan && contactPattern(plan.contacts) === 'bow-tie') warnings.push('single-contact');
    // Only the strong level is a row warning; the notice level is listed above the table.
    if (share !== null && clientDependence(share) === 'strong') warnings.push('dependence');

    return {
      key: client.key,
      name: client.name,
      revenue: client.revenue,
      share,
      abc: ranked ? ranked.class : null,
      stage: latest ? latest.stage : (plan?.currentStage ?? null),
      targetStage: latest?.targetStage ?? plan?.targetStage ?? null,
      risk: risk ? { level: risk.level, score: risk.score } : null,
      diagnosisHighRisk,
      quadrant,
      plan: plan ? { year: plan.year, completeness: planCompleteness(plan).score, nextReview: plan.nextReview } : null,
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

/** Class A clients (for "mark class A as key accounts" in the empty state). */
export function classAKeys(portfolio: Portfolio): string[] {
  return paretoAnalysis(portfolio.clients.map((c) => ({ key: c.key, name: c.name, revenue: c.revenue }))).ranked.filter((r) => r.class === 'A').map((r) => r.key);
}
