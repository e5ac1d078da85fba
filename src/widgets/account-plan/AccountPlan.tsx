/**
 * Account plan builder. One plan per account and year (`accountPlanId`), edited as a local working
 * copy and autosaved (`usePlanDraft`); listed per account with the last change; duplicated for next
 * year and deleted with undo. Completeness, contact pattern, duplication, pre-filling and the
 * Markdown text are the domain's. Printing shows `PlanDocument` (read-only, A4) instead of the
 * form; Markdown and JSON are downloaded as files. Account choice, status, undo and the sample
 * button: `useAccountTool`.
 */
import { useEffect, useId } from 'preact/hooks';
import {
  PLAN_SECTIONS,
  accountPlanId,
  capWarning,
  duplicatePlanForNextYear,
  latestPlan,
  nextPlanYear,
  planCompleteness,
  propositionFor,
} from '../../domain/index.ts';
import type { AccountPlan as Plan } from '../../domain/index.ts';
import { PLAN_TEXTS } from '../../i18n/domain-texts/plan';
import { MATRIX_TEXTS } from '../../i18n/domain-texts/matrices';
import { fill } from '../../i18n/fill';
import { fillCount } from '../../i18n/plural';
import { formatDate, formatPercent } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import {
  $accountTeams,
  $assessments,
  $costToServe,
  $kraljic,
  getKraljic,
  $matrixConfig,
  $valuePropositions,
  costToServeFor,
  deletePlan,
  getAccountTeam,
  getAssessment,
  getClient,
  hasCostData,
  savePlan,
} from '../../state/index';
import { TRY_KEY } from '../shared/AccountPicker';
import { CurrencyNote } from '../shared/CurrencyNote.tsx';
import { AccountToolbar } from '../shared/AccountToolbar';
import { useAccountTool } from '../shared/useAccountTool';
import { usePortfolioView } from '../shared/usePortfolioView.ts';
import { useStored } from '../shared/useStored';
import { applied, keptOnPage } from '../shared/writeProblem';
import { prefilledPlan, risksFromChecklist } from './model';
import { samplePlan } from '../../samples/accountPlanSample';
import { PlanDocument } from './PlanDocument';
import { downloadPlan, printPlan } from './planExport';
import { PlanForm } from './PlanForm';
import { PlanKnown, standingOf } from './PlanKnown';
import { STRINGS } from './strings';
import { usePlanDraft } from './usePlanDraft';
import './AccountPlan.css';

export { AUTOSAVE_MS } from './usePlanDraft';

const byYearDesc = (a: Plan, b: Plan) => b.year - a.year;
/** A team with a named person, else none: the print view fetches its team page only then. */
const staffed = <T extends { members: readonly { name: string }[] }>(team: T) =>
  team.members.some((m) => m.name.trim() !== '') ? team : undefined;

