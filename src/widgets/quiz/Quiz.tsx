/**
 * The lesson quiz: every question on the page, each a radio group in a fieldset. The learner picks
 * an option and checks it; the feedback of the chosen option says why it is right or wrong (and,
 * after a wrong answer, which option was right and why). When every question is checked the score
 * is saved in `$progress` (replacing the previous attempt) and the lesson is marked read. A saved
 * attempt is shown again after a reload, locked, with a retry button. Every checked answer of an
 * unfinished attempt is kept too (`quizAnswers`, by question id), so a reload resumes the attempt;
 * answers to questions that no longer exist are dropped on read.
 *
 * Keyboard: arrows choose within a group (native radios), the "Check answer" button turns into
 * "Next question" in place, so focus never falls back to the page; only the question checked last
 * carries that button, and after the last question it reads "See your score" (once, not on every
 * question); "Retry" focuses question 1.
 * Live regions exist only during an attempt: a saved attempt appearing after hydration is not
 * announced nine times over.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import { formatDate } from '../../i18n/format';
import { $progress, setLastLesson } from '../../state/index';
import { useStored } from '../shared/useStored';
import { lazyImport } from '../../scripts/lazyImport';
import type { MarkProps, QuizMark } from './QuizMarks';
import { choicesToAnswers, isPassing, knownChoices, scoreChoices, type QuizItem } from './scoring';
import { STRINGS } from './strings';
import { fill } from '../../i18n/fill';
import { fillCount } from '../../i18n/plural';
import './quiz.css';

export interface QuizProps {
  locale: Locale;
  lessonId: string;
  questions: QuizItem[];
}

interface Attempt {
  /** Chosen but not yet checked. */
  selected: Record<string, number>;
  /** Checked (locked) answers. */
  checked: Record<string, number>;
  /** The question checked last in this visit: the only one showing "Next question" / "See your score". */
  last?: string;
}

type Actions = typeof import('../../state/progressActions');

// Feedback, tags, score and retry are not in a fresh quiz: QuizMarks.tsx brings them with their
// words, and progressActions.ts the quiz's writes, fetched on the first choice (or on mount when a
// kept attempt is shown, or on "Mark as read"). Kept here once loaded, so every quiz renders and
// saves at once from then on.
let marks: { QuizMark: typeof QuizMark; actions: Actions } | 'failed' | null = null;

/** Fetches the marks and the writes ahead of the first check; a failure is shown where the feedback and score go. */
export function preloadQuizMarks(): Promise<void> {
  if (marks !== null && marks !== 'failed') return Promise.resolve();
  return Promise.all([lazyImport(() => import('./QuizMarks')), lazyImport(() => import('../../state/progressActions'))]).then(
    ([module, actions]) => {
      marks = { QuizMark: module.QuizMark, actions };
    },
    () => {
      marks = 'failed';
    },
  );
}

/** Runs a write at once when the actions are here (they are after the first choice), else once fetched; `failed` if they cannot be. */
function withActions(run: (actions: Actions) => void, failed: () => void = () => undefined): void {
  if (marks !== null && marks !== 'failed') return run(marks.actions);
  void preloadQuizMarks().then(() => (marks !== null && marks !== 'failed' ? run(marks.actions) : failed()));
}

function Mark(props: MarkProps) {
  if (marks === 'failed')
    return props.part === 'feedback' || props.part === 'score' ? <p class="quiz-warning">{STRINGS[props.locale].marksFailed}</p> : null;
  return marks ? <marks.QuizMark {...props} /> : null;
}

const own = <T,>(record: Record<string, T>, key: string): T | undefined =>
  Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;

