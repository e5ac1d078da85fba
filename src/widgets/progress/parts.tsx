/** Pieces shared by the course-home progress and the self-assessment page. */
import type { Locale } from '../../i18n/locales';
import { formatPercent } from '../../i18n/format';
import { fill } from '../../i18n/fill';
import { fillCount } from '../../i18n/plural';
import { STRINGS } from './strings';
import type { CourseSummary, LessonStatus } from '../../domain/courseSummary.ts';
import { TableHead } from '../shared/TableHead.tsx';

/** The lessons read and quizzes passed, in words, then as one meter of the whole course. */
export function OverallMeter({ locale, summary, id }: { locale: Locale; summary: CourseSummary; id: string }) {
  const s = STRINGS[locale];
  const steps = summary.lessons.length + summary.quizCount;
  const done = summary.readCount + summary.passedCount;
  const counts = { read: summary.readCount, lessons: summary.lessons.length, passed: summary.passedCount, quizzes: summary.quizCount };
  return (
    <>
      <p data-summary>{fillCount(locale, s.summary, counts)}</p>
      <div class="progress-overall">
        <p id={id}>
          <strong>{fill(s.overall, { percent: formatPercent(locale, summary.overall) })}</strong>
        </p>
        <progress max={Math.max(steps, 1)} value={done} aria-labelledby={id} data-overall={Math.round(summary.overall * 100)}></progress>
        <p class="muted">{s.overallHelp}</p>
      </div>
    </>
  );
}

export function quizCell(locale: Locale, status: LessonStatus): string {
  const s = STRINGS[locale];
  if (!status.quiz) return status.hasQuiz ? s.notTaken : '—';
  return fill(s.scoreCell, { score: status.quiz.score, total: status.quiz.total, percent: formatPercent(locale, status.quiz.share) });
}

function statusText(locale: Locale, status: LessonStatus): string {
  const s = STRINGS[locale];
  if (status.complete) return s.statusDone;
  if (status.quiz && !status.passed) return s.statusRevisit;
  if (!status.read) return s.statusRead;
  return s.statusQuiz;
}

function quizState(status: LessonStatus): 'passed' | 'failed' | 'none' {
  if (!status.quiz) return 'none';
  return status.passed ? 'passed' : 'failed';
}

export function LessonTable({ locale, summary, caption }: { locale: Locale; summary: CourseSummary; caption: string }) {
  const s = STRINGS[locale];
  return (
    <div class="table-scroll">
      <table class="progress-table">
        <caption>{caption}</caption>
        <TableHead cols={[s.colLesson, s.colRead, { num: s.colQuiz }, s.colStatus]} />
        <tbody>
          {summary.lessons.map((status) => (
            <tr
              key={status.lesson.id}
              data-lesson={status.lesson.id}
              data-read={String(status.read)}
              data-quiz={quizState(status)}
              class={status.complete ? 'is-done' : status.quiz && !status.passed ? 'is-revisit' : undefined}
            >
              <th scope="row">
                <a href={status.lesson.href}>
                  {status.lesson.order}. {status.lesson.title}
                </a>
              </th>
              <td>{status.read ? `✓ ${s.yes}` : s.no}</td>
              <td class="num">{quizCell(locale, status)}</td>
              <td>{statusText(locale, status)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
