/**
 * The six questions, grouped by axis: each a group of five radio buttons (1–5), so the keyboard
 * moves through a question's answers with the arrow keys and Tab goes to the next question.
 */
import { KRALJIC_AXES, KRALJIC_QUESTIONS, KRALJIC_SCALE } from '../../domain/index.ts';
import type { KraljicAnswer, KraljicAnswers, KraljicQuestionId } from '../../domain/index.ts';
import type { STRINGS } from './strings';

type Props = {
  t: (typeof STRINGS)['en'];
  uid: string;
  answers: KraljicAnswers;
  onAnswer: (id: KraljicQuestionId, value: KraljicAnswer) => void;
};

export function Questions({ t, uid, answers, onAnswer }: Props) {
  return (
    <section class="kj-questions" aria-labelledby={`${uid}-questions`}>
      <h4 id={`${uid}-questions`}>{t.questionsTitle}</h4>
      <p class="kj-hint">{t.scaleHint}</p>
      {KRALJIC_AXES.map((axis) => (
        <fieldset class="item-fieldset" key={axis}>
          <legend>{t[`axis.${axis}`]}</legend>
          {KRALJIC_QUESTIONS.filter((q) => q.axis === axis).map((q) => (
            <fieldset class="kj-question" key={q.id} data-question={q.id}>
              <legend>{t[`q.${q.id}`]}</legend>
              <div class="kj-scale">
                {KRALJIC_SCALE.map((value) => (
                  <label class="kj-option" key={value}>
                    <input
                      type="radio"
                      name={`${uid}-${q.id}`}
                      value={value}
                      checked={answers[q.id] === value}
                      onChange={() => onAnswer(q.id, value)}
                    />
                    <span>{t[`answer.${value}`]}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
        </fieldset>
      ))}
    </section>
  );
}