export default function Quiz({ locale, lessonId, questions }: QuizProps) {
  const s = STRINGS[locale];
  const progress = useStored($progress);
  const stored = own(progress.quizzes, lessonId);
  const draft = own(progress.quizAnswers, lessonId);
  const readDate = own(progress.lessonsRead, lessonId);
  const [live, setLive] = useState<Attempt | null>(null);
  const [warning, setWarning] = useState<string | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);
  const focusNext = useRef<string | null>(null);
  const [, setMarksSettled] = useState(0);
  const base = `quiz-${lessonId}`;

  // The learner reached the end of this lesson: remember it for "continue where you left off".
  useEffect(() => {
    if ($progress.get().lastLesson !== lessonId) setLastLesson(lessonId);
  }, [lessonId]);

  useEffect(() => {
    const id = focusNext.current;
    if (id === null) return;
    focusNext.current = null;
    document.getElementById(id)?.focus();
  });

  // What is on screen: the attempt of this visit, else an unfinished one kept from an earlier visit,
  // else the last finished one (locked), else a fresh quiz.
  const draftChecked = draft ? knownChoices(questions, draft.answers) : {};
  const resumed = Object.keys(draftChecked).length > 0;
  const restored: Attempt = { selected: {}, checked: resumed ? draftChecked : stored ? knownChoices(questions, stored.answers) : {} };
  const view = live ?? restored;
  // A result saved for questions that have all been replaced since: its score still counts on the
  // progress page, so say where it comes from instead of showing an empty quiz as if never taken.
  const olderAttempt = live === null && !resumed && stored !== undefined && Object.keys(restored.checked).length === 0;
  const isLive = live !== null || resumed;
  const wantsMarks = Object.keys(view.checked).length > 0 || olderAttempt || saveFailed;
  useEffect(() => {
    if (wantsMarks && (marks === null || marks === 'failed')) void preloadQuizMarks().then(() => setMarksSettled((n) => n + 1));
  }, [wantsMarks]);
  const answered = questions.filter((q) => own(view.checked, q.id) !== undefined).length;
  const done = questions.length > 0 && answered === questions.length;
  const score = isLive ? scoreChoices(questions, view.checked) : (stored?.score ?? 0);
  const total = isLive ? questions.length : (stored?.total ?? questions.length);

  const firstRadio = (index: number) => `${base}-${questions[index]?.id ?? ''}-0`;

  function choose(qid: string, index: number) {
    void preloadQuizMarks();
    setWarning(null);
    setLive((current) => {
      const attempt = current ?? { selected: {}, checked: { ...restored.checked } };
      return { ...attempt, selected: { ...attempt.selected, [qid]: index } };
    });
  }

  function check(q: QuizItem, position: number) {
    const attempt = live ?? { selected: {}, checked: { ...restored.checked } };
    const choice = own(attempt.selected, q.id);
    if (choice === undefined) {
      setLive(attempt);
      setWarning(q.id);
      focusNext.current = firstRadio(position);
      return;
    }
    setWarning(null);
    const checked = { ...attempt.checked, [q.id]: choice };
    setLive({ ...attempt, checked, last: q.id });
    if (questions.every((x) => own(checked, x.id) !== undefined)) {
      const attemptResult = { score: scoreChoices(questions, checked), total: questions.length, answers: choicesToAnswers(checked) };
      withActions(
        (a) => {
          const result = a.saveQuizResult(lessonId, attemptResult);
          const read = a.markLessonRead(lessonId);
          setSaveFailed(!result.ok || !read.ok);
        },
        () => setSaveFailed(true),
      );
    } else {
      withActions(
        (a) => setSaveFailed(!a.saveQuizAnswer(lessonId, q.id, choice).ok),
        () => setSaveFailed(true),
      );
    }
  }

  function goNext(position: number) {
    const after = questions.findIndex((x, i) => i > position && own(view.checked, x.id) === undefined);
    const before = questions.findIndex((x) => own(view.checked, x.id) === undefined);
    const target = after >= 0 ? after : before;
    if (target >= 0) document.getElementById(firstRadio(target))?.focus();
    else document.getElementById(`${base}-score`)?.focus();
  }

  function retry() {
    withActions((a) => a.clearQuizAnswers(lessonId));
    setLive({ selected: {}, checked: {} });
    setWarning(null);
    setSaveFailed(false);
    focusNext.current = firstRadio(0);
  }

  function toggleRead() {
    withActions((a) => (readDate === undefined ? a.markLessonRead(lessonId) : a.markLessonUnread(lessonId)));
  }

  const readControl = (
    <div class="quiz-read no-print">
      <button type="button" class="button secondary" aria-pressed={readDate !== undefined} onClick={toggleRead} data-action="mark-read">
        {readDate !== undefined ? `✓ ${s.markedRead}` : s.markRead}
      </button>
      {readDate !== undefined && <p class="muted">{fill(s.readOn, { date: formatDate(locale, readDate) })}</p>}
    </div>
  );

  if (questions.length === 0) {
    return (
      <div class="quiz" data-widget="quiz" data-lesson={lessonId} data-pagefind-ignore>
        <p>{s.noQuiz}</p>
        {readControl}
      </div>
    );
  }

  const passed = isPassing(score, total);

  return (
    <div
      class="quiz"
      data-widget="quiz"
      data-lesson={lessonId}
      data-state={done ? (passed ? 'passed' : 'failed') : 'open'}
      data-pagefind-ignore
    >
      <p class="quiz-count muted" aria-hidden="true">
        {fillCount(locale, s.progress, { answered, total: questions.length })}
      </p>
      {saveFailed && !done && <Mark locale={locale} part="answersNotSaved" />}
      {olderAttempt && stored && <Mark locale={locale} part="older" score={stored.score} total={stored.total} date={stored.date} />}
      {questions.map((q, position) => {
        const checked = own(view.checked, q.id);
        const selected = checked ?? own(view.selected, q.id);
        const isChecked = checked !== undefined;
        const right = isChecked && checked === q.answer;
        const scenarioId = `${base}-${q.id}-scenario`;
        const chosenOption = checked === undefined ? undefined : q.options[checked];
        return (
          <fieldset
            key={q.id}
            class={`quiz-question${isChecked ? (right ? ' is-right' : ' is-wrong') : ''}`}
            id={`${base}-${q.id}`}
            data-question={q.id}
            data-result={isChecked ? (right ? 'right' : 'wrong') : 'open'}
            aria-describedby={q.scenario ? scenarioId : undefined}
          >
            <legend>
              <span class="quiz-number">{fill(s.questionOf, { n: position + 1, total: questions.length })}</span>
              <span class="quiz-prompt">{q.prompt}</span>
            </legend>
            {q.scenario && (
              <p class="quiz-scenario" id={scenarioId}>
                <strong>{s.scenario}:</strong> {q.scenario}
              </p>
            )}
            <ul class="quiz-options">
              {q.options.map((option, index) => {
                const id = `${base}-${q.id}-${index}`;
                const isChosen = selected === index;
                const mark = isChecked ? (index === q.answer ? 'right' : isChosen ? 'wrong' : undefined) : undefined;
                return (
                  <li key={index} class={`quiz-option${mark ? ` is-${mark}` : ''}${isChosen ? ' is-chosen' : ''}`}>
                    <input
                      type="radio"
                      id={id}
                      name={`${base}-${q.id}`}
                      value={String(index)}
                      checked={isChosen}
                      disabled={isChecked}
                      onChange={() => choose(q.id, index)}
                    />
                    <label for={id}>
                      {option.text}
                      {isChecked && isChosen && <Mark locale={locale} part="yourAnswer" />}
                      {isChecked && index === q.answer && !isChosen && <Mark locale={locale} part="rightAnswer" />}
                    </label>
                  </li>
                );
              })}
            </ul>
            <div
              class={`quiz-feedback${isChecked ? (right ? ' is-right' : ' is-wrong') : ''}`}
              role={isLive ? 'status' : undefined}
              data-feedback
            >
              {warning === q.id && <p class="quiz-warning">{s.chooseFirst}</p>}
              {isChecked && chosenOption && (
                <Mark locale={locale} part="feedback" right={right} chosen={chosenOption} rightOption={q.options[q.answer]} />
              )}
            </div>
            <div class="quiz-actions no-print">
              {isChecked ? (
                live?.last === q.id && (
                  <button type="button" class="button secondary" id={`${base}-${q.id}-action`} onClick={() => goNext(position)}>
                    {done ? s.seeScore : s.next}
                  </button>
                )
              ) : (
                <button type="button" class="button" id={`${base}-${q.id}-action`} onClick={() => check(q, position)}>
                  {s.check}
                </button>
              )}
            </div>
          </fieldset>
        );
      })}
      <div class="quiz-score-live" role={isLive ? 'status' : undefined}>
        {done && (
          <Mark
            locale={locale}
            part="score"
            base={base}
            score={score}
            total={total}
            passed={passed}
            savedOn={!isLive && stored ? stored.date : undefined}
            saveFailed={saveFailed}
          />
        )}
      </div>
      {done && <Mark locale={locale} part="after" onRetry={retry} />}
      {readControl}
    </div>
  );
}
