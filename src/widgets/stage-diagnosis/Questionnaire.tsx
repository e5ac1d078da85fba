/** The questionnaire: layout choice, the questions (all, or one at a time) and the warning signals. */
import type { ComponentProps, VNode } from 'preact';
import { useId } from 'preact/hooks';
import { STAGE_QUESTIONS, UNCOUPLING_SIGNALS } from '../../domain/index.ts';
import type { StageQuestion } from '../../domain/index.ts';
import type { Locale } from '../../i18n/locales';
import { fillCount } from '../../i18n/plural';
import { $diagnosisMode } from '../../state/session';
import { lazyComponent, lazyLoader } from '../shared/useLazyComponent';
import type { QuestionStepper } from './QuestionStepper';
import type { Draft } from './draft';
import { STRINGS } from './strings';
import type { diagnosisTexts } from './texts';

type T = (typeof STRINGS)[Locale];
type DT = ReturnType<typeof diagnosisTexts>;

type QuestionStepperProps = ComponentProps<typeof QuestionStepper>;
// The page opens with every question on one page; the one-at-a-time layout is fetched when picked.
const LazyStepper = lazyComponent(
  lazyLoader<QuestionStepperProps>(() => import('./QuestionStepper').then((m) => m.QuestionStepper)),
  (failed, { locale }) => (failed ? <p role="alert">{STRINGS[locale].partFailed}</p> : null),
);

interface Props {
  locale: Locale;
  t: T;
  dt: DT;
  mode: 'one' | 'all';
  draft: Draft;
  answered: number;
  step: number;
  onStep: (step: number) => void;
  onAnswer: (questionId: string, optionId: string) => void;
  onSignal: (signalId: string, on: boolean) => void;
  onShowResult: () => void;
}

export function Questionnaire({ locale, t, dt, mode, draft, answered, step, onStep, onAnswer, onSignal, onShowResult }: Props) {
  const uid = useId();
  const total = STAGE_QUESTIONS.length;
  const hasInput = answered > 0 || draft.signals.length > 0;

  const question = (q: StageQuestion, index: number, heading: VNode | null = null) => {
    const qText = dt.question(q.id);
    const whyId = `${uid}-why-${q.id}`;
    return (
      <fieldset class="item-fieldset sd-question" key={q.id} aria-describedby={whyId}>
        <legend>
          <span class="sd-qnum">{index + 1}.</span> {qText.text}
        </legend>
        {heading}
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
                onChange={() => onAnswer(q.id, o.id)}
              />
              <span>{dt.option(q.id, o.id)}</span>
            </label>
          ))}
        </div>
      </fieldset>
    );
  };

  return (
    <>
      <fieldset class="sd-mode">
        <legend>{t.modeLegend}</legend>
        <label>
          <input type="radio" name={`${uid}-mode`} value="one" checked={mode === 'one'} onChange={() => $diagnosisMode.set('one')} />{' '}
          {t.modeOne}
        </label>
        <label>
          <input type="radio" name={`${uid}-mode`} value="all" checked={mode === 'all'} onChange={() => $diagnosisMode.set('all')} />{' '}
          {t.modeAll}
        </label>
      </fieldset>
      {!hasInput && <p class="note">{t.emptyHint}</p>}
      <p class="sd-progress">
        <label for={`${uid}-progress`}>{fillCount(locale, t.answeredCount, { n: answered, total })}</label>{' '}
        <progress id={`${uid}-progress`} max={total} value={answered} />
      </p>
      {mode === 'all' ? (
        STAGE_QUESTIONS.map((q, i) => question(q, i))
      ) : (
        <LazyStepper locale={locale} step={step} onStep={onStep} onShowResult={onShowResult} renderQuestion={question} />
      )}
      <fieldset class="item-fieldset sd-signals">
        <legend>{t.signalsLegend}</legend>
        <p class="muted">{t.signalsHint}</p>
        {UNCOUPLING_SIGNALS.map((s) => (
          <label class="sd-option" key={s.id}>
            <input
              type="checkbox"
              checked={draft.signals.includes(s.id)}
              onChange={(e) => onSignal(s.id, (e.currentTarget as HTMLInputElement).checked)}
            />
            <span>
              {dt.signal(s.id)} {s.decisive && <em>{t.decisive}</em>}
            </span>
          </label>
        ))}
      </fieldset>
    </>
  );
}
