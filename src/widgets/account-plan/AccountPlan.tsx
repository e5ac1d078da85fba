/**
 * Account plan builder (issue 6). One plan per account and year (`accountPlanId`), edited as a
 * local working copy and autosaved (debounced) through `savePlan`; listed per account with the last
 * change; duplicated for next year and deleted with undo through the domain/state functions.
 * Completeness, contact pattern, duplication and the Markdown text are the domain's. Printing shows
 * `PlanDocument` (read-only, A4) instead of the form; Markdown and JSON are downloaded as files.
 */
import type { ComponentType } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { PLAN_SECTIONS, accountPlanId, assessUncoupling, duplicatePlanForNextYear, latestDiagnosis, latestPlan, planCompleteness, planToMarkdown, plansEqual, takePlanFields } from '../../domain/index';
import type { AccountPlan as Plan, PlanMergeField } from '../../domain/index';
import { STAGE_TEXTS } from '../../i18n/domain-texts/stages';
import { UNCOUPLING_TEXTS } from '../../i18n/domain-texts/uncoupling';
import { MATRIX_TEXTS } from '../../i18n/domain-texts/matrices';
import { PLAN_TEXTS } from '../../i18n/domain-texts/plan';
import { formatDate, formatPercent } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { $assessments, $matrixConfig, deletePlan, getAssessment, getClient, savePlan, savePlanEdit } from '../../state/index';
import type { PlanSave, WriteResult } from '../../state/index';
import { $currentAccount, AccountPicker, TRY_KEY, accountName, defaultAccountKey } from '../shared/AccountPicker';
import { downloadTextFile } from '../shared/download';
import { useStored } from '../shared/useStored';
import { usePortfolioView } from '../shared/usePortfolioView.ts';
import { writeProblem } from '../shared/writeProblem';
import { fill } from '../../i18n/fill';
import { fillCount } from '../../i18n/plural';
import { loadSampleAccounts } from '../shared/samples';
import { abcClassOf, markdownLabels, planFileName, prefilledPlan, quadrantOf, risksFromChecklist, samplePlan } from './model';
import type { PlanConflictProps } from './PlanConflict';
import { PlanDocument } from './PlanDocument';
import { PlanForm } from './PlanForm';
import { STRINGS } from './strings';
import './AccountPlan.css';
import { CurrencyNote } from '../shared/CurrencyNote.tsx';
import { lazyImport } from '../../scripts/lazyImport.ts';

/** How long typing must pause before the plan is written to storage. */
export const AUTOSAVE_MS = 600;

const byYearDesc = (a: Plan, b: Plan) => b.year - a.year;

