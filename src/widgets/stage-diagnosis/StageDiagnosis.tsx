/**
 * Stage self-diagnosis (issue 6): the domain's questionnaire, one question at a time or all on one
 * page, for any account of the portfolio or as a quick try. The result (stage, spread, uncoupling
 * risk) is always `diagnoseStage` of the answers; this island only lays it out and explains it.
 *
 * Saving: answers autosave as one diagnosis per account per day (`saveDiagnosis` with the same id
 * replaces the entry); a new day, or "start a new diagnosis", adds a new entry, so the history
 * shows how the relationship moved.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { ChartConfiguration } from 'chart.js';
import {
  LADDER_STAGES,
  SPREAD_WARNING,
  STAGES,
  STAGE_QUESTIONS,
  UNCOUPLING_SIGNALS,
  diagnoseStage,
  isLadderStage,
  byDiagnosisDate,
  latestDiagnosis,
  ladderIndex,
  nextStage,
  stepsToTarget,
} from '../../domain/index';
import type { LadderStage, StageId } from '../../domain/index';
import { ChartFigure } from '../../charts/ChartFigure';
import type { ChartPalette } from '../../charts/colors';
import type { Locale } from '../../i18n/locales';
import { formatDate } from '../../i18n/format';
import { $assessments, $portfolio, changeDiagnosis, deleteDiagnosis, getAssessment, saveDiagnosis } from '../../state/index';
import type { Diagnosis, DiagnosisChange, WriteResult } from '../../state/index';
import { $currentAccount, AccountPicker, TRY_KEY, accountName, defaultAccountKey } from '../shared/AccountPicker';
import { useStored } from '../shared/useStored';
import { Ladder } from './Ladder';
import { $diagnosisMode, sampleDiagnosis } from './model';
import { writeProblem } from '../shared/writeProblem';
import { STRINGS } from './strings';
import { fill } from '../../i18n/fill';
import { fillCount } from '../../i18n/plural';
import { loadSampleAccounts } from '../shared/samples';
import { diagnosisTexts } from './texts';
import './StageDiagnosis.css';

type Draft = { id: string | null; answers: Record<string, string>; signals: string[]; target: LadderStage | null };
const emptyDraft = (): Draft => ({ id: null, answers: {}, signals: [], target: null });

const today = (): string => new Date().toISOString().slice(0, 10);

/** The form's copy of a stored diagnosis. */
function draftOf(d: Diagnosis): Draft {
  return { id: d.id, answers: { ...d.answers }, signals: [...d.signals], target: d.targetStage ?? null };
}

/** Loads the draft for an account: its latest diagnosis, kept editable only if it was made today. */
function draftFrom(latest: Diagnosis | undefined): Draft {
  if (!latest) return emptyDraft();
  return {
    id: latest.date.slice(0, 10) === today() ? latest.id : null,
    answers: { ...latest.answers },
    signals: [...latest.signals],
    target: latest.targetStage ?? null,
  };
}

