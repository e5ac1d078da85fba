/**
 * The result's details, fetched once there is something to explain (an answer, a signal or a
 * target): the verdict in words, what each answer pointed to, the spread warning, the steps to the
 * target, the buyer's cap on it and what moving one step up takes. The page's first view (no answers,
 * as the server renders it) needs none of this, nor the stages' summaries and the Kraljic reading.
 */
import { capWarning, nextStage, spreadEnds, stepsToward } from '../../domain/index.ts';
import type { LadderStage, StageDiagnosis, StageId, StageQuestionId } from '../../domain/index.ts';
import { STAGE_QUESTIONS, UNCOUPLING_SIGNALS } from '../../domain/index.ts';
import { STAGE_TEXTS } from '../../i18n/domain-texts/stages';
import type { Locale } from '../../i18n/locales';
import { fill } from '../../i18n/fill';
import { fillCount } from '../../i18n/plural';
import { localePath } from '../../i18n/paths';
import { $kraljic, getKraljic } from '../../state/index';
import { useStored } from '../shared/useStored';
import { DETAIL_STRINGS } from './detailStrings';
import type { diagnosisTexts } from './texts';

type DT = ReturnType<typeof diagnosisTexts>;
type Names = Record<StageId, string>;

const shortName = (locale: Locale, id: StageQuestionId): string => DETAIL_STRINGS[locale][`q.${id}`];

/** The stage in words, with its summary; `saved` when the answers are today's stored diagnosis. */
export function Verdict({
  locale,
  diagnosis,
  saved,
  stageNames,
}: {
  locale: Locale;
  diagnosis: StageDiagnosis;
  saved: boolean;
  stageNames: Names;
}) {
  const t = DETAIL_STRINGS[locale];
  const total = STAGE_QUESTIONS.length;
  return (
    <>
      <p class="sd-verdict" data-stage={diagnosis.stage}>
        <strong>
          {fill(diagnosis.stage === 'uncoupling' ? t.resultUncoupling : t.resultStage, { stage: stageNames[diagnosis.stage] })}
        </strong>{' '}
        {STAGE_TEXTS[locale].stages[diagnosis.stage].short}
      </p>
      {diagnosis.stage === 'uncoupling' && diagnosis.ladderStage !== null && (
        <p>{fill(t.resultLadderBehind, { stage: stageNames[diagnosis.ladderStage] })}</p>
      )}
      {!diagnosis.complete && diagnosis.answered > 0 && (
        <p class="muted">{fillCount(locale, t.resultPartial, { n: diagnosis.answered, total })}</p>
      )}
      {saved && <p class="muted sd-saved">{t.savedToday}</p>}
    </>
  );
}

/** What each answer pointed to and, when they disagree, the spread warning naming both ends. */
export function AnswerDetails({
  locale,
  dt,
  none,
  answers,
  spread,
  stageNames,
}: {
  locale: Locale;
  dt: DT;
  /** The page's mark for "no stage". */
  none: string;
  answers: Record<string, string>;
  /** The answers' spread when it reaches the warning (domain: `SPREAD_WARNING`), else null. */
  spread: number | null;
  stageNames: Names;
}) {
  const t = DETAIL_STRINGS[locale];
  const ends = spread === null ? null : spreadEnds(answers);
  const names = (ids: readonly StageQuestionId[]) => ids.map((id) => shortName(locale, id)).join(', ');
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
                  <th scope="row">{shortName(locale, q.id)}</th>
                  <td>{option ? dt.option(q.id, option.id) : <span class="muted">{t.notAnswered}</span>}</td>
                  <td>{option ? stageNames[option.stage] : none}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {ends !== null && (
        <div class="note warn sd-spread" role="note">
          <h5>{t.spreadTitle}</h5>
          <p>
            {fill(t.spreadText, {
              steps: spread ?? 0,
              low: stageNames[ends.low.stage],
              lowQuestions: names(ends.low.questionIds),
              high: stageNames[ends.high.stage],
              highQuestions: names(ends.high.questionIds),
            })}
          </p>
        </div>
      )}
    </>
  );
}

/** Under the chosen target: the rungs still to climb, and the buyer's cap when the target is above it. */
export function TargetNotes({
  locale,
  diagnosis,
  hasResult,
  target,
  accountKey,
  stageNames,
}: {
  locale: Locale;
  diagnosis: StageDiagnosis;
  hasResult: boolean;
  target: LadderStage;
  /** The account shown: how its buyer classifies us (the Kraljic tool's answers), when assessed, caps the target. */
  accountKey: string;
  stageNames: Names;
}) {
  const t = DETAIL_STRINGS[locale];
  const steps = stepsToward(diagnosis, target);
  const buyerViews = useStored($kraljic);
  const cap = capWarning(getKraljic(accountKey, buyerViews)?.answers, target)?.cap ?? null;
  return (
    <>
      {hasResult &&
        (steps.length === 0 ? (
          <p>{t.targetReached}</p>
        ) : (
          <p>{fill(t.targetSteps, { target: stageNames[target], steps: steps.map((s) => stageNames[s]).join(' → ') })}</p>
        ))}
      {cap !== null && (
        <p class="sd-cap" data-warning="stage-cap">
          {fill(t.targetAboveCap, { target: stageNames[target], cap: stageNames[cap] })}{' '}
          <a href={localePath(locale, 'tools/kraljic')}>{t.buyerViewLink}</a>
        </p>
      )}
    </>
  );
}

/** What moving one step up from the stage takes. */
export function MoveUp({ locale, stage, stageNames }: { locale: Locale; stage: StageId; stageNames: Names }) {
  const t = DETAIL_STRINGS[locale];
  const next = nextStage(stage);
  return (
    <>
      <h5>{t.moveUpTitle}</h5>
      {next === null ? (
        <p>{t.moveUpTop}</p>
      ) : (
        <div class="sd-moveup">
          <p>
            <strong>{fill(t.moveUpTo, { from: stageNames[stage], to: stageNames[next] })}</strong>
          </p>
          <p>{STAGE_TEXTS[locale].stages[stage].moveUp}</p>
        </div>
      )}
    </>
  );
}

/** The ticked warning signs and the uncoupling risk they make (domain: `diagnoseStage`). */
export function Risk({
  locale,
  dt,
  risk,
  signals,
}: {
  locale: Locale;
  dt: DT;
  risk: StageDiagnosis['uncouplingRisk'];
  signals: readonly string[];
}) {
  const t = DETAIL_STRINGS[locale];
  return (
    <div class={risk === 'high' ? 'sd-risk is-high' : 'sd-risk'}>
      <p>
        <strong>{risk === 'high' ? t.riskHigh : fillCount(locale, t.riskWatch, { count: signals.length })}</strong>
      </p>
      <ul>
        {UNCOUPLING_SIGNALS.filter((s) => signals.includes(s.id)).map((s) => (
          <li key={s.id}>{dt.signal(s.id)}</li>
        ))}
      </ul>
    </div>
  );
}

/** "Start a new diagnosis", shown once there are answers or signals (so with the details). */
export function StartNew({ locale, uid, onStart }: { locale: Locale; uid: string; onStart: () => void }) {
  const t = DETAIL_STRINGS[locale];
  return (
    <p class="sd-actions">
      <button type="button" class="button secondary" onClick={onStart} aria-describedby={`${uid}-new-hint`}>
        {t.newDiagnosis}
      </button>{' '}
      <span class="muted" id={`${uid}-new-hint`}>
        {t.newDiagnosisHint}
      </span>
    </p>
  );
}
