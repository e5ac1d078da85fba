/**
 * The account plan: the article's eight sections ("metas cliente a cliente": missão, resumo
 * financeiro, visão geral do cliente, análise dos fatores críticos de sucesso, portfólio, premissas,
 * objetivos, metas para os próximos três anos) plus what the literature says good plans add and the
 * eight lack: actions with owners and dates, a contact map, risks and a review date (Cranfield's
 * pitfalls: plans nobody owns, written once, never reviewed).
 *
 * The stored shape (schema and types) is in accountPlanSchema.ts, re-exported here: the state
 * layer validates every read with it.
 */
import { escapeMarkdown } from './markdown.ts';
import { check } from './validation.ts';
import type { StageId } from './stages.ts';

export * from './accountPlanSchema.ts';
import type { AccountPlan, ActionStatus, Attitude, FinancialYear, Influence, PlanGoal } from './accountPlanSchema.ts';
import { accountPlanSchema } from './accountPlanSchema.ts';
// Kept in modules of their own (the buying centre, the team and the proposition tools use them
// without the plan's code), and still part of the plan's vocabulary.
export { nextItemId } from './itemIds.ts';
export { contactPattern, contactSides } from './contactPattern.ts';
export type { ContactPattern } from './contactPattern.ts';
import { contactPattern } from './contactPattern.ts';
import type { ContactPattern } from './contactPattern.ts';
// The sections and the completeness meter live apart (the dashboard reads only them).
export { ARTICLE_PLAN_SECTIONS, PLAN_SECTIONS, planCompleteness } from './accountPlanSections.ts';
export type { PlanSectionId } from './accountPlanSections.ts';
import type { PlanSectionId } from './accountPlanSections.ts';

function toIso(now: Date | string): string {
  return typeof now === 'string' ? now : now.toISOString();
}

/** A stable id per account and year, so the same plan is found again without random ids. */
export function accountPlanId(accountKey: string, planYear: number): string {
  return `${planYear}:${accountKey}`;
}

/**
 * A new, empty plan for `year`: history covers the three years before it, goals the plan year and
 * the two after it (the article's "próximos três anos").
 */
export function emptyAccountPlan(accountKey: string, accountName: string, planYear: number, now: Date | string): AccountPlan {
  const at = toIso(now);
  return {
    id: accountPlanId(accountKey, planYear),
    accountKey,
    accountName,
    year: planYear,
    createdAt: at,
    updatedAt: at,
    mission: '',
    financialHistory: [3, 2, 1].map((back) => ({ year: planYear - back, revenue: null, marginPct: null })),
    customerOverview: '',
    criticalSuccessFactors: [],
    customerPortfolio: '',
    assumptions: '',
    objectives: '',
    goals: [0, 1, 2].map((ahead) => ({ year: planYear + ahead, revenue: null, marginPct: null, sharePct: null })),
    actions: [],
    contacts: [],
    risks: [],
    nextReview: null,
  };
}

/**
 * Next year's plan from this one, because plans die when they are written once (Cranfield): text,
 * factors, contacts and risks carry over; open actions carry over, done ones are dropped; history
 * and goals move one year on (the year just ended has no actuals yet, so its revenue is blank);
 * the review date is cleared so the new plan asks for one.
 */
export function duplicatePlanForNextYear(plan: AccountPlan, now: Date | string): AccountPlan {
  const at = toIso(now);
  const nextYear = plan.year + 1;
  const history: FinancialYear[] = [nextYear - 3, nextYear - 2, nextYear - 1].map((y) => {
    const known = plan.financialHistory.find((h) => h.year === y);
    return known ? { ...known } : { year: y, revenue: null, marginPct: null };
  });
  const goals: PlanGoal[] = [nextYear, nextYear + 1, nextYear + 2].map((y) => {
    const known = plan.goals.find((g) => g.year === y);
    return known ? { ...known } : { year: y, revenue: null, marginPct: null, sharePct: null };
  });
  const copy: AccountPlan = {
    ...plan,
    id: accountPlanId(plan.accountKey, nextYear),
    year: nextYear,
    createdAt: at,
    updatedAt: at,
    financialHistory: history,
    goals,
    criticalSuccessFactors: plan.criticalSuccessFactors.map((f) => ({ ...f })),
    actions: plan.actions.filter((a) => a.status !== 'done').map((a) => ({ ...a })),
    contacts: plan.contacts.map((c) => ({ ...c })),
    risks: plan.risks.map((r) => ({ ...r })),
    nextReview: null,
  };
  return copy;
}

export type PlanValidationIssue = { path: string; code: string; message: string };
export type PlanValidation =
  { ok: true; plan: AccountPlan } | { ok: false; error: { code: 'invalid-plan'; message: string }; issues: PlanValidationIssue[] };

/** Validates unknown data (a stored value, a restored file) as an AccountPlan; never throws. */
export function validateAccountPlan(value: unknown): PlanValidation {
  const parsed = check(accountPlanSchema, value);
  if (parsed.success) return { ok: true, plan: parsed.data };
  const issues = parsed.issues.map((i) => ({ path: i.path, code: i.kind, message: i.message }));
  return {
    ok: false,
    error: { code: 'invalid-plan', message: `The account plan is not valid (${issues.length} problem(s)).` },
    issues,
  };
}