export default function AccountPlan({ locale }: { locale: Locale }) {
  const t = STRINGS[locale];
  const d = { ...MATRIX_TEXTS[locale], ...PLAN_TEXTS[locale] };
  const uid = useId();
  // Revenue in the period chosen with the portfolio (whole file by default), in the data's currency.
  const portfolioView = usePortfolioView(locale);
  const portfolio = portfolioView.periodPortfolio;
  const costs = useStored($costToServe);
  // The account's value proposition (value-proposition tool) goes into the plan's Markdown and print view.
  const propositions = useStored($valuePropositions);
  const buyerViews = useStored($kraljic);
  const teams = useStored($accountTeams);
  const currency = portfolioView.currency;
  const all = useStored($assessments);
  const matrixConfig = useStored($matrixConfig);
  // A pending edit is written before another account opens or the sample loads.
  const tool = useAccountTool({ locale, portfolio, kept: keptOnPage(locale), beforeLeave: () => plan.flush() });
  const plan = usePlanDraft(all, (result) => tool.report(result));
  const { account, name } = tool;
  // The plan's financial section quotes the cost-to-serve tool's figure for this account, when there is one.
  const afterCost = hasCostData(costs, [account])
    ? (costToServeFor(portfolioView.clientsWithSales, costs).clients.find((c) => c.key === account) ?? null)
    : null;
  const { draft } = plan;

  // Another account (or the stored data after hydration): open its latest plan.
  useEffect(() => plan.open(latestPlan(getAssessment(account, $assessments.get()).plans) ?? null), [account]);

  const assessment = getAssessment(account, all);
  const plans = [...assessment.plans].sort(byYearDesc);
  const newYear = nextPlanYear(plans, new Date().getFullYear());
  const { abc, quadrant } = standingOf(portfolio, matrixConfig, assessment, account);

  function openPlan(p: Plan) {
    plan.flush();
    plan.open(p);
  }

  function create(year: number) {
    plan.flush();
    const fresh = prefilledPlan(locale, {
      accountKey: account,
      accountName: name,
      year,
      now: new Date(),
      client: getClient(account, portfolio),
      assessment: getAssessment(account, $assessments.get()),
    });
    if (tool.reportEdit(savePlan(fresh))) plan.open(fresh);
  }

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
        proposition: propositionFor(propositions, current.accountKey),
        team: getAccountTeam(account, $accountTeams.get()),
        buyerView: getKraljic(account, $kraljic.get())?.answers,
      }).then(exported);
  }

  function print() {
    plan.flush();
    exported(printPlan(locale));
  }

  function loadSample() {
    // The sample goes into the demo workspace: a pending edit of the user's plan is saved first
    // (`beforeLeave`), where it belongs.
    void tool.loadSample('plan', (ready) => {
      // Lesson 7's example is Hospital Santa Clara's plan (the largest key account in other portfolios).
      const target = ready.lessonAccount;
      if (!target) return;
      const year = new Date().getFullYear();
      const stored = getAssessment(target.key, $assessments.get());
      const base =
        stored.plans.find((p) => p.id === accountPlanId(target.key, year)) ??
        prefilledPlan(locale, {
          accountKey: target.key,
          accountName: target.name,
          year,
          now: new Date(),
          client: target,
          assessment: stored,
        });
      const sample = samplePlan(t, base);
      const result = savePlan(sample);
      tool.open(target.key);
      plan.open(sample);
      tool.report(result, { text: fillCount(locale, t.sampleLoaded, { account: target.name }) });
    });
  }

  const completeness = draft ? planCompleteness(draft) : null;
  const doneCount = completeness ? PLAN_SECTIONS.length - completeness.missing.length : 0;
  const { saveState, conflict, ConflictNotice } = plan;

  return (
    <section class="account-plan" data-widget="account-plan" aria-labelledby={`${uid}-title`}>
      <CurrencyNote locale={locale} />
      <div class="ap-screen no-print">
        <h3 id={`${uid}-title`} class="ap-title">
          {t.title}
        </h3>
        <p>{t.intro}</p>
        <AccountToolbar locale={locale} tool={tool} onLoadSample={loadSample} />

        {conflict && draft && ConflictNotice && (
          <ConflictNotice
            locale={locale}
            fields={conflict.fields}
            theirs={conflict.theirs}
            onUseTheirs={(text) => {
              plan.takeTheirs();
              tool.say(text);
            }}
            onKeepMine={plan.dismissConflict}
          />
        )}

        <PlanKnown locale={locale} t={t} uid={uid} tryMode={account === TRY_KEY} abc={abc} quadrant={quadrant} assessment={assessment} />

        <section class="ap-plans" aria-labelledby={`${uid}-plans`}>
          <h4 id={`${uid}-plans`}>{fill(t.plansTitle, { account: name })}</h4>
          {plans.length === 0 ? (
            <p>{t.plansEmpty}</p>
          ) : (
            <ul class="ap-plan-list">
              {plans.map((p) => (
                <li key={p.id}>
                  {draft?.id === p.id ? (
                    <strong>
                      {fill(t.planOf, { year: p.year })} {t.opened}
                    </strong>
                  ) : (
                    <button type="button" class="ap-link" onClick={() => openPlan(p)}>
                      {fill(t.planOf, { year: p.year })}
                    </button>
                  )}{' '}
                  <span class="muted">({fill(t.lastChange, { date: formatDate(locale, p.updatedAt) })})</span>
                </li>
              ))}
            </ul>
          )}
          <p>
            <button type="button" class="button" onClick={() => create(newYear)}>
              {fill(t.create, { year: newYear })}
            </button>
          </p>
          <p class="muted">{t.createHint}</p>
        </section>

        {draft && completeness && (
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
        )}
      </div>
      {draft && (
        <PlanDocument
          locale={locale}
          plan={draft}
          currency={currency}
          known={{ abcClass: abc, quadrant: quadrant ? d.quadrants[quadrant].name : null }}
          proposition={propositionFor(propositions, draft.accountKey)}
          team={staffed(getAccountTeam(draft.accountKey, teams))}
          buyerView={getKraljic(draft.accountKey, buyerViews)?.answers}
        />
      )}
    </section>
  );
}
