/**
 * The result of the questionnaire in words and on the ladder: the stage, the answers behind it, the
 * spread warning, the warning signals, the target stage and what moving one step up takes.
 */
import type { ComponentProps, Ref } from 'preact';
import { useId } from 'preact/hooks';
import { LADDER_STAGES, SPREAD_WARNING } from '../../domain/index.ts';
import type { StageDiagnosis, StageId } from '../../domain/index.ts';
import type { Locale } from '../../i18n/locales';
import { fill } from '../../i18n/fill';
import { lazyComponent, lazyLoader } from '../shared/useLazyComponent';
import { Ladder } from './Ladder';
import type { AnswerDetails, MoveUp, Risk, TargetNotes, Verdict } from './ResultDetails';
import type { Draft } from './draft';
import { STRINGS } from './strings';
import type { diagnosisTexts } from './texts';

type T = (typeof STRINGS)[Locale];
type DT = ReturnType<typeof diagnosisTexts>;
type Names = Record<StageId, string>;

type VerdictProps = ComponentProps<typeof Verdict>;
type AnswerDetailsProps = ComponentProps<typeof AnswerDetails>;
type TargetNotesProps = ComponentProps<typeof TargetNotes>;
type RiskProps = ComponentProps<typeof Risk>;
type MoveUpProps = ComponentProps<typeof MoveUp>;

// The details are one module (ResultDetails.tsx), fetched the first time any of them shows: after the
// first answer, signal or target, or right after hydration when the account's stored diagnosis has
// one. The verdict says so in its place if the module cannot be fetched.
const LazyVerdict = lazyComponent(
  lazyLoader<VerdictProps>(() => import('./ResultDetails').then((m) => m.Verdict)),
  (failed, { locale }) => (failed ? <p role="alert">{STRINGS[locale].partFailed}</p> : null),
);
const LazyAnswerDetails = lazyComponent(lazyLoader<AnswerDetailsProps>(() => import('./ResultDetails').then((m) => m.AnswerDetails)));
const LazyTargetNotes = lazyComponent(lazyLoader<TargetNotesProps>(() => import('./ResultDetails').then((m) => m.TargetNotes)));
const LazyRisk = lazyComponent(lazyLoader<RiskProps>(() => import('./ResultDetails').then((m) => m.Risk)));
const LazyMoveUp = lazyComponent(lazyLoader<MoveUpProps>(() => import('./ResultDetails').then((m) => m.MoveUp)));

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
  /** The account shown: its buyer's view (the Kraljic tool's answers), when assessed, caps the target. */
  accountKey: string;
}

export function DiagnosisResult({ locale, t, dt, name, draft, diagnosis, stageNames, onTarget, headingRef, accountKey }: Props) {
  const uid = useId();
  const current: StageId | null = diagnosis.answered > 0 || diagnosis.stage === 'uncoupling' ? diagnosis.stage : null;
  return (
    <section class="result-box sd-result" aria-labelledby={`${uid}-result`}>
      <h4 id={`${uid}-result`} ref={headingRef} tabIndex={-1}>
        {t.resultTitle}: {name}
      </h4>
      {current === null ? (
        <p>{t.resultNone}</p>
      ) : (
        <LazyVerdict locale={locale} diagnosis={diagnosis} saved={draft.id !== null} stageNames={stageNames} />
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
      {diagnosis.answered > 0 && (
        <LazyAnswerDetails
          locale={locale}
          dt={dt}
          none={t.none}
          answers={draft.answers}
          spread={diagnosis.spread >= SPREAD_WARNING ? diagnosis.spread : null}
          stageNames={stageNames}
        />
      )}
      <h5>{t.signalsTitle}</h5>
      {draft.signals.length === 0 ? (
        <p>{t.signalsNone}</p>
      ) : (
        <LazyRisk locale={locale} dt={dt} risk={diagnosis.uncouplingRisk} signals={draft.signals} />
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
        {draft.target !== null && (
          <LazyTargetNotes
            locale={locale}
            diagnosis={diagnosis}
            hasResult={current !== null}
            target={draft.target}
            accountKey={accountKey}
            stageNames={stageNames}
          />
        )}
      </div>
      {current !== null && <LazyMoveUp locale={locale} stage={diagnosis.stage} stageNames={stageNames} />}
    </section>
  );
}
