/**
 * The open plan: its completeness, autosave state and buttons (print, Markdown and JSON files,
 * duplicate, delete), the form (`PlanForm`), and `PlanPrint`, the read-only document that `@media
 * print` shows instead of the form. Fetched by AccountPlan once a plan is open, with its words
 * (editorStrings.ts): a visitor who has no plan yet does not download the editor.
 */
import {
  PLAN_SECTIONS,
  accountQuadrant,
  capWarning,
  duplicatePlanForNextYear,
  latestPlan,
  planCompleteness,
  propositionFor,
} from '../../domain/index.ts';
import type { AccountPlan as Plan } from '../../domain/index.ts';
import { PLAN_TEXTS } from '../../i18n/domain-texts/plan';
import { MATRIX_TEXTS } from '../../i18n/domain-texts/matrices';
import { fill } from '../../i18n/fill';
import { fillCount } from '../../i18n/plural';
import { formatPercent } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import {
  $accountTeams,
  $assessments,
  $costToServe,
  $kraljic,
  $matrixConfig,
  $valuePropositions,
  costToServeFor,
  deletePlan,
  getAccountTeam,
  getAssessment,
  getKraljic,
  hasCostData,
  savePlan,
} from '../../state/index';
import type { Portfolio } from '../../state/index';
import type { AccountTool } from '../shared/useAccountTool';
import { usePortfolioView } from '../shared/usePortfolioView.ts';
import { useStored } from '../shared/useStored';
import { applied } from '../shared/writeProblem';
import { EDITOR_STRINGS } from './editorStrings';
import { classOf } from './KnownClass';
import { risksFromChecklist } from './model';
import { PlanDocument } from './PlanDocument';
import { downloadPlan, printPlan } from './planExport';
import { PlanForm } from './PlanForm';
import type { PlanDraft } from './usePlanDraft';

interface EditorProps {
  locale: Locale;
  uid: string;
  tool: AccountTool;
  plan: PlanDraft;
  /** The open plan (the draft's working copy). */
  draft: Plan;
  currency: string;
}

