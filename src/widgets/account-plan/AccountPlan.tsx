/**
 * Account plan builder. One plan per account and year (`accountPlanId`), edited as a local working
 * copy and autosaved (`usePlanDraft`); listed per account with the last change; duplicated for next
 * year and deleted with undo. Completeness, contact pattern, duplication, pre-filling and the
 * Markdown text are the domain's. The open plan's status, buttons and form, and the read-only A4
 * document that printing shows instead of the form, are `PlanEditor` (fetched once a plan is open).
 * Account choice, status, undo and the sample button: `useAccountTool`.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import type { ComponentProps } from 'preact';
import { latestPlan, nextPlanYear } from '../../domain/index.ts';
import type { AccountPlan as Plan } from '../../domain/index.ts';
import { fill } from '../../i18n/fill';
import { fillCount } from '../../i18n/plural';
import { formatDate } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { lazyImport } from '../../scripts/lazyImport.ts';
import { $assessments, $portfolio, getAssessment, savePlan } from '../../state/index';
import { TRY_KEY } from '../shared/AccountPicker';
import { CurrencyNote } from '../shared/CurrencyNote.tsx';
import { AccountToolbar } from '../shared/AccountToolbar';
import { useAccountTool } from '../shared/useAccountTool';
import { lazyComponent, lazyLoader } from '../shared/useLazyComponent';
import { useDataCurrency } from '../shared/useDataCurrency.ts';
import { useStored } from '../shared/useStored';
import { keptOnPage } from '../shared/writeProblem';
import type { PlanEditor as Editor, PlanPrint as Print } from './PlanEditor';
import { PlanKnown } from './PlanKnown';
import { STRINGS } from './strings';
import { loadDraftSaving, usePlanDraft } from './usePlanDraft';
import './AccountPlan.css';

export { AUTOSAVE_MS } from './usePlanDraft';

const byYearDesc = (a: Plan, b: Plan) => b.year - a.year;

// The open plan (status, buttons, form and printed document) is fetched once a plan is open: after
// "Create", after the sample, or right after hydration for an account that has a plan. Until then
// the page has only the list of plans; while the editor loads, a line says so in its place.
type EditorProps = ComponentProps<typeof Editor>;
// It waits for the saving code too (usePlanDraft), so nothing can be typed before it can be saved.
const editorLoader = lazyLoader<EditorProps>(() => import('./PlanEditor').then((m) => loadDraftSaving().then(() => m.PlanEditor)));
const LazyEditor = lazyComponent(editorLoader, (failed, { locale }) =>
  failed ? (
    <p class="ap-warn" role="alert">
      {STRINGS[locale].partFailed}
    </p>
  ) : (
    <p class="muted">{STRINGS[locale].opening}</p>
  ),
);
// The printed document comes with the editor (same module): Ctrl+P prints it as soon as the plan shows.
type PrintProps = ComponentProps<typeof Print>;
const LazyPrint = lazyComponent(lazyLoader<PrintProps>(() => import('./PlanEditor').then((m) => m.PlanPrint)));

export default function AccountPlan({ locale }: { locale: Locale }) {
  const t = STRINGS[locale];
  const uid = useId();
  // The stored portfolio chooses the account, as in every tool. Revenue in the chosen period (whole
  // file by default) matters only to what shows a figure: the class, the editor and the printed plan,
  // all fetched later, so the period maths is not part of the first download. The pre-filling reads
  // calendar years (model.ts `planFigures`).
  const portfolio = useStored($portfolio);
  const { currency } = useDataCurrency(locale);
  const all = useStored($assessments);
  // A pending edit is written before another account opens or the sample loads.
  const tool = useAccountTool({ locale, portfolio, kept: keptOnPage(locale), beforeLeave: () => plan.flush() });
  const plan = usePlanDraft(all, (result) => tool.report(result));
  const { account, name } = tool;
  const { draft } = plan;
  // "Create" fetches the pre-filling (and the editor) first: the button is busy meanwhile.
  const [creating, setCreating] = useState(false);

  // Another account (or the stored data after hydration): open its latest plan.
  useEffect(() => plan.open(latestPlan(getAssessment(account, $assessments.get()).plans) ?? null), [account]);

  const assessment = getAssessment(account, all);
  const plans = [...assessment.plans].sort(byYearDesc);
  const newYear = nextPlanYear(plans, new Date().getFullYear());

  function openPlan(p: Plan) {
    plan.flush();
    plan.open(p);
  }

  function create(year: number) {
    plan.flush();
    setCreating(true);
    // The editor is fetched alongside, so the new plan's form follows at once.
    void Promise.all([lazyImport(() => import('./model')), lazyImport(editorLoader.load)]).then(
      ([{ prefilledPlan, planFigures }]) => {
        setCreating(false);
        const fresh = prefilledPlan(locale, {
          accountKey: account,
          accountName: name,
          year,
          now: new Date(),
          ...planFigures(portfolio, account, year),
          assessment: getAssessment(account, $assessments.get()),
        });
        if (tool.reportEdit(savePlan(fresh))) plan.open(fresh);
      },
      () => {
        setCreating(false);
        tool.say(t.partFailed, 'error');
      },
    );
  }

  function loadSample() {
    // The sample plan's code and words are fetched while the sample accounts load.
    const sample = lazyImport(() => import('./planSample'));
    sample.catch(() => undefined);
    // The sample goes into the demo workspace: a pending edit of the user's plan is saved first
    // (`beforeLeave`), where it belongs.
    void tool.loadSample('plan', (ready) => {
      // Lesson 7's example is Hospital Santa Clara's plan (the largest key account in other portfolios).
      const target = ready.lessonAccount;
      if (!target) return;
      sample.then(
        ({ samplePlanFor }) => {
          const filled = samplePlanFor(locale, target, getAssessment(target.key, $assessments.get()), new Date().getFullYear());
          const result = savePlan(filled);
          tool.open(target.key);
          plan.open(filled);
          tool.report(result, { text: fillCount(locale, t.sampleLoaded, { account: target.name }) });
        },
        () => tool.say(t.partFailed, 'error'),
      );
    });
  }

  const { conflict, ConflictNotice } = plan;

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

        <PlanKnown
          locale={locale}
          t={t}
          uid={uid}
          tryMode={account === TRY_KEY}
          portfolio={portfolio}
          account={account}
          assessment={assessment}
        />

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
            <button type="button" class="button" onClick={() => create(newYear)} disabled={creating} aria-busy={creating}>
              {fill(t.create, { year: newYear })}
            </button>
          </p>
          <p class="muted">{t.createHint}</p>
        </section>

        {draft && <LazyEditor locale={locale} uid={uid} tool={tool} plan={plan} draft={draft} currency={currency} />}
      </div>
      {draft && <LazyPrint locale={locale} draft={draft} currency={currency} portfolio={portfolio} />}
    </section>
  );
}
