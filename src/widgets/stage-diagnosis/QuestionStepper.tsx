/**
 * "One question at a time": the question in view, where it sits and the buttons to move on. Fetched
 * when the user picks this layout (the page opens with every question on one page).
 */
import type { VNode } from 'preact';
import { useRef } from 'preact/hooks';
import { STAGE_QUESTIONS } from '../../domain/index.ts';
import type { StageQuestion } from '../../domain/index.ts';
import type { Locale } from '../../i18n/locales';
import { fill } from '../../i18n/fill';
import { DETAIL_STRINGS } from './detailStrings';

interface Props {
  locale: Locale;
  step: number;
  onStep: (step: number) => void;
  onShowResult: () => void;
  /** The question's fieldset, as the full page draws it, with `heading` inside. */
  renderQuestion: (q: StageQuestion, index: number, heading: VNode) => VNode;
}

export function QuestionStepper({ locale, step, onStep, onShowResult, renderQuestion }: Props) {
  const t = DETAIL_STRINGS[locale];
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const total = STAGE_QUESTIONS.length;
  const at = Math.min(step, total - 1);
  const of = fill(t.questionOf, { n: at + 1, total });
  // The next question's heading takes focus, so a keyboard user continues where the new question starts.
  const goTo = (next: number) => {
    onStep(next);
    setTimeout(() => stepHeading.current?.focus(), 0);
  };
  return (
    <div class="sd-stepper">
      <p class="sd-step-of" aria-hidden="true">
        {of}
      </p>
      {renderQuestion(
        STAGE_QUESTIONS[at]!,
        at,
        <h4 class="sr-only" ref={stepHeading} tabIndex={-1}>
          {of}
        </h4>,
      )}
      <div class="sd-step-nav">
        <button type="button" class="button secondary" disabled={step === 0} onClick={() => goTo(Math.max(0, step - 1))}>
          {t.previous}
        </button>
        {step < total - 1 ? (
          <button type="button" class="button" onClick={() => goTo(step + 1)}>
            {t.next}
          </button>
        ) : (
          <button type="button" class="button" onClick={onShowResult}>
            {t.showResult}
          </button>
        )}
      </div>
    </div>
  );
}
