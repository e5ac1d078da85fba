/**
 * The final self-assessment (progress page): the learner's name (local only), the results per
 * lesson, the topics to revisit (quizzes under 70 %), and the certificate of completion once every
 * lesson is read and every quiz passed; until then, exactly what remains. Printing the page prints
 * the certificate alone when it is available.
 */
import type { Locale } from '../../i18n/locales';
import { $progress, setLearnerName } from '../../state/index';
import { useStored } from '../shared/useStored';
import Certificate from './Certificate';
import { fill } from '../../i18n/fill';
import { LessonTable, OverallMeter, quizCell } from './parts';
import { STRINGS } from './strings';
import { summarise, type CourseLesson, type LessonStatus } from '../../domain/courseSummary.ts';
import './progress.css';
import { PrintButton } from '../shared/PrintButton';

export interface SelfAssessmentProps {
  locale: Locale;
  lessons: CourseLesson[];
}

const NAME_MAX = 200;

export default function SelfAssessment({ locale, lessons }: SelfAssessmentProps) {
  const s = STRINGS[locale];
  const progress = useStored($progress);
  const summary = summarise(lessons, progress);
  const list = (items: LessonStatus[]) => items.map((l) => `${l.lesson.order}. ${l.lesson.title}`).join('; ');
  const anyQuiz = summary.lessons.some((l) => l.quiz !== undefined);
  const hasName = progress.learnerName.trim() !== '';
  const hideInPrint = summary.complete ? ' no-print' : '';

  return (
    <div class="assessment" data-widget="progress" data-view="assessment" data-complete={String(summary.complete)}>
      <div class={`assessment-name${hideInPrint}`}>
        <label for="learner-name">{s.nameLabel}</label>
        <input
          id="learner-name"
          type="text"
          autocomplete="name"
          maxLength={NAME_MAX}
          value={progress.learnerName}
          aria-describedby="learner-name-help"
          onInput={(event) => setLearnerName(event.currentTarget.value.slice(0, NAME_MAX))}
        />
        <p id="learner-name-help" class="muted">
          {s.nameHelp}
        </p>
      </div>

      <section class={`progress-widget${hideInPrint}`} aria-labelledby="results-title">
        <h2 id="results-title">{s.resultsTitle}</h2>
        <OverallMeter locale={locale} summary={summary} id="assessment-overall" />
        <LessonTable locale={locale} summary={summary} caption={s.tableCaption} />
      </section>

      <section
        class={`assessment-revisit${hideInPrint}`}
        aria-labelledby="revisit-title"
        data-revisit={summary.toRevisit.map((l) => l.lesson.id).join(' ')}
      >
        <h2 id="revisit-title">{s.revisitTitle}</h2>
        {summary.toRevisit.length > 0 ? (
          <>
            <p>{s.revisitIntro}</p>
            <ul>
              {summary.toRevisit.map((l) => (
                <li key={l.lesson.id}>
                  <a href={l.lesson.href}>{fill(s.continueLink, { n: l.lesson.order, title: l.lesson.title })}</a> — {quizCell(locale, l)}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>{anyQuiz ? s.revisitNone : s.revisitNoneYet}</p>
        )}
      </section>

      <section class="assessment-certificate" aria-labelledby="certificate-title">
        <h2 id="certificate-title" class="no-print">
          {s.certTitle}
        </h2>
        {summary.complete ? (
          <>
            <p class="no-print">{s.certReady}</p>
            {!hasName && (
              <p class="certificate-warning no-print">
                <a href="#learner-name">{s.certNeedsName}</a>
              </p>
            )}
            <p class="no-print">
              <PrintButton locale={locale} class="button">
                {s.print}
              </PrintButton>
            </p>
            <Certificate locale={locale} name={progress.learnerName} summary={summary} />
          </>
        ) : (
          <div class="note warn" data-certificate-locked>
            <p>{s.certLocked}</p>
            <ul>
              {summary.unread.length > 0 && <li>{fill(s.certUnread, { lessons: list(summary.unread) })}</li>}
              {summary.quizzesLeft.length > 0 && <li>{fill(s.certQuizzes, { lessons: list(summary.quizzesLeft) })}</li>}
            </ul>
          </div>
        )}
      </section>
    </div>
  );
}
