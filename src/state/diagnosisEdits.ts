/** Editing one answer, signal or target of a stage diagnosis against the newest stored value. */
import { byDiagnosisDate, diagnoseStage } from '../domain/index.ts';
import type { LadderStage } from '../domain/index.ts';
import { updateAccount } from './assessments.ts';
import { isSafeRecordKey, newId, nowIso } from './ids.ts';
import type { WriteResult } from './persisted.ts';
import type { Diagnosis } from './schemas/assessments.ts';

/** One edit in the stage questionnaire: an answer, a signal ticked or not, the target stage. */
export type DiagnosisChange =
  | { kind: 'answer'; questionId: string; optionId: string }
  | { kind: 'signal'; signalId: string; on: boolean }
  | { kind: 'target'; target: LadderStage | null };

type DiagnosisDraft = Pick<Diagnosis, 'answers' | 'signals'> & { targetStage?: LadderStage };

/**
 * Applies one questionnaire edit to the stored diagnosis `diagnosisId` as it is now (answers given
 * in another tab meanwhile are kept) and recomputes its stage. When there is no such diagnosis (a
 * new one, or deleted elsewhere), it is created from `start` (what this editor shows) plus the edit.
 */
export function changeDiagnosis(
  accountKey: string,
  diagnosisId: string | null,
  start: DiagnosisDraft,
  change: DiagnosisChange,
): { diagnosis: Diagnosis | null; result: WriteResult } {
  if (change.kind === 'answer' && !isSafeRecordKey(change.questionId)) return { diagnosis: null, result: { ok: false, reason: 'invalid' } };
  const id = diagnosisId ?? newId('d-');
  let diagnosis: Diagnosis | null = null;
  const result = updateAccount(accountKey, (a) => {
    const stored = a.diagnoses.find((d) => d.id === id);
    const from: DiagnosisDraft = stored
      ? {
          answers: stored.answers,
          signals: stored.signals,
          ...(stored.targetStage === undefined ? {} : { targetStage: stored.targetStage }),
        }
      : start;
    const answers = change.kind === 'answer' ? { ...from.answers, [change.questionId]: change.optionId } : { ...from.answers };
    const signals =
      change.kind === 'signal'
        ? change.on
          ? [...new Set([...from.signals, change.signalId])]
          : from.signals.filter((s) => s !== change.signalId)
        : [...from.signals];
    const target = change.kind === 'target' ? change.target : (from.targetStage ?? null);
    diagnosis = {
      id,
      date: stored?.date ?? nowIso(),
      answers,
      signals,
      stage: diagnoseStage({ answers, signals }).stage,
      ...(target === null ? {} : { targetStage: target }),
    };
    const next = diagnosis;
    const diagnoses = stored ? a.diagnoses.map((d) => (d.id === id ? next : d)) : [...a.diagnoses, next];
    return { ...a, diagnoses: byDiagnosisDate(diagnoses) };
  });
  return { diagnosis, result };
}
