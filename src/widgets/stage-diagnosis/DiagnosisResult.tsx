/**
 * The result of the questionnaire in words and on the ladder: the stage, the answers behind it, the
 * spread warning, the warning signals, the target stage and what moving one step up takes.
 */
import type { Ref } from 'preact';
import { useId } from 'preact/hooks';
import {
  LADDER_STAGES,
  SPREAD_WARNING,
  STAGE_QUESTIONS,
  UNCOUPLING_SIGNALS,
  nextStage,
  spreadEnds,
  stepsToward,
} from '../../domain/index.ts';
import type { LadderStage, StageDiagnosis, StageId, StageQuestionId } from '../../domain/index.ts';
import type { Locale } from '../../i18n/locales';
import { fill } from '../../i18n/fill';
import { fillCount } from '../../i18n/plural';
import { localePath } from '../../i18n/paths';
import { Ladder } from './Ladder';
import type { Draft } from './draft';
import type { STRINGS } from './strings';
import type { diagnosisTexts } from './texts';

type T = (typeof STRINGS)[Locale];
type DT = ReturnType<typeof diagnosisTexts>;
type Names = Record<StageId, string>;

interface Props {
  locale: Locale;
  t: T;
  dt: DT;
  name: string;
  draft: Draft;
  diagnosis: StageDiagnosis;
  stageNames: Names;
  onTarget: (value: string) => void;
  /** The result heading: "show the result" moves focus there. */
  headingRef: Ref<HTMLHeadingElement>;
  /** The buyer's view caps the relationship below the target (domain: `capWarning`); null when it does not. */
  buyerCap?: LadderStage | null;
}

export function DiagnosisResult({ locale, t, dt, name, draft, diagnosis, stageNames, onTarget, headingRef, buyerCap = null }: Props) {
  const uid = useId();
  const total = STAGE_QUESTIONS.length;
  const current: StageId | null = diagnosis.answered > 0 || diagnosis.stage === 'uncoupling' ? diagnosis.stage : null;
  return (
    <section class="result-box sd-result" aria-labelledby={`${uid}-result`}>
      <h4 id={`${uid}-result`} ref={headingRef} tabIndex={-1}>
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
          {!diagnosis.complete && diagnosis.answered > 0 && (
            <p class="muted">{fillCount(locale, t.resultPartial, { n: diagnosis.answered, total })}</p>
          )}
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
      {diagnosis.spread >= SPREAD_WARNING && (
        <Spread t={t} dt={dt} answers={draft.answers} stageNames={stageNames} spread={diagnosis.spread} />
      )}
      <h5>{t.signalsTitle}</h5>
      {draft.signals.length === 0 ? (
        <p>{t.signalsNone}</p>
      ) : (
        <div class={diagnosis.uncouplingRisk === 'high' ? 'sd-risk is-high' : 'sd-risk'}>
          <p>
            <strong>
              {diagnosis.uncouplingRisk === 'high' ? t.riskHigh : fillCount(locale, t.riskWatch, { count: draft.signals.length })}
            </strong>
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
        <select
          id={`${uid}-target`}
          class="no-print"
          value={draft.target ?? ''}
          onChange={(e) => onTarget((e.currentTarget as HTMLSelectElement).value)}
          aria-describedby={`${uid}-target-hint`}
        >
          <option value="">{t.none}</option>
          {LADDER_STAGES.map((s) => (
            <option key={s} value={s}>
              {stageNames[s]}
            </option>
          ))}
        </select>
        <span class="print-only">{draft.target === null ? t.none : stageNames[draft.target]}</span>
        <p class="muted" id={`${uid}-target-hint`}>
          {t.targetHint}
        </p>
        {draft.target !== null && current !== null && (
          <TargetSteps t={t} diagnosis={diagnosis} target={draft.target} stageNames={stageNames} />
        )}
        {draft.target !== null && buyerCap !== null && (
          <p class="sd-cap" data-warning="stage-cap">
            {fill(t.targetAboveCap, { target: stageNames[draft.target], cap: stageNames[buyerCap] })}{' '}
            <a href={localePath(locale, 'tools/kraljic')}>{t.buyerViewLink}</a>
          </p>
        )}
      </div>
      {current !== null && (
        <>
          <h5>{t.moveUpTitle}</h5>
          <MoveUp t={t} dt={dt} stage={diagnosis.stage} stageNames={stageNames} />
        </>
      )}
    </section>
  );
}

function Pointed({ t, dt, answers, stageNames }: { t: T; dt: DT; answers: Record<string, string>; stageNames: Names }) {
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
function Spread({
  t,
  dt,
  answers,
  stageNames,
  spread,
}: {
  t: T;
  dt: DT;
  answers: Record<string, string>;
  stageNames: Names;
  spread: number;
}) {
  const ends = spreadEnds(answers);
  if (ends === null) return null;
  const names = (ids: readonly StageQuestionId[]) => ids.map((id) => dt.question(id).short).join(', ');
  return (
    <div class="note warn sd-spread" role="note">
      <h5>{t.spreadTitle}</h5>
      <p>
        {fill(t.spreadText, {
          steps: spread,
          low: stageNames[ends.low.stage],
          lowQuestions: names(ends.low.questionIds),
          high: stageNames[ends.high.stage],
          highQuestions: names(ends.high.questionIds),
        })}
      </p>
    </div>
  );
}

function TargetSteps({ t, diagnosis, target, stageNames }: { t: T; diagnosis: StageDiagnosis; target: LadderStage; stageNames: Names }) {
  const steps = stepsToward(diagnosis, target);
  if (steps.length === 0) return <p>{t.targetReached}</p>;
  return <p>{fill(t.targetSteps, { target: stageNames[target], steps: steps.map((s) => stageNames[s]).join(' → ') })}</p>;
}

function MoveUp({ t, dt, stage, stageNames }: { t: T; dt: DT; stage: StageId; stageNames: Names }) {
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
