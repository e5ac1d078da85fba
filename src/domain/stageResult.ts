/**
 * Reading a diagnosis' result for the questionnaire: where the spread's ends are and the rungs still
 * to climb towards a target (how long a diagnosis stays open for edits: stageDiagnosis.ts). Kept apart from
 * stageDiagnosis.ts so the pages that only need the stage (dashboard, plan) do not carry them.
 */
import { STAGE_QUESTIONS, stepsToTarget } from './stageDiagnosis.ts';
import type { StageDiagnosis, StageQuestionId } from './stageDiagnosis.ts';
import { LADDER_STAGES, ladderIndex } from './stages.ts';
import type { LadderStage } from './stages.ts';

/**
 * The rungs still to climb towards `target` from a diagnosis: from its ladder stage, or from the
 * foot of the ladder when the relationship is uncoupling (it has to be rebuilt from the start).
 */
export function stepsToward(diagnosis: Pick<StageDiagnosis, 'stage' | 'ladderStage'>, target: LadderStage): LadderStage[] {
  const from = diagnosis.stage === 'uncoupling' ? null : diagnosis.ladderStage;
  return from === null ? LADDER_STAGES.slice(1, ladderIndex(target) + 1) : stepsToTarget(from, target);
}

export type SpreadEnd = { stage: LadderStage; questionIds: StageQuestionId[] };

/**
 * The answers at the two ends of the spread, so a warning can say where the gap is ("contacts
 * answered Partnership, price answered Early"). Null when nothing is answered.
 */
export function spreadEnds(answers: Readonly<Record<string, string>>): { low: SpreadEnd; high: SpreadEnd } | null {
  const answered = STAGE_QUESTIONS.flatMap((q) => {
    const answer = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
    const stage = answer === undefined ? undefined : q.options.find((o) => o.id === answer)?.stage;
    return stage === undefined ? [] : [{ id: q.id, level: ladderIndex(stage) }];
  });
  if (answered.length === 0) return null;
  const end = (level: number): SpreadEnd => ({
    stage: LADDER_STAGES[level]!,
    questionIds: answered.filter((a) => a.level === level).map((a) => a.id),
  });
  return { low: end(Math.min(...answered.map((a) => a.level))), high: end(Math.max(...answered.map((a) => a.level))) };
}
