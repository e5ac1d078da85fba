/**
 * The plan builder's words around the domain: risks named from the checklist in the page's
 * language, a new plan pre-filled (the domain's `prefillPlan`) with those risks, and the Markdown
 * labels. Every rule stays in the domain.
 */
import {
  PLAN_SECTIONS,
  STAGE_IDS,
  UNCOUPLING_CAUSES,
  causeOfIndicator,
  emptyAccountPlan,
  nextItemId,
  prefillPlan,
  revenueInWholeYears,
} from '../../domain/index.ts';
import type { AccountPlan, PlanMarkdownLabels, PlanRisk, StageId } from '../../domain/index.ts';
import { STAGE_TEXTS } from '../../i18n/domain-texts/stages';
import { UNCOUPLING_TEXTS } from '../../i18n/domain-texts/uncoupling';
import { PLAN_TEXTS } from '../../i18n/domain-texts/plan';
import { BCP47 } from '../../i18n/locales';
import type { Locale } from '../../i18n/locales';
import { getClient } from '../../state/index';
import type { AccountAssessment, Client, Portfolio } from '../../state/index';
import { EDITOR_STRINGS } from './editorStrings';

/** The risks a plan gets from the uncoupling checklist: one per cause with ticked signs, naming them. */
export function risksFromChecklist(locale: Locale, checked: readonly string[], existing: readonly PlanRisk[]): PlanRisk[] {
  const d = { ...STAGE_TEXTS[locale], ...UNCOUPLING_TEXTS[locale], ...PLAN_TEXTS[locale] };
  const byCause = new Map<string, string[]>();
  for (const id of checked) {
    const cause = causeOfIndicator(id);
    if (cause === null) continue;
    byCause.set(cause, [...(byCause.get(cause) ?? []), id]);
  }
  const have = new Set(existing.map((r) => r.causeId).filter((c) => c !== undefined));
  const added: PlanRisk[] = [];
  for (const cause of UNCOUPLING_CAUSES) {
    const ids = byCause.get(cause.id);
    if (!ids || have.has(cause.id)) continue;
    const text = `${d.causes[cause.id].name}: ${ids.map((i) => d.indicators[i as keyof typeof d.indicators]).join(' ')}`;
    added.push({ id: nextItemId([...existing, ...added], 'risk'), text, causeId: cause.id });
  }
  return added;
}

/**
 * What the portfolio knows for a new plan of `year`: the client (its margin; for undated figures its
 * revenue as last year's) and, from dated sales, its revenue in each of the plan's three history
 * years that the file covers in full. The period chosen on the portfolio plays no part: a plan's
 * history is calendar years.
 */
export function planFigures(portfolio: Portfolio, key: string, year: number) {
  const client = getClient(key, portfolio);
  const revenueByYear =
    client && portfolio.monthlySales.length > 0
      ? revenueInWholeYears(portfolio.monthlySales, key, [year - 3, year - 2, year - 1])
      : undefined;
  return { client, revenueByYear };
}

/** A new plan for `year`, pre-filled from the portfolio (revenue, margin), the latest diagnosis and the checklist. */
export function prefilledPlan(
  locale: Locale,
  input: {
    accountKey: string;
    accountName: string;
    year: number;
    now: Date | string;
    client?: Client | undefined;
    /** The client's revenue per calendar year from dated sales (`planFigures`). */
    revenueByYear?: ReadonlyMap<number, number> | undefined;
    assessment: AccountAssessment;
  },
): AccountPlan {
  const plan = prefillPlan(emptyAccountPlan(input.accountKey, input.accountName, input.year, input.now), {
    client: input.client,
    revenueByYear: input.revenueByYear,
    diagnoses: input.assessment.diagnoses,
  });
  plan.risks = risksFromChecklist(locale, input.assessment.uncoupling?.checked ?? [], []);
  return plan;
}

export function markdownLabels(locale: Locale): PlanMarkdownLabels {
  const d = { ...STAGE_TEXTS[locale], ...UNCOUPLING_TEXTS[locale], ...PLAN_TEXTS[locale] };
  const t = EDITOR_STRINGS[locale];
  const sections = Object.fromEntries(PLAN_SECTIONS.map((s) => [s, d.planSections[s].name])) as PlanMarkdownLabels['sections'];
  return {
    locale: BCP47[locale],
    title: t.mdTitle,
    sections,
    year: t.year,
    revenue: t.revenue,
    marginPct: t.marginPct,
    sharePct: t.sharePct,
    factor: t.factor,
    importance: t.importance,
    ourScore: t.ourScore,
    what: t.what,
    owner: t.owner,
    due: t.due,
    status: t.status,
    statuses: { ...d.actionStatuses },
    name: t.name,
    role: t.role,
    ourContact: t.ourContact,
    accountManager: t.accountManager,
    influence: t.influence,
    influences: { ...d.influences },
    attitude: t.attitude,
    attitudes: { ...d.attitudes },
    contactPattern: t.mdContactPattern,
    contactPatterns: {
      none: d.contactPatterns.none.name,
      'bow-tie': d.contactPatterns['bow-tie'].name,
      diamond: d.contactPatterns.diamond.name,
    },
    currentStage: t.currentStage,
    targetStage: t.targetStage,
    stages: Object.fromEntries(STAGE_IDS.map((s) => [s, d.stages[s].name])) as Record<StageId, string>,
    cause: t.cause,
    causes: Object.fromEntries(UNCOUPLING_CAUSES.map((c) => [c.id, d.causes[c.id].name])),
    updatedAt: t.mdUpdatedAt,
    empty: t.empty,
  };
}
