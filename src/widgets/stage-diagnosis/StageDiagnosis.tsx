/**
 * Stage self-diagnosis: the domain's questionnaire, one question at a time or all on one page, for
 * any account of the portfolio or as a quick try. The result (stage, spread, uncoupling risk) is
 * always `diagnoseStage` of the answers; this island only lays it out and explains it.
 *
 * Saving: answers autosave as one diagnosis per account per day (`changeDiagnosis` edits the stored
 * entry); a new day, or "start a new diagnosis", adds a new entry, so the history shows how the
 * relationship moved. Account choice, status, undo and the sample button: `useAccountTool`.
 */
import type { ComponentProps } from 'preact';
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { STAGES, diagnoseStage, isLadderStage, latestDiagnosis } from '../../domain/index.ts';
import type { StageId } from '../../domain/index.ts';
import type { Locale } from '../../i18n/locales';
import { fill } from '../../i18n/fill';
import { COMMON } from '../../i18n/common';
import { lazyImport } from '../../scripts/lazyImport';
import { $assessments, $portfolio, changeDiagnosis, deleteDiagnosis, getAssessment, saveDiagnosis } from '../../state/index';
import type { Diagnosis, DiagnosisChange } from '../../state/index';
import { $diagnosisMode } from '../../state/session';
import { TRY_KEY } from '../shared/AccountPicker';
import { AccountToolHead } from '../shared/AccountToolbar';
import { useAccountTool } from '../shared/useAccountTool';
import { useStored } from '../shared/useStored';
import { lazyComponent, lazyLoader } from '../shared/useLazyComponent';
import { DiagnosisHistory } from './DiagnosisHistory';
import type { StartNew } from './ResultDetails';
import { DiagnosisResult } from './DiagnosisResult';
import { draftFrom, draftOf, emptyDraft } from './draft';
import type { Draft } from './draft';
import { Questionnaire } from './Questionnaire';
import { STRINGS } from './strings';
import { diagnosisTexts } from './texts';
import './StageDiagnosis.css';

// With the result's details (same module): the button exists only once there are answers or signals.
type StartNewProps = ComponentProps<typeof StartNew>;
const LazyStartNew = lazyComponent(lazyLoader<StartNewProps>(() => import('./ResultDetails').then((m) => m.StartNew)));

export default function StageDiagnosis({ locale }: { locale: Locale }) {
  const t = STRINGS[locale];
  const dt = diagnosisTexts(locale);
  const uid = useId();
  const portfolio = useStored($portfolio);
  const all = useStored($assessments);
  const mode = useStore($diagnosisMode, { ssr: () => 'all' as const });
  const tool = useAccountTool({ locale, portfolio, kept: t.kept });
  const { account } = tool;
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [step, setStep] = useState(0);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  // A new account (or the stored data arriving after hydration): load its latest diagnosis.
  useEffect(() => {
    setDraft(draftFrom(latestDiagnosis(getAssessment(account, $assessments.get()).diagnoses)));
    setStep(0);
  }, [account]);

  // Another tab changed the diagnosis open here: show its answers (every edit here is already saved).
  useEffect(() => {
    if (draft.id === null) return;
    const stored = getAssessment(account, all).diagnoses.find((x) => x.id === draft.id);
    if (!stored) return;
    const fresh = draftOf(stored);
    if (JSON.stringify(fresh) !== JSON.stringify(draft)) setDraft(fresh);
  }, [all]);

  const diagnoses = getAssessment(account, all).diagnoses;
  const diagnosis = useMemo(() => diagnoseStage({ answers: draft.answers, signals: draft.signals }), [draft.answers, draft.signals]);
  const hasInput = diagnosis.answered > 0 || draft.signals.length > 0;
  const stageNames = Object.fromEntries(STAGES.map((s) => [s.id, dt.stageName(s.id)])) as Record<StageId, string>;

  /**
   * One edit, saved at once as a change to the stored diagnosis as it is now (answers given in
   * another tab meanwhile are kept); the form then shows what was saved.
   */
  function persist(next: Draft, change: DiagnosisChange) {
    setDraft(next);
    const d = diagnoseStage({ answers: next.answers, signals: next.signals });
    if (d.answered === 0 && next.signals.length === 0 && next.id === null) return;
    const start = { answers: draft.answers, signals: draft.signals, ...(draft.target === null ? {} : { targetStage: draft.target }) };
    const saved = changeDiagnosis(account, next.id, start, change);
    // A new edit makes an older undo (of a deleted diagnosis) stale: the status is cleared.
    if (tool.reportEdit(saved.result) && saved.diagnosis) setDraft(draftOf(saved.diagnosis));
  }

  const answer = (questionId: string, optionId: string) =>
    persist({ ...draft, answers: { ...draft.answers, [questionId]: optionId } }, { kind: 'answer', questionId, optionId });
  const toggleSignal = (id: string, on: boolean) =>
    persist(
      { ...draft, signals: on ? [...new Set([...draft.signals, id])] : draft.signals.filter((s) => s !== id) },
      { kind: 'signal', signalId: id, on },
    );
  const chooseTarget = (value: string) => {
    const target = isLadderStage(value) ? value : null;
    persist({ ...draft, target }, { kind: 'target', target });
  };

  function startNew() {
    setDraft(emptyDraft());
    setStep(0);
    tool.clear();
  }

  function remove(d: Diagnosis, said: string) {
    const key = account;
    const result = deleteDiagnosis(key, d.id);
    const done = tool.report(result, {
      text: said,
      undo: () => saveDiagnosis(key, { ...d }).result,
    });
    if (done && draft.id === d.id) setDraft({ ...draft, id: null });
  }

  function loadSample() {
    void tool.loadSample('stages', (ready) => {
      // The sample's answers, and the code and words that show them, are fetched on the click.
      lazyImport(() => import('./sample')).then(
        ({ showSample }) => setDraft(showSample(locale, tool, ready, TRY_KEY)),
        () => tool.say(fill(COMMON[locale].sampleFailed, { code: 'network' }), 'error'),
      );
    });
  }

  return (
    <section class="stage-diagnosis" data-widget="stage-diagnosis" aria-labelledby={`${uid}-title`}>
      <AccountToolHead locale={locale} tool={tool} uid={uid} t={t} titleClass="sd-title" introClass="sd-intro" onLoadSample={loadSample} />

      <div class="sd-form no-print">
        <Questionnaire
          locale={locale}
          t={t}
          dt={dt}
          mode={mode}
          draft={draft}
          answered={diagnosis.answered}
          step={step}
          onStep={setStep}
          onAnswer={answer}
          onSignal={toggleSignal}
          onShowResult={() => resultHeading.current?.focus()}
        />
        {hasInput && <LazyStartNew locale={locale} uid={uid} onStart={startNew} />}
      </div>

      <DiagnosisResult
        locale={locale}
        t={t}
        dt={dt}
        name={tool.name}
        draft={draft}
        diagnosis={diagnosis}
        stageNames={stageNames}
        onTarget={chooseTarget}
        headingRef={resultHeading}
        accountKey={account}
      />

      <DiagnosisHistory
        locale={locale}
        t={t}
        name={tool.name}
        diagnoses={diagnoses}
        editingId={draft.id}
        stageNames={stageNames}
        onDelete={remove}
      />
    </section>
  );
}
