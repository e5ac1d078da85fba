/**
 * Course progress on the course home: lessons read, each quiz's latest score, the overall share of
 * steps done, and "continue where you left off" (the last lesson the learner reached). The server
 * renders the empty state; the saved progress appears right after hydration (useStored), rows'
 * data-read / data-quiz attributes included.
 */
import type { Locale } from '../../i18n/locales';
import { $progress } from '../../state/index';
import { useStored } from '../shared/useStored';
import { fill } from '../../i18n/fill';
import { LessonTable, OverallMeter } from './parts';
import { STRINGS } from './strings';
import { summarise, type CourseLesson } from '../../domain/courseSummary.ts';
import './progress.css';

export interface ProgressProps {
  locale: Locale;
  lessons: CourseLesson[];
  /** The self-assessment and certificate page. */
  assessmentHref: string;
}

export default function Progress({ locale, lessons, assessmentHref }: ProgressProps) {
  const s = STRINGS[locale];
  const progress = useStored($progress);
  const summary = summarise(lessons, progress);
  const started = summary.readCount > 0 || summary.lessons.some((l) => l.quiz !== undefined);
  const { last, next } = summary;
  const first = summary.lessons[0];

  return (
    <section
      class="progress-widget"
      data-widget="progress"
      data-view="course"
      data-complete={String(summary.complete)}
      aria-labelledby="progress-title"
    >
      <h2 id="progress-title">{s.title}</h2>
      <OverallMeter locale={locale} summary={summary} id="progress-overall" />
      <div class="progress-continue">
        {summary.complete ? (
          <p>
            {s.allDone}{' '}
            <a href={assessmentHref} data-action="certificate">
              {s.certificateLink}
            </a>
          </p>
        ) : last ? (
          <>
            <h3>{s.continueTitle}</h3>
            <p>
              <a href={last.lesson.href} class="button" data-action="continue">
                {fill(s.continueLink, { n: last.lesson.order, title: last.lesson.title })}
              </a>
            </p>
            {next && next.lesson.id !== last.lesson.id && (
              <p>
                <a href={next.lesson.href}>{fill(s.nextUp, { n: next.lesson.order, title: next.lesson.title })}</a>
              </p>
            )}
          </>
        ) : (
          <>
            {!started && <p>{s.newcomer}</p>}
            {(next ?? first) && (
              <p>
                <a href={(next ?? first)?.lesson.href} class="button" data-action="continue">
                  {fill(s.start, { n: (next ?? first)?.lesson.order ?? 1, title: (next ?? first)?.lesson.title ?? '' })}
                </a>
              </p>
            )}
          </>
        )}
      </div>
      <LessonTable locale={locale} summary={summary} caption={s.tableCaption} />
      <p>
        <a href={assessmentHref}>{s.assessmentLink}</a> <span class="muted">{s.privacy}</span>
      </p>
    </section>
  );
}
