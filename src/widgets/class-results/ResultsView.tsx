/**
 * The class results once files are imported: reading and merging the files, and what the class's
 * results show (participants, quiz scores, stage diagnoses, uncoupling causes, matrix placements).
 * Fetched with the first import (ClassResults.tsx): before it, the page shows only the drop zone.
 */
import { useMemo } from 'preact/hooks';
import { aggregateClassResults, mergeSubmissions } from '../../domain/classResults.ts';
import type { DuplicateReport, Submission } from '../../domain/classResults.ts';
import { formatDate } from '../../i18n/format';
import { fillCount } from '../../i18n/plural';
import type { Locale } from '../../i18n/locales';
import { RESULTS_MAX_CHARS, parseWorkshopResults } from '../../state/workshopResults';
import type { ResultsErrorCode, WorkshopResults } from '../../state/workshopResults';
import { PrintButton } from '../shared/PrintButton';
import { figureNames } from './figureNames';
import { QuizFigure } from './QuizFigure';
import { StageFigure } from './StageFigure';
import { CauseFigure } from './CauseFigure';
import { MatrixFigure } from './MatrixFigure';
import { STRINGS } from './strings';

export type Rejected = { fileName: string; reason: string };
export type Snapshot = { accepted: Submission<WorkshopResults>[]; rejected: Rejected[]; duplicates: DuplicateReport[] };

/**
 * Reads `files` and merges the good ones into `current` (each participant counted once); a bad file
 * is listed with the reason `reasonText` gives, never fatal. Returns the new snapshot and what this
 * batch brought.
 */
export async function readResultFiles(
  files: readonly File[],
  current: Snapshot,
  reasonText: (code: ResultsErrorCode | 'read', path?: string) => string,
): Promise<{ next: Snapshot; batch: { ok: number; bad: number; dup: number } }> {
  const incoming: Submission<WorkshopResults>[] = [];
  const rejected: Rejected[] = [];
  for (const file of files) {
    if (file.size > RESULTS_MAX_CHARS * 4) {
      rejected.push({ fileName: file.name, reason: reasonText('too-large') });
      continue;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      rejected.push({ fileName: file.name, reason: reasonText('read') });
      continue;
    }
    const parsed = parseWorkshopResults(text);
    if (parsed.ok) incoming.push({ fileName: file.name, results: parsed.results });
    else rejected.push({ fileName: file.name, reason: reasonText(parsed.code, parsed.path) });
  }
  const merged = mergeSubmissions(current.accepted, incoming);
  return {
    next: {
      accepted: merged.accepted,
      rejected: [...current.rejected, ...rejected],
      duplicates: [...current.duplicates, ...merged.duplicates],
    },
    batch: { ok: incoming.filter((i) => merged.accepted.includes(i)).length, bad: rejected.length, dup: merged.duplicates.length },
  };
}

export type ResultsViewProps = {
  locale: Locale;
  /** Prefix of the headings' ids. */
  id: string;
  /** Lesson ids and titles in course order. */
  lessons: { id: string; title: string }[];
  accepted: Submission<WorkshopResults>[];
  onClear: () => void;
};

export function ResultsView({ locale, id, lessons, accepted, onClear }: ResultsViewProps) {
  const names = useMemo(() => figureNames(locale, id, lessons), [locale, id, lessons]);
  const s = names.s;
  const results = useMemo(
    () =>
      aggregateClassResults(
        accepted.map((a) => a.results),
        { lessonOrder: lessons.map((l) => l.id) },
      ),
    [accepted, lessons],
  );
  return (
    <>
      <section aria-labelledby={`${id}-participants`}>
        <h2 id={`${id}-participants`}>{s.participantsTitle}</h2>
        <p data-participants={results.participants}>
          {fillCount(locale, s.participantsCount, { n: results.participants, g: results.groups.length })}
        </p>
        <details class="chart-table">
          <summary>
            {s.participantsTitle} ({results.participants})
          </summary>
          <div class="table-scroll">
            <table data-table="participants">
              <thead>
                <tr>
                  <th scope="col">{s.participantCol}</th>
                  <th scope="col">{s.groupCol}</th>
                  <th scope="col">{s.exportedCol}</th>
                  <th scope="col">{STRINGS[locale].fileCol}</th>
                </tr>
              </thead>
              <tbody>
                {accepted.map((a, i) => (
                  <tr key={i}>
                    <th scope="row">{a.results.participant}</th>
                    <td>{a.results.group || s.noGroup}</td>
                    <td>{formatDate(locale, a.results.exportedAt, 'short')}</td>
                    <td>{a.fileName}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
        <p class="cr-actions no-print">
          <PrintButton locale={locale}>{s.print}</PrintButton>
          <button type="button" class="button danger" data-action="clear" onClick={onClear}>
            {s.clear}
          </button>
        </p>
      </section>

      <QuizFigure n={names} results={results} />

      <StageFigure n={names} results={results} />

      <CauseFigure n={names} results={results} />

      <MatrixFigure n={names} results={results} />
    </>
  );
}
