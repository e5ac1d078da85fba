/**
 * What the quiz shows once a question is checked (or a saved attempt is shown again): the feedback
 * of the chosen option, the "your answer" / "right answer" tags, the score, the retry link, and the
 * warnings about answers that could not be saved. A fresh quiz shows none of it, so this module and
 * its words (marksStrings.ts) are fetched by Quiz.tsx on the learner's first choice, or on mount
 * when there is an attempt to show.
 */
import type { Locale } from '../../i18n/locales';
import { formatDate, formatPercent } from '../../i18n/format';
import { localePath } from '../../i18n/paths';
import { fill } from '../../i18n/fill';
import { fillCount } from '../../i18n/plural';
import type { QuizOption } from './scoring';
import { MARKS } from './marksStrings';

export type MarkProps = { locale: Locale } & (
  | { part: 'feedback'; right: boolean; chosen: QuizOption; rightOption: QuizOption | undefined }
  | { part: 'yourAnswer' | 'rightAnswer' }
  | { part: 'score'; base: string; score: number; total: number; passed: boolean; savedOn: string | undefined; saveFailed: boolean }
  | { part: 'after'; onRetry: () => void }
  | { part: 'older'; score: number; total: number; date: string }
  | { part: 'answersNotSaved' }
);

export function QuizMark(props: MarkProps) {
  const { locale } = props;
  const s = MARKS[locale];
  switch (props.part) {
    case 'feedback':
      return (
        <>
          <p>
            <strong>{props.right ? s.correct : s.wrong}</strong> {props.chosen.feedback}
          </p>
          {!props.right && props.rightOption && (
            <p>
              {fill(s.rightAnswerIs, { answer: props.rightOption.text })} — {props.rightOption.feedback}
            </p>
          )}
        </>
      );
    case 'yourAnswer':
    case 'rightAnswer':
      return <span class="quiz-tag"> ({s[props.part]})</span>;
    case 'score': {
      const { base, score, total } = props;
      const percent = formatPercent(locale, total > 0 ? score / total : 0);
      return (
        <section
          class={`quiz-score ${props.passed ? 'is-right' : 'is-wrong'}`}
          aria-labelledby={`${base}-score`}
          data-score={score}
          data-total={total}
        >
          <h3 id={`${base}-score`} tabIndex={-1}>
            {s.scoreTitle}
          </h3>
          <p>
            <meter min={0} max={total} low={Math.ceil(total * 0.7) - 0.5} optimum={total} value={score} aria-hidden="true"></meter>{' '}
            {fillCount(locale, s.score, { score, total, percent })}
          </p>
          <p>{props.passed ? s.passed : s.failed}</p>
          {props.savedOn !== undefined && <p class="muted">{fill(s.savedOn, { date: formatDate(locale, props.savedOn) })}</p>}
          {props.saveFailed && <p class="quiz-warning">{s.notSaved}</p>}
        </section>
      );
    }
    case 'after':
      return (
        <p class="quiz-after no-print">
          <button type="button" class="button" onClick={props.onRetry} data-action="retry">
            {s.retry}
          </button>{' '}
          <a href={localePath(locale, 'progress')}>{s.progressLink}</a>
        </p>
      );
    case 'older':
      return (
        <p class="muted" data-older-attempt>
          {fill(s.olderAttempt, { score: props.score, total: props.total, date: formatDate(locale, props.date) })}
        </p>
      );
    case 'answersNotSaved':
      return (
        <p class="quiz-warning" role="alert">
          {s.answersNotSaved}
        </p>
      );
  }
}