export function PlanEditor({ locale, uid, tool, plan, draft, currency }: EditorProps) {
  const t = EDITOR_STRINGS[locale];
  const d = PLAN_TEXTS[locale];
  const { account } = tool;
  const costs = useStored($costToServe);
  const buyerViews = useStored($kraljic);
  // The cost-to-serve figure is read against the clients with sales in the chosen period.
  const { clientsWithSales } = usePortfolioView(locale);
  // The plan's financial section quotes the cost-to-serve tool's figure for this account, when there is one.
  const afterCost = hasCostData(costs, [account])
    ? (costToServeFor(clientsWithSales, costs).clients.find((c) => c.key === account) ?? null)
    : null;

  function duplicate() {
    plan.flush();
    const current = plan.current();
    if (!current) return;
    const copy = duplicatePlanForNextYear(current, new Date());
    const existing = getAssessment(account, $assessments.get()).plans.find((p) => p.id === copy.id);
    if (existing) {
      plan.open(existing);
      tool.say(fill(t.duplicateExists, { year: copy.year }));
      return;
    }
    if (tool.report(savePlan(copy, { keepUpdatedAt: true }), { text: fill(t.duplicated, { year: copy.year, from: current.year }) }))
      plan.open(copy);
  }

  function remove() {
    plan.cancelPending();
    const current = plan.current();
    if (!current) return;
    const undo = () => {
      const result = savePlan(current, { keepUpdatedAt: true });
      if (applied(result)) plan.open(current);
      return result;
    };
    if (
      tool.report(deletePlan(current.accountKey, current.id), {
        text: fillCount(locale, t.deleted, { year: current.year, account: current.accountName }),
        undo,
      })
    ) {
      plan.open(latestPlan(getAssessment(account, $assessments.get()).plans.filter((p) => p.id !== current.id)) ?? null);
    }
  }

  function addRisksFromChecklist() {
    const current = plan.current();
    if (!current) return;
    const added = risksFromChecklist(locale, getAssessment(account, $assessments.get()).uncoupling?.checked ?? [], current.risks);
    if (added.length === 0) return tool.say(t.risksNoneToAdd);
    plan.change({ ...current, risks: [...current.risks, ...added] });
    tool.say(fillCount(locale, t.risksAdded, { count: added.length }));
  }

  function exported(problem: string | null) {
    if (problem !== null) tool.say(problem, 'error');
  }

  function download(kind: 'md' | 'json') {
    plan.flush();
    const current = plan.current();
    if (current)
      void downloadPlan(locale, current, kind, currency, {
        proposition: propositionFor($valuePropositions.get(), current.accountKey),
        team: getAccountTeam(account, $accountTeams.get()),
        buyerView: getKraljic(account, $kraljic.get())?.answers,
      }).then(exported);
  }

  function print() {
    plan.flush();
    exported(printPlan(locale));
  }

  const completeness = planCompleteness(draft);
  const doneCount = PLAN_SECTIONS.length - completeness.missing.length;
  const { saveState } = plan;

  return (
    <>
      <div class="ap-status">
        <p class="ap-meter">
          <label for={`${uid}-meter`}>{t.completeness}</label>{' '}
          <meter id={`${uid}-meter`} min={0} max={1} low={0.5} high={0.9} optimum={1} value={completeness.score} />{' '}
          <span>
            {fill(t.completenessText, {
              done: doneCount,
              total: PLAN_SECTIONS.length,
              pct: formatPercent(locale, completeness.score),
            })}
          </span>
        </p>
        <p data-testid="plan-missing">
          {completeness.missing.length === 0
            ? t.complete
            : fill(t.missing, { list: completeness.missing.map((s) => d.planSections[s].name).join(', ') })}
        </p>
        <p class="muted ap-saved" aria-live="polite">
          {saveState.kind === 'saving'
            ? t.saving
            : saveState.kind === 'saved' && saveState.at
              ? fill(t.autosaved, { time: new Date(saveState.at).toLocaleTimeString(locale === 'pt-br' ? 'pt-BR' : 'en') })
              : ''}
        </p>
        <div class="ap-buttons">
          <button type="button" class="button" onClick={print}>
            {t.print}
          </button>
          <button type="button" class="button secondary" onClick={() => download('md')}>
            {t.exportMd}
          </button>
          <button type="button" class="button secondary" onClick={() => download('json')}>
            {t.exportJson}
          </button>
          <button type="button" class="button secondary" onClick={duplicate}>
            {fill(t.duplicate, { year: draft.year + 1 })}
          </button>
          <button type="button" class="button danger" onClick={remove}>
            {t.deletePlan}
          </button>
        </div>
      </div>
      <PlanForm
        locale={locale}
        plan={draft}
        currency={currency}
        afterCostToServe={afterCost && { profit: afterCost.profit, pct: afterCost.profitPct }}
        buyerCap={capWarning(getKraljic(account, buyerViews)?.answers, draft.targetStage)?.cap ?? null}
        onChange={plan.change}
        onRisksFromChecklist={addRisksFromChecklist}
      />
    </>
  );
}

/** A team with a named person, else none: the print view fetches its team page only then. */
const staffed = <T extends { members: readonly { name: string }[] }>(team: T) =>
  team.members.some((m) => m.name.trim() !== '') ? team : undefined;

interface PrintProps {
  locale: Locale;
  draft: Plan;
  currency: string;
  /** The stored portfolio, which ranks the account's ABC class (over the chosen period). */
  portfolio: Portfolio;
}

/** The printed document with what the other tools know: the account's quadrant, value proposition, team and buyer's view. */
export function PlanPrint({ locale, draft, currency, portfolio }: PrintProps) {
  const matrixConfig = useStored($matrixConfig);
  const all = useStored($assessments);
  const propositions = useStored($valuePropositions);
  const buyerViews = useStored($kraljic);
  const teams = useStored($accountTeams);
  const quadrant = accountQuadrant(matrixConfig, getAssessment(draft.accountKey, all).matrixScores);
  return (
    <PlanDocument
      locale={locale}
      plan={draft}
      currency={currency}
      known={{ abcClass: classOf(portfolio, draft.accountKey), quadrant: quadrant ? MATRIX_TEXTS[locale].quadrants[quadrant].name : null }}
      proposition={propositionFor(propositions, draft.accountKey)}
      team={staffed(getAccountTeam(draft.accountKey, teams))}
      buyerView={getKraljic(draft.accountKey, buyerViews)?.answers}
    />
  );
}