export default function AccountPlan({ locale }: { locale: Locale }) {
  const t = STRINGS[locale];
  const d = { ...STAGE_TEXTS[locale], ...UNCOUPLING_TEXTS[locale], ...MATRIX_TEXTS[locale], ...PLAN_TEXTS[locale] };
  const uid = useId();
  // Revenue in the period chosen with the portfolio (whole file by default), in the data's currency.
  const portfolioView = usePortfolioView(locale);
  const portfolio = portfolioView.periodPortfolio;
  const all = useStored($assessments);
  const matrixConfig = useStored($matrixConfig);
  const currency = portfolioView.currency;
  const [account, setAccount] = useState(TRY_KEY);
  const chosen = useRef(false);
  const [draft, setDraftState] = useState<Plan | null>(null);
  const draftRef = useRef<Plan | null>(null);
  /** The stored plan the draft started from: what a concurrent change is merged against. */
  const baseRef = useRef<Plan | null>(null);
  /** Fields this tab and another changed at the same time (this tab's text kept), with the other version. */
  const [conflict, setConflict] = useState<{ fields: PlanMergeField[]; theirs: Plan } | null>(null);
  const [ConflictNotice, setConflictNotice] = useState<ComponentType<PlanConflictProps> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [saveState, setSaveState] = useState<{ kind: 'idle' | 'saving' | 'saved'; at?: string }>({ kind: 'idle' });
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const [undo, setUndo] = useState<Plan | null>(null);
  const [busy, setBusy] = useState(false);

  /** Opens `p` as stored (it is also the new merge base). */
  const setDraft = (p: Plan | null) => {
    baseRef.current = p;
    setEdited(p);
    setConflict(null);
  };
  /** The working copy changes; the base stays what storage held. */
  const setEdited = (p: Plan | null) => {
    draftRef.current = p;
    setDraftState(p);
  };

  function report(result: WriteResult): boolean {
    const problem = writeProblem(result, t);
    if (problem !== null) setMessage({ kind: 'error', text: problem });
    return result.ok || result.reason === 'not-saved';
  }

  /** Writes the pending draft now (before switching plans, exporting, leaving the page). */
  function flush() {
    if (timer.current === null) return;
    clearTimeout(timer.current);
    timer.current = null;
    saveDraft();
  }

  /**
   * Saves the working copy, merged field by field with what another tab may have saved meanwhile
   * (state `savePlanEdit`): their other changes come into the form; where both changed the same
   * field this tab's text is kept and the notice offers theirs.
   */
  function saveDraft() {
    const p = draftRef.current;
    if (!p) return;
    const out: PlanSave = savePlanEdit(baseRef.current ?? p, p);
    const ok = report(out.result);
    if (ok) {
      baseRef.current = out.saved;
      if (!plansEqual(out.saved, p)) setEdited(out.saved);
      if (out.conflicts.length > 0 && out.theirs) setConflict({ fields: out.conflicts, theirs: out.theirs });
    }
    setSaveState(ok ? { kind: 'saved', at: new Date().toISOString() } : { kind: 'idle' });
  }

  function change(edited: Plan) {
    const next = { ...edited, updatedAt: new Date().toISOString() };
    setEdited(next);
    setSaveState({ kind: 'saving' });
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      saveDraft();
    }, AUTOSAVE_MS);
  }

  function useTheirs(text: string) {
    const current = draftRef.current;
    if (!conflict || !current) return;
    change(takePlanFields(current, conflict.theirs, conflict.fields));
    setMessage({ kind: 'info', text });
    setConflict(null);
  }

  // The conflict notice (and its words) load the first time there is one.
  useEffect(() => {
    if (!conflict || ConflictNotice) return;
    // If the code cannot be fetched (offline before caching), the plan is still saved; the notice is only missing.
    lazyImport(() => import('./PlanConflict'))
      .then((module) => setConflictNotice(() => module.default))
      .catch(() => undefined);
  }, [conflict, ConflictNotice]);

  // Another tab saved this plan and nothing is being typed here: show theirs. (While typing, the
  // next save merges the two.)
  useEffect(() => {
    const open = draftRef.current;
    if (!open || timer.current !== null) return;
    const stored = getAssessment(open.accountKey, all).plans.find((p) => p.id === open.id);
    if (stored && baseRef.current && !plansEqual(stored, baseRef.current)) {
      baseRef.current = stored;
      setEdited(stored);
    }
  }, [all]);

  useEffect(() => {
    const onHide = () => flush();
    addEventListener('pagehide', onHide);
    return () => {
      removeEventListener('pagehide', onHide);
      flush();
    };
  }, []);

  useEffect(() => {
    if (!chosen.current) setAccount(defaultAccountKey(portfolio));
  }, [portfolio]);

  // Another account (or the stored data after hydration): open its latest plan.
  useEffect(() => {
    setDraft(latestPlan(getAssessment(account, $assessments.get()).plans) ?? null);
    setSaveState({ kind: 'idle' });
  }, [account]);

  const name = accountName(locale, portfolio, account);
  const assessment = getAssessment(account, all);
  const plans = [...assessment.plans].sort(byYearDesc);
  const thisYear = new Date().getFullYear();
  const newYear = plans.some((p) => p.year === thisYear) ? Math.max(...plans.map((p) => p.year)) + 1 : thisYear;
  const abc = account === TRY_KEY ? null : abcClassOf(portfolio, account);
  const quadrant = account === TRY_KEY ? null : quadrantOf(matrixConfig, assessment, account);
  const latest = latestDiagnosis(assessment.diagnoses);
  const risk = assessment.uncoupling ? assessUncoupling(assessment.uncoupling.checked) : null;

  function choose(key: string) {
    flush();
    chosen.current = true;
    setMessage(null);
    setUndo(null);
    setAccount(key);
    $currentAccount.set(key);
  }

  function openPlan(p: Plan) {
    flush();
    setDraft(p);
    setSaveState({ kind: 'idle' });
  }

  function create(year: number) {
    flush();
    const plan = prefilledPlan(locale, {
      accountKey: account,
      accountName: name,
      year,
      now: new Date(),
      client: getClient(account, portfolio),
      assessment: getAssessment(account, $assessments.get()),
    });
    if (report(savePlan(plan))) {
      setDraft(plan);
      setMessage(null);
    }
  }

  function duplicate() {
    flush();
    const current = draftRef.current;
    if (!current) return;
    const copy = duplicatePlanForNextYear(current, new Date());
    const existing = getAssessment(account, $assessments.get()).plans.find((p) => p.id === copy.id);
    if (existing) {
      setDraft(existing);
      setMessage({ kind: 'info', text: fill(t.duplicateExists, { year: copy.year }) });
      return;
    }
    if (report(savePlan(copy, { keepUpdatedAt: true }))) {
      setDraft(copy);
      setMessage({ kind: 'info', text: fill(t.duplicated, { year: copy.year, from: current.year }) });
    }
  }

  function remove() {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const current = draftRef.current;
    if (!current) return;
    if (report(deletePlan(current.accountKey, current.id))) {
      setUndo(current);
      const rest = getAssessment(account, $assessments.get()).plans.filter((p) => p.id !== current.id).sort(byYearDesc);
      setDraft(rest[0] ?? null);
      setMessage({ kind: 'info', text: fillCount(locale, t.deleted, { year: current.year, account: current.accountName }) });
    }
  }

  function restore() {
    if (!undo) return;
    if (report(savePlan(undo, { keepUpdatedAt: true }))) {
      if (undo.accountKey === account) setDraft(undo);
      setUndo(null);
      setMessage(null);
    }
  }

  function addRisksFromChecklist() {
    const current = draftRef.current;
    if (!current) return;
    const added = risksFromChecklist(locale, getAssessment(account, $assessments.get()).uncoupling?.checked ?? [], current.risks);
    if (added.length === 0) {
      setMessage({ kind: 'info', text: t.risksNoneToAdd });
      return;
    }
    change({ ...current, risks: [...current.risks, ...added] });
    setMessage({ kind: 'info', text: fillCount(locale, t.risksAdded, { count: added.length }) });
  }

  /** Every export says when it fails (a plan restored from an odd file must not fail silently). */
  function exportFailed(error: unknown) {
    const detail = error instanceof Error && error.message ? error.message : t.downloadFailed;
    setMessage({ kind: 'error', text: fill(t.exportFailed, { detail }) });
  }

  function download(kind: 'md' | 'json') {
    flush();
    const plan = draftRef.current;
    if (!plan) return;
    try {
      const ok =
        kind === 'md'
          ? downloadTextFile({ fileName: planFileName(plan, 'md'), text: planToMarkdown(plan, { ...markdownLabels(locale), currency }), mimeType: 'text/markdown' })
          : downloadTextFile({ fileName: planFileName(plan, 'json'), text: `${JSON.stringify(plan, null, 2)}\n`, mimeType: 'application/json' });
      if (!ok) setMessage({ kind: 'error', text: t.downloadFailed });
    } catch (error) {
      exportFailed(error);
    }
  }

  function print() {
    flush();
    const root = document.documentElement;
    const done = () => {
      root.classList.remove('printing-plan');
      removeEventListener('afterprint', done);
    };
    try {
      root.classList.add('printing-plan');
      addEventListener('afterprint', done);
      window.print();
    } catch (error) {
      done();
      exportFailed(error);
    }
  }

  async function loadSample() {
    // The sample goes into the demo workspace: save a pending edit of the user's plan first, where it belongs.
    flush();
    setBusy(true);
    setMessage({ kind: 'info', text: t.loadingSample });
    const ready = await loadSampleAccounts(locale, 'plan');
    setBusy(false);
    if (!ready.ok) {
      setMessage({ kind: 'error', text: fill(t.sampleError, { code: ready.code }) });
      return;
    }
    // Lesson 7's example is Hospital Santa Clara's plan (the largest key account in other portfolios).
    const target = ready.lessonAccount;
    if (!target) return;
    chosen.current = true;
    const year = new Date().getFullYear();
    const existing = getAssessment(target.key, $assessments.get()).plans.find((p) => p.id === accountPlanId(target.key, year));
    const base =
      existing ??
      prefilledPlan(locale, { accountKey: target.key, accountName: target.name, year, now: new Date(), client: target, assessment: getAssessment(target.key, $assessments.get()) });
    const plan = samplePlan(locale, base);
    report(savePlan(plan));
    setAccount(target.key);
    $currentAccount.set(target.key);
    setDraft(plan);
    setMessage({ kind: 'info', text: fillCount(locale, t.sampleLoaded, { account: target.name }) });
  }

  const completeness = draft ? planCompleteness(draft) : null;
  const doneCount = completeness ? PLAN_SECTIONS.length - completeness.missing.length : 0;

  return (
    <section class="account-plan" data-widget="account-plan" aria-labelledby={`${uid}-title`}>
      <CurrencyNote locale={locale} />
      <div class="ap-screen">
        <h3 id={`${uid}-title`} class="ap-title">{t.title}</h3>
        <p>{t.intro}</p>
        <div class="ap-toolbar">
          <AccountPicker locale={locale} value={account} onChange={choose} />
          <button type="button" class="button secondary" data-action="load-sample" onClick={loadSample} disabled={busy}>
            {t.loadSample}
          </button>
        </div>
        <div role="status" aria-live="polite" class="ap-live">
          {message && (
            <p class={message.kind === 'error' ? 'ap-message is-error' : 'ap-message'}>
              {message.text}{' '}
              {undo && <button type="button" class="button secondary" onClick={restore}>{t.undo}</button>}
            </p>
          )}
        </div>

        {conflict && draft && ConflictNotice && (
          <ConflictNotice locale={locale} fields={conflict.fields} theirs={conflict.theirs} onUseTheirs={useTheirs} onKeepMine={() => setConflict(null)} />
        )}

        <section class="ap-known" aria-labelledby={`${uid}-known`}>
          <h4 id={`${uid}-known`}>{t.known}</h4>
          {account === TRY_KEY ? (
            <p class="muted">{t.knownTry}</p>
          ) : (
            <dl class="ap-known-list">
              <div><dt>{t.knownClass}</dt><dd>{abc ?? t.knownNone}</dd></div>
              <div><dt>{t.knownQuadrant}</dt><dd>{quadrant ? d.quadrants[quadrant].name : t.knownNone}</dd></div>
              <div><dt>{t.knownStage}</dt><dd>{latest ? `${d.stages[latest.stage].name} (${formatDate(locale, latest.date)})` : t.knownNone}</dd></div>
              <div><dt>{t.knownRisk}</dt><dd>{risk ? d.uncouplingLevels[risk.level] : t.knownNone}</dd></div>
            </dl>
          )}
        </section>

        <section class="ap-plans" aria-labelledby={`${uid}-plans`}>
          <h4 id={`${uid}-plans`}>{fill(t.plansTitle, { account: name })}</h4>
          {plans.length === 0 ? (
            <p>{t.plansEmpty}</p>
          ) : (
            <ul class="ap-plan-list">
              {plans.map((p) => (
                <li key={p.id}>
                  {draft?.id === p.id ? (
                    <strong>{fill(t.planOf, { year: p.year })} {t.opened}</strong>
                  ) : (
                    <button type="button" class="ap-link" onClick={() => openPlan(p)}>{fill(t.planOf, { year: p.year })}</button>
                  )}{' '}
                  <span class="muted">({fill(t.lastChange, { date: formatDate(locale, p.updatedAt) })})</span>
                </li>
              ))}
            </ul>
          )}
          <p>
            <button type="button" class="button" onClick={() => create(newYear)}>{fill(t.create, { year: newYear })}</button>
          </p>
          <p class="muted">{t.createHint}</p>
        </section>

        {draft && completeness && (
          <>
            <div class="ap-status">
              <p class="ap-meter">
                <label for={`${uid}-meter`}>{t.completeness}</label>{' '}
                <meter id={`${uid}-meter`} min={0} max={1} low={0.5} high={0.9} optimum={1} value={completeness.score} />{' '}
                <span>{fill(t.completenessText, { done: doneCount, total: PLAN_SECTIONS.length, pct: formatPercent(locale, completeness.score) })}</span>
              </p>
              <p data-testid="plan-missing">
                {completeness.missing.length === 0 ? t.complete : fill(t.missing, { list: completeness.missing.map((s) => d.planSections[s].name).join(', ') })}
              </p>
              <p class="muted ap-saved" aria-live="polite">
                {saveState.kind === 'saving' ? t.saving : saveState.kind === 'saved' && saveState.at ? fill(t.autosaved, { time: new Date(saveState.at).toLocaleTimeString(locale === 'pt-br' ? 'pt-BR' : 'en') }) : ''}
              </p>
              <div class="ap-buttons">
                <button type="button" class="button" onClick={print}>{t.print}</button>
                <button type="button" class="button secondary" onClick={() => download('md')}>{t.exportMd}</button>
                <button type="button" class="button secondary" onClick={() => download('json')}>{t.exportJson}</button>
                <button type="button" class="button secondary" onClick={duplicate}>{fill(t.duplicate, { year: draft.year + 1 })}</button>
                <button type="button" class="button danger" onClick={remove}>{t.deletePlan}</button>
              </div>
            </div>
            <PlanForm locale={locale} plan={draft} currency={currency} onChange={change} onRisksFromChecklist={addRisksFromChecklist} />
          </>
        )}
      </div>
      {draft && <PlanDocument locale={locale} plan={draft} currency={currency} known={{ abcClass: abc, quadrant: quadrant ? d.quadrants[quadrant].name : null }} />}
    </section>
  );
}
