/**
 * The printable certificate of completion: the learner's name, the course, every lesson with its
 * quiz score, the completion date, in the page's language. Rendered inside the self-assessment
 * (not an island of its own) only once the course is complete. Prints alone on one A4 landscape
 * page (certificate.css).
 */
import type { Locale } from '../../i18n/locales';
import { formatDate, formatPercent } from '../../i18n/format';
import { fill } from '../../i18n/fill';
import { STRINGS } from './strings';
import type { CourseSummary } from '../../domain/courseSummary.ts';
import './certificate.css';

export interface CertificateProps {
  locale: Locale;
  name: string;
  summary: CourseSummary;
}

export default function Certificate({ locale, name, summary }: CertificateProps) {
  const s = STRINGS[locale];
  const quizzes = summary.lessons.flatMap((l) => (l.quiz ? [l.quiz] : []));
  const average = quizzes.length === 0 ? undefined : quizzes.reduce((sum, q) => sum + q.share, 0) / quizzes.length;
  const trimmed = name.trim();
  return (
    <article class="certificate" aria-labelledby="certificate-heading" data-certificate>
      <p class="certificate-provider">{s.certProvider}</p>
      <h3 class="certificate-heading" id="certificate-heading">
        {s.certHeading}
      </h3>
      <p class="certificate-line">{s.certCertifies}</p>
      <p class={`certificate-name${trimmed ? '' : ' is-blank'}`} data-certificate-name>
        {trimmed || '\u00a0'}
      </p>
      <p class="certificate-line">{s.certCompleted}</p>
      <p class="certificate-course">{s.courseTitle}</p>
      <table class="certificate-lessons">
        <caption>{s.certLessons}</caption>
        <tbody>
          {summary.lessons.map((l) => (
            <tr key={l.lesson.id}>
              <th scope="row">
                {l.lesson.order}. {l.lesson.title}
              </th>
              <td class="num">
                {l.quiz
                  ? fill(s.scoreCell, { score: l.quiz.score, total: l.quiz.total, percent: formatPercent(locale, l.quiz.share) })
                  : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="certificate-footer">
        {average !== undefined && <p>{fill(s.certAverage, { percent: formatPercent(locale, average) })}</p>}
        {summary.completedOn && (
          <p class="certificate-date">{fill(s.certDate, { date: formatDate(locale, summary.completedOn, 'long') })}</p>
        )}
      </div>
      <p class="certificate-note">{s.certNote}</p>
    </article>
  );
}
