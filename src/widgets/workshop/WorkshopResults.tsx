/**
 * "Export my workshop results": the participant types a name (saved as the learner's name) and a
 * group (kept on this page only: there is no store for it), sees what the file will contain, and
 * downloads one JSON file built by src/state/workshopResults.ts from the stores.
 */
import { useId, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales';
import { $assessments, $matrixConfig, $portfolio, $progress, setLearnerName } from '../../state/index';
import { buildWorkshopResults, workshopResultsFileName } from '../../state/workshopResults';
import { useStored } from '../shared/useStored';
import { STRINGS } from './strings';
import { fill } from '../../i18n/fill';
import { fillCount } from '../../i18n/plural';
import './workshop.css';
import { lazyImport } from '../../scripts/lazyImport.ts';

export interface WorkshopResultsProps {
  locale: Locale;
  /** Lesson ids and titles in course order (for the summary). */
  lessons: { id: string; title: string }[];
}

export default function WorkshopResults({ locale, lessons }: WorkshopResultsProps) {
  const s = STRINGS[locale];
  const id = useId();
  const progress = useStored($progress);
  const portfolio = useStored($portfolio);
  const assessments = useStored($assessments);
  const matrixConfig = useStored($matrixConfig);
  const [group, setGroup] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const name = progress.learnerName;

  const outcome = useMemo(
    () => buildWorkshopResults({ participant: name, group, locale, progress, portfolio, assessments, matrixConfig }),
    [name, group, locale, progress, portfolio, assessments, matrixConfig],
  );
  const r = outcome.results;
  const lessonTitle = (lessonId: string) => lessons.find((l) => l.id === lessonId)?.title ?? lessonId;
  const accountNames = [...new Set([...r.diagnoses, ...r.uncoupling, ...r.matrix].map((a) => a.name || a.account))];
  const quizIds = Object.keys(r.quizzes).sort((a, b) => {
    const ia = lessons.findIndex((l) => l.id === a);
    const ib = lessons.findIndex((l) => l.id === b);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib);
  });
  const empty = quizIds.length + r.diagnoses.length + r.uncoupling.length + r.matrix.length === 0;

  async function exportFile() {
    setStatus(null);
    if (name.trim() === '') {
      setError(s.nameRequired);
      nameInput.current?.focus();
      return;
    }
    setError(null);
    // Built again for the moment of export (the file's timestamp), from the values the preview shows.
    const fresh = buildWorkshopResults({ participant: name, group, locale, progress, portfolio, assessments, matrixConfig }).results;
    const fileName = workshopResultsFileName(fresh);
    // The download helper loads on this click, like every export's code.
    const ok = await lazyImport(() => import('../shared/download'))
      .then(({ downloadTextFile }) =>
        downloadTextFile({ fileName, text: `${JSON.stringify(fresh, null, 2)}\n`, mimeType: 'application/json' }),
      )
      .catch(() => false);
    setStatus(ok ? fillCount(locale, s.exported, { file: fileName }) : s.exportFailed);
  }

  return (
    <div class="workshop-results" data-widget="workshop-results">
      <p>{s.resultsIntro}</p>
      <div class="ws-fields">
        <div class="ws-field">
          <label for={`${id}-name`}>{s.nameLabel}</label>
          <input
            id={`${id}-name`}
            ref={nameInput}
            type="text"
            autocomplete="name"
            maxLength={120}
            value={name}
            aria-describedby={`${id}-name-hint${error ? ` ${id}-error` : ''}`}
            aria-invalid={error ? 'true' : undefined}
            onInput={(e) => {
              setLearnerName((e.currentTarget as HTMLInputElement).value.slice(0, 120));
              setError(null);
            }}
          />
          <small id={`${id}-name-hint`} class="muted">
            {s.nameHint}
          </small>
        </div>
        <div class="ws-field">
          <label for={`${id}-group`}>{s.groupLabel}</label>
          <input
            id={`${id}-group`}
            type="text"
            maxLength={120}
            value={group}
            aria-describedby={`${id}-group-hint`}
            onInput={(e) => setGroup((e.currentTarget as HTMLInputElement).value)}
          />
          <small id={`${id}-group-hint`} class="muted">
            {s.groupHint}
          </small>
        </div>
      </div>

      <h3 class="ws-subtitle">{s.contents}</h3>
      <ul class="ws-contents" data-results-summary>
        <li data-count="quizzes">
          {fill(s.quizCount, { n: quizIds.length })}
          {quizIds.length > 0 && <span class="muted"> · {fill(s.lessonsList, { names: quizIds.map(lessonTitle).join('; ') })}</span>}
        </li>
        <li data-count="diagnoses">{fill(s.diagnosisCount, { n: r.diagnoses.length })}</li>
        <li data-count="uncoupling">{fill(s.uncouplingCount, { n: r.uncoupling.length })}</li>
        <li data-count="matrix">{fill(s.matrixCount, { n: r.matrix.length })}</li>
        {accountNames.length > 0 && <li class="muted">{fill(s.accountsList, { names: accountNames.join('; ') })}</li>}
      </ul>
      {empty && <p class="note">{s.nothingYet}</p>}
      {outcome.matrixConfigInvalid && <p class="note warn ws-warning">{s.matrixInvalid}</p>}
      {outcome.matrixIncomplete > 0 && (
        <p class="note warn ws-warning">{fillCount(locale, s.matrixIncomplete, { n: outcome.matrixIncomplete })}</p>
      )}

      <p class="no-print">
        <button type="button" class="button" data-action="export-results" onClick={exportFile}>
          {s.exportButton}
        </button>
      </p>
      {error && (
        <p id={`${id}-error`} class="note danger ws-error" role="alert">
          {error}
        </p>
      )}
      <p role="status" class="ws-status">
        {status}
      </p>
    </div>
  );
}