/** Texts for the Markdown export, passed in by the UI so the domain holds no language. */
export type PlanMarkdownLabels = {
  /** ISO 4217 code of the plan's amounts (the portfolio's currency); without it amounts have no symbol. */
  currency?: string;
  /** BCP 47 tag for number formatting, e.g. 'pt-BR'. */
  locale: string;
  title: string;
  sections: Record<PlanSectionId, string>;
  year: string;
  revenue: string;
  marginPct: string;
  sharePct: string;
  factor: string;
  importance: string;
  ourScore: string;
  what: string;
  owner: string;
  due: string;
  status: string;
  statuses: Record<ActionStatus, string>;
  name: string;
  role: string;
  ourContact: string;
  /** Shown for an empty "our contact": the account manager. */
  accountManager: string;
  influence: string;
  influences: Record<Influence, string>;
  attitude: string;
  attitudes: Record<Attitude, string>;
  contactPattern: string;
  contactPatterns: Record<ContactPattern, string>;
  currentStage: string;
  targetStage: string;
  stages: Record<StageId, string>;
  cause: string;
  causes: Record<string, string>;
  updatedAt: string;
  /** Shown for an empty value. */
  empty: string;
};

/** The plan as a Markdown document; every piece of user text goes through escapeMarkdown. */
export function planToMarkdown(plan: AccountPlan, labels: PlanMarkdownLabels): string {
  const num = new Intl.NumberFormat(labels.locale, { maximumFractionDigits: 2 });
  // Money in the data's currency, to the cent; dates as the reader's language writes them
  // (dd/mm/aaaa in Portuguese), never ISO in a document meant for people.
  const moneyFormat = labels.currency
    ? new Intl.NumberFormat(labels.locale, {
        style: 'currency',
        currency: labels.currency,
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      })
    : new Intl.NumberFormat(labels.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const dateFormat = new Intl.DateTimeFormat(labels.locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
  const money = (v: number | null): string => (v === null ? labels.empty : moneyFormat.format(v));
  const date = (iso: string | null | undefined): string => {
    if (iso === undefined || iso === null || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return cell(iso ?? '');
    return dateFormat.format(new Date(`${iso.slice(0, 10)}T12:00:00Z`));
  };
  const e = (t: string): string => (t.trim() === '' ? labels.empty : escapeMarkdown(t));
  const cell = (t: string): string => (t.trim() === '' ? labels.empty : escapeMarkdown(t, { inline: true }));
  const n = (v: number | null): string => (v === null ? labels.empty : num.format(v));
  const label = (t: string): string => escapeMarkdown(t, { inline: true });
  const table = (head: string[], rows: string[][]): string =>
    [`| ${head.map(label).join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join(
      '\n',
    );
  const S = labels.sections;
  const out: string[] = [];

  out.push(`# ${label(labels.title)}: ${cell(plan.accountName)} (${plan.year})`);
  const meta = [`${label(labels.updatedAt)}: ${date(plan.updatedAt)}`];
  if (plan.currentStage) meta.push(`${label(labels.currentStage)}: ${label(labels.stages[plan.currentStage])}`);
  if (plan.targetStage) meta.push(`${label(labels.targetStage)}: ${label(labels.stages[plan.targetStage])}`);
  out.push(meta.join('  \n'));

  out.push(`## ${label(S.mission)}`, e(plan.mission));
  out.push(
    `## ${label(S.financialSummary)}`,
    table(
      [labels.year, labels.revenue, labels.marginPct],
      plan.financialHistory.map((h) => [String(h.year), money(h.revenue), n(h.marginPct)]),
    ),
  );
  out.push(`## ${label(S.customerOverview)}`, e(plan.customerOverview));
  out.push(
    `## ${label(S.criticalSuccessFactors)}`,
    plan.criticalSuccessFactors.length === 0
      ? labels.empty
      : table(
          [labels.factor, labels.importance, labels.ourScore],
          plan.criticalSuccessFactors.map((f) => [cell(f.factor), num.format(f.importance), num.format(f.ourScore)]),
        ),
  );
  out.push(`## ${label(S.customerPortfolio)}`, e(plan.customerPortfolio));
  out.push(`## ${label(S.assumptions)}`, e(plan.assumptions));
  out.push(`## ${label(S.objectives)}`, e(plan.objectives));
  out.push(
    `## ${label(S.goals)}`,
    table(
      [labels.year, labels.revenue, labels.marginPct, labels.sharePct],
      plan.goals.map((g) => [String(g.year), money(g.revenue), n(g.marginPct), n(g.sharePct)]),
    ),
  );
  out.push(
    `## ${label(S.actions)}`,
    plan.actions.length === 0
      ? labels.empty
      : table(
          [labels.what, labels.owner, labels.due, labels.status],
          plan.actions.map((a) => [cell(a.what), cell(a.owner), date(a.due), label(labels.statuses[a.status])]),
        ),
  );
  const pattern = contactPattern(plan.contacts);
  out.push(`## ${label(S.contacts)}`, `${label(labels.contactPattern)}: ${label(labels.contactPatterns[pattern])}`);
  if (plan.contacts.length > 0) {
    out.push(
      table(
        [labels.name, labels.role, labels.ourContact, labels.influence, labels.attitude],
        plan.contacts.map((c) => [
          cell(c.name),
          cell(c.role),
          (c.ourContact ?? '').trim() === '' ? label(labels.accountManager) : cell(c.ourContact ?? ''),
          label(labels.influences[c.influence]),
          label(labels.attitudes[c.attitude]),
        ]),
      ),
    );
  }
  out.push(
    `## ${label(S.risks)}`,
    plan.risks.length === 0
      ? labels.empty
      : plan.risks
          .map((r) => {
            // Own keys only: a restored or hand-edited id such as "constructor" must not reach Object.prototype.
            const cause = r.causeId !== undefined && Object.hasOwn(labels.causes, r.causeId) ? labels.causes[r.causeId] : undefined;
            return `- ${cell(r.text)}${cause !== undefined ? ` (${label(labels.cause)}: ${label(cause)})` : ''}`;
          })
          .join('\n'),
  );
  out.push(`## ${label(S.review)}`, date(plan.nextReview));
  return `${out.join('\n\n')}\n`;
}