export default function StageDiagnosis({ locale }: { locale: Locale }) {
  const t = STRINGS[locale];
  const dt = diagnosisTexts(locale);
  const uid = useId();
  const portfolio = useStored($portfolio);
  const all = useStored($assessments);
  const mode = useStore($diagnosisMode, { ssr: () => 'all' as const });
  const [account, setAccount] = useState(TRY_KEY);
  const chosen = useRef(false);
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [step, setStep] = useState(0);
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const [undo, setUndo] = useState<{ diagnosis: Diagnosis; account: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);

  // After hydration: open on the page's current account or the largest key account.
  useEffect(() => {
    if (!chosen.current) setAccount(defaultAccountKey(portfolio));
  }, [portfolio]);

  // A new account (or the stored data arriving after hydration): load its latest diagnosis.
  useEffect(() => {
    const diagnoses = getAssessment(account, $assessments.get()).diagnoses;
    setDraft(draftFrom(latestDiagnosis(diagnoses)));
    setStep(0);
  }, [account]);

  const name = accountName(locale, portfolio, account);
  const diagnoses = getAssessment(account, all).diagnoses;
  const diagnosis = useMemo(() => diagnoseStage({ answers: draft.answers, signals: draft.signals }), [draft.answers, draft.signals]);
  const total = STAGE_QUESTIONS.length;
  const hasInput = diagnosis.answered > 0 || draft.signals.length > 0;

  function report(result: WriteResult) {
    const problem = writeProblem(result, t);
    setMessage(problem === null ? null : { kind: 'error', text: problem });
  }

  /**
   * One edit, saved at once as a change to the stored diagnosis as it is now (answers given in
   * another tab meanwhile are kept); the form then shows what was saved.
   */
  function persist(next: Draft, change: DiagnosisChange) {
    setDraft(next);
    const d = diagnoseStage({ answers: next.answers, signals: next.signals });
    if (d.answered === 0 && next.signals.length === 0 && next.id === null) return;
    const start = { answers: draft.answers, signals: draft.signals, ...(draft.target === null ? {} : { targetStage: draft.target }) };
    const saved = changeDiagnosis(account, next.id, start, change);
    report(saved.result);
    if (saved.diagnosis && (saved.result.ok || saved.result.reason === 'not-saved')) setDraft(draftOf(saved.diagnosis));
  }

  const answer = (questionId: string, optionId: string) =>
    persist({ ...draft, answers: { ...draft.answers, [questionId]: optionId } }, { kind: 'answer', questionId, optionId });
  const toggleSignal = (id: string, on: boolean) =>
    persist(
      { ...draft, signals: on ? [...new Set([...draft.signals, id])] : draft.signals.filter((s) => s !== id) },
      { kind: 'signal', signalId: id, on },
    );
  const chooseTarget = (value: string) => {
    const target = isLadderStage(value) ? value : null;
    persist({ ...draft, target }, { kind: 'target', target });
  };

  // Another tab changed the diagnosis open here: show its answers (every edit here is already saved).
  useEffect(() => {
    if (draft.id === null) return;
    const stored = getAssessment(account, all).diagnoses.find((x) => x.id === draft.id);
    if (!stored) return;
    const fresh = draftOf(stored);
    if (JSON.stringify(fresh) !== JSON.stringify(draft)) setDraft(fresh);
  }, [all]);

  function chooseAccount(key: string) {
    chosen.current = true;
    setMessage(null);
    setUndo(null);
    setAccount(key);
    $currentAccount.set(key);
  }

  function startNew() {
    setDraft(emptyDraft());
    setStep(0);
    setMessage(null);
  }

  function remove(d: Diagnosis) {
    const result = deleteDiagnosis(account, d.id);
    report(result);
    if (result.ok || result.reason === 'not-saved') {
      setUndo({ diagnosis: d, account });
      if (draft.id === d.id) setDraft({ ...draft, id: null });
    }
  }

  function restore() {
    if (!undo) return;
    const { diagnosis: d, account: key } = undo;
    const saved = saveDiagnosis(key, { ...d });
    report(saved.result);
    setUndo(null);
  }

  async function loadSample() {
    setBusy(true);
    setMessage({ kind: 'info', text: t.loadingSample });
    const ready = await loadSampleAccounts(locale, 'stages');
    setBusy(false);
    if (!ready.ok) {
      setMessage({ kind: 'error', text: fill(t.sampleError, { code: ready.code }) });
      return;
    }
    // Lesson 5's example: Hospital Santa Clara, Mid-KAM aiming at Parceria-KAM (the largest key
    // account when the portfolio is not the sample company).
    const target = ready.lessonAccount;
    const key = target?.key ?? TRY_KEY;
    const sample = sampleDiagnosis();
    chosen.current = true;
    setAccount(key);
    $currentAccount.set(key);
    const d = diagnoseStage(sample);
    const saved = saveDiagnosis(key, { answers: sample.answers, signals: sample.signals, stage: d.stage, targetStage: sample.target });
    setDraft({ id: saved.diagnosis.id, answers: { ...sample.answers }, signals: [...sample.signals], target: sample.target });
    const problem = writeProblem(saved.result, t);
    setMessage(
      problem !== null
        ? { kind: 'error', text: problem }
        : { kind: 'info', text: fillCount(locale, t.sampleLoaded, { account: target?.name ?? accountName(locale, $portfolio.get(), key) }) },
    );
  }

  const stageNames = Object.fromEntries(STAGES.map((s) => [s.id, dt.stageName(s.id)])) as Record<StageId, string>;
  const current: StageId | null = diagnosis.answered > 0 || diagnosis.stage === 'uncoupling' ? diagnosis.stage : null;

  const question = (q: (typeof STAGE_QUESTIONS)[number], index: number, headingRef?: typeof stepHeading) => {
    const qText = dt.question(q.id);
    const whyId = `${uid}-why-${q.id}`;
    return (
      <fieldset class="sd-question" key={q.id} aria-describedby={whyId}>
        <legend>
          <span class="sd-qnum">{index + 1}.</span> {qText.text}
        </legend>
        {headingRef && <h4 class="sr-only" ref={headingRef} tabIndex={-1}>{fill(t.questionOf, { n: index + 1, total })}</h4>}
        <p class="sd-why" id={whyId}>
          <strong>{t.whyLabel}</strong> {qText.why}
        </p>
        <div class="sd-options">
          {q.options.map((o) => (
            <label class="sd-option" key={o.id}>
              <input
                type="radio"
                name={`${uid}-${q.id}`}
                value={o.id}
                checked={draft.answers[q.id] === o.id}
                onChange={() => answer(q.id, o.id)}
              />
              <span>{dt.option(q.id, o.id)}</span>
            </label>
          ))}
        </div>
      </fieldset>
    );
  };

  const currentQuestion = STAGE_QUESTIONS[Math.min(step, total - 1)]!;

  return (
    <section class="stage-diagnosis" data-widget="stage-diagnosis" aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`} class="sd-title">{t.title}</h3>
      <p class="sd-intro">{t.intro}</p>
      <div class="sd-toolbar no-print">
        <AccountPicker locale={locale} value={account} onChange={chooseAccount} />
        <button type="button" class="button secondary" data-action="load-sample" onClick={loadSample} disabled={busy}>
          {t.loadSample}
        </button>
      </div>
      <div class="sd-live" role="status" aria-live="polite">
        {message && <p class={message.kind === 'error' ? 'sd-message is-error' : 'sd-message'}>{message.text}</p>}
        {undo && (
          <p class="sd-message">
            {fill(t.historyDeleted, { date: formatDate(locale, undo.diagnosis.date) })}{' '}
            <button type="button" class="button secondary" onClick={restore}>{t.undo}</button>
          </p>
        )}
      </div>

      <div class="sd-form no-print">
        <fieldset class="sd-mode">
          <legend>{t.modeLegend}</legend>
          <label>
            <input type="radio" name={`${uid}-mode`} value="one" checked={mode === 'one'} onChange={() => $diagnosisMode.set('one')} /> {t.modeOne}
          </label>
          <label>
            <input type="radio" name={`${uid}-mode`} value="all" checked={mode === 'all'} onChange={() => $diagnosisMode.set('all')} /> {t.modeAll}
          </label>
        </fieldset>
        {!hasInput && <p class="note">{t.emptyHint}</p>}
        <p class="sd-progress">
          <label for={`${uid}-progress`}>{fillCount(locale, t.answeredCount, { n: diagnosis.answered, total })}</label>{' '}
          <progress id={`${uid}-progress`} max={total} value={diagnosis.answered} />
        </p>
        {mode === 'all' ? (
          STAGE_QUESTIONS.map((q, i) => question(q, i))
        ) : (
          <div class="sd-stepper">
            <p class="sd-step-of" aria-hidden="true">{fill(t.questionOf, { n: Math.min(step, total - 1) + 1, total })}</p>
            {question(currentQuestion, Math.min(step, total - 1), stepHeading)}
            <div class="sd-step-nav">
              <button
                type="button"
                class="button secondary"
                disabled={step === 0}
                onClick={() => {
                  setStep(Math.max(0, step - 1));
                  queueMicrotask(() => stepHeading.current?.focus());
                }}
              >
                {t.previous}
              </button>
              {step < total - 1 ? (
                <button
                  type="button"
                  class="button"
                  onClick={() => {
                    setStep(step + 1);
                    setTimeout(() => stepHeading.current?.focus(), 0);
                  }}
                >
                  {t.next}
                </button>
              ) : (
                <button type="button" class="button" onClick={() => resultHeading.current?.focus()}>
                  {t.showResult}
                </button>
              )}
            </div>
          </div>
        )}
        <fieldset class="sd-signals">
          <legend>{t.signalsLegend}</legend>
          <p class="muted">{t.signalsHint}</p>
          {UNCOUPLING_SIGNALS.map((s) => (
            <label class="sd-option" key={s.id}>
              <input type="checkbox" checked={draft.signals.includes(s.id)} onChange={(e) => toggleSignal(s.id, (e.currentTarget as HTMLInputElement).checked)} />
              <span>
                {dt.signal(s.id)} {s.decisive && <em>{t.decisive}</em>}
              </span>
            </label>
          ))}
        </fieldset>
        {hasInput && (
          <p class="sd-actions">
            <button type="button" class="button secondary" onClick={startNew} aria-describedby={`${uid}-new-hint`}>{t.newDiagnosis}</button>{' '}
            <span class="muted" id={`${uid}-new-hint`}>{t.newDiagnosisHint}</span>
          </p>
        )}
      </div>

      <section class="sd-result" aria-labelledby={`${uid}-result`}>
        <h4 id={`${uid}-result`} ref={resultHeading} tabIndex={-1}>
          {t.resultTitle}: {name}
        </h4>
        {current === null ? (
          <p>{t.resultNone}</p>
        ) : (
          <>
            <p class="sd-verdict" data-stage={diagnosis.stage}>
              <strong>
                {fill(diagnosis.stage === 'uncoupling' ? t.resultUncoupling : t.resultStage, { stage: stageNames[diagnosis.stage] })}
              </strong>{' '}
              {dt.stageSummary(diagnosis.stage)}
            </p>
            {diagnosis.stage === 'uncoupling' && diagnosis.ladderStage !== null && (
              <p>{fill(t.resultLadderBehind, { stage: stageNames[diagnosis.ladderStage] })}</p>
            )}
            {!diagnosis.complete && diagnosis.answered > 0 && <p class="muted">{fillCount(locale, t.resultPartial, { n: diagnosis.answered, total })}</p>}
            {draft.id !== null && <p class="muted sd-saved">{t.savedToday}</p>}
          </>
        )}
        <Ladder
          current={current}
          target={draft.target}
          names={stageNames}
          title={t.ladderTitle}
          desc={fill(t.ladderDesc, {
            current: current === null ? t.none : stageNames[current],
            target: draft.target === null ? t.none : stageNames[draft.target],
          })}
          labels={{ current: t.ladderCurrent, target: t.ladderTarget, off: t.ladderOff }}
          idPrefix={uid}
        />
        {diagnosis.answered > 0 && <Pointed t={t} dt={dt} answers={draft.answers} stageNames={stageNames} />}
        {diagnosis.spread >= SPREAD_WARNING && <Spread t={t} dt={dt} answers={draft.answers} stageNames={stageNames} spread={diagnosis.spread} />}
        <h5>{t.signalsTitle}</h5>
        {draft.signals.length === 0 ? (
          <p>{t.signalsNone}</p>
        ) : (
          <div class={diagnosis.uncouplingRisk === 'high' ? 'sd-risk is-high' : 'sd-risk'}>
            <p>
              <strong>{diagnosis.uncouplingRisk === 'high' ? t.riskHigh : fillCount(locale, t.riskWatch, { count: draft.signals.length })}</strong>
            </p>
            <ul>
              {UNCOUPLING_SIGNALS.filter((s) => draft.signals.includes(s.id)).map((s) => (
                <li key={s.id}>{dt.signal(s.id)}</li>
              ))}
            </ul>
          </div>
        )}
        <div class="sd-target">
          <label for={`${uid}-target`}>{t.targetLabel}</label>
          <select id={`${uid}-target`} class="no-print" value={draft.target ?? ''} onChange={(e) => chooseTarget((e.currentTarget as HTMLSelectElement).value)} aria-describedby={`${uid}-target-hint`}>
            <option value="">{t.none}</option>
            {LADDER_STAGES.map((s) => (
              <option key={s} value={s}>{stageNames[s]}</option>
            ))}
          </select>
          <span class="print-only">{draft.target === null ? t.none : stageNames[draft.target]}</span>
          <p class="muted" id={`${uid}-target-hint`}>{t.targetHint}</p>
          {draft.target !== null && current !== null && <TargetSteps t={t} dt={dt} current={diagnosis} target={draft.target} stageNames={stageNames} />}
        </div>
        {current !== null && (
          <>
            <h5>{t.moveUpTitle}</h5>
            <MoveUp t={t} dt={dt} stage={diagnosis.stage} stageNames={stageNames} />
          </>
        )}
      </section>

      <History
        locale={locale}
        t={t}
        name={name}
        diagnoses={diagnoses}
        editingId={draft.id}
        stageNames={stageNames}
        onDelete={remove}
      />
    </section>
  );
}

type T = (typeof STRINGS)[Locale];
type DT = ReturnType<typeof diagnosisTexts>;

function Pointed({ t, dt, answers, stageNames }: { t: T; dt: DT; answers: Record<string, string>; stageNames: Record<StageId, string> }) {
  return (
    <>
      <h5>{t.pointedTitle}</h5>
      <div class="table-scroll">
        <table class="sd-pointed">
          <thead>
            <tr>
              <th scope="col">{t.pointedQuestion}</th>
              <th scope="col">{t.pointedAnswer}</th>
              <th scope="col">{t.pointedStage}</th>
            </tr>
          </thead>
          <tbody>
            {STAGE_QUESTIONS.map((q) => {
              const option = q.options.find((o) => o.id === answers[q.id]);
              return (
                <tr key={q.id}>
                  <th scope="row">{dt.question(q.id).short}</th>
                  <td>{option ? dt.option(q.id, option.id) : <span class="muted">{t.notAnswered}</span>}</td>
                  <td>{option ? stageNames[option.stage] : t.none}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The answers at the two ends of the spread, named, so the warning says where the gap is. */
function Spread({ t, dt, answers, stageNames, spread }: { t: T; dt: DT; answers: Record<string, string>; stageNames: Record<StageId, string>; spread: number }) {
  const answered = STAGE_QUESTIONS.flatMap((q) => {
    const o = q.options.find((x) => x.id === answers[q.id]);
    return o ? [{ q: q.id, level: ladderIndex(o.stage), stage: o.stage }] : [];
  });
  const low = Math.min(...answered.map((a) => a.level));
  const high = Math.max(...answered.map((a) => a.level));
  const names = (level: number) => answered.filter((a) => a.level === level).map((a) => dt.question(a.q).short).join(', ');
  return (
    <div class="sd-spread" role="note">
      <h5>{t.spreadTitle}</h5>
      <p>
        {fill(t.spreadText, {
          steps: spread,
          low: stageNames[LADDER_STAGES[low]!],
          lowQuestions: names(low),
          high: stageNames[LADDER_STAGES[high]!],
          highQuestions: names(high),
        })}
      </p>
    </div>
  );
}

function TargetSteps({ t, dt, current, target, stageNames }: { t: T; dt: DT; current: ReturnType<typeof diagnoseStage>; target: LadderStage; stageNames: Record<StageId, string> }) {
  const from = current.stage === 'uncoupling' ? null : current.ladderStage;
  const steps = from === null ? LADDER_STAGES.slice(1, ladderIndex(target) + 1) : stepsToTarget(from, target);
  if (steps.length === 0) return <p>{t.targetReached}</p>;
  void dt;
  return <p>{fill(t.targetSteps, { target: stageNames[target], steps: steps.map((s) => stageNames[s]).join(' → ') })}</p>;
}

function MoveUp({ t, dt, stage, stageNames }: { t: T; dt: DT; stage: StageId; stageNames: Record<StageId, string> }) {
  const next = nextStage(stage);
  if (next === null) return <p>{t.moveUpTop}</p>;
  return (
    <div class="sd-moveup">
      <p>
        <strong>{fill(t.moveUpTo, { from: stageNames[stage], to: stageNames[next] })}</strong>
      </p>
      <p>{dt.moveUp(stage)}</p>
    </div>
  );
}

function History({
  locale,
  t,
  name,
  diagnoses,
  editingId,
  stageNames,
  onDelete,
}: {
  locale: Locale;
  t: T;
  name: string;
  diagnoses: readonly Diagnosis[];
  editingId: string | null;
  stageNames: Record<StageId, string>;
  onDelete: (d: Diagnosis) => void;
}) {
  const sorted = byDiagnosisDate(diagnoses);
  // Uncoupling is plotted below the ladder (0), the rungs as 1..5, matching the picture.
  const level = (s: StageId): number => (s === 'uncoupling' ? 0 : ladderIndex(s) + 1);
  const labels = sorted.map((d) => formatDate(locale, d.date, 'short'));
  const points = sorted.map((d, i) => `${labels[i]} ${stageNames[d.stage]}`).join('; ');
  const config = (p: ChartPalette): ChartConfiguration => ({
    type: 'line',
    data: {
      labels,
      datasets: [
        {
          label: t.chartStageAxis,
          data: sorted.map((d) => level(d.stage)),
          borderColor: p.accent,
          backgroundColor: p.accent,
          pointRadius: 5,
          stepped: false,
        },
      ],
    },
    options: {
      plugins: { legend: { display: false }, tooltip: { callbacks: { label: (ctx) => stageNames[sorted[ctx.dataIndex]!.stage] } } },
      scales: {
        x: { ticks: { color: p.muted }, grid: { color: p.grid } },
        y: {
          min: 0,
          max: 5,
          ticks: {
            stepSize: 1,
            color: p.muted,
            callback: (v) => {
              const n = Number(v);
              return n === 0 ? stageNames.uncoupling : stageNames[LADDER_STAGES[n - 1] ?? 'pre'];
            },
          },
          grid: { color: p.grid },
        },
      },
    },
  });
  return (
    <section class="sd-history" aria-label={t.historyTitle}>
      <h4>{t.historyTitle}</h4>
      {sorted.length === 0 ? (
        <p>{t.historyEmpty}</p>
      ) : (
        <>
          <ul class="sd-history-list">
            {[...sorted].reverse().map((d) => (
              <li key={d.id}>
                <span>
                  <time dateTime={d.date}>{formatDate(locale, d.date)}</time>: <strong>{stageNames[d.stage]}</strong>
                  {d.targetStage && (
                    <>
                      {' '}
                      ({t.historyTarget}: {stageNames[d.targetStage]})
                    </>
                  )}
                  {d.id === editingId && <span class="muted"> {t.historyCurrent}</span>}
                </span>{' '}
                <button type="button" class="button secondary sd-delete no-print" onClick={() => onDelete(d)}>
                  <span aria-hidden="true">✕</span>
                  <span class="sr-only">{fill(t.historyDelete, { date: formatDate(locale, d.date) })}</span>
                </button>
              </li>
            ))}
          </ul>
          <ChartFigure
            locale={locale}
            config={config}
            summary={
              sorted.length === 1
                ? fill(t.chartSummaryOne, { account: name, stage: stageNames[sorted[0]!.stage], date: labels[0]! })
                : fill(t.chartSummary, { account: name, points })
            }
            table={{
              caption: fill(t.chartCaption, { account: name }),
              headers: [t.historyDate, t.historyStage, t.historyTarget],
              rows: sorted.map((d, i) => [labels[i]!, stageNames[d.stage], d.targetStage ? stageNames[d.targetStage] : t.none]),
            }}
            dataKey={sorted.map((d) => `${d.id}:${d.stage}`).join('|')}
            height="short"
          />
        </>
      )}
    </section>
  );
}
