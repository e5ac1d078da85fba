/**
 * Self-diagnosis of a relationship's stage. Each question describes one observable indicator
 * (kam-domain-notes §1.5) with one answer per rung of the ladder; the stage is the MEDIAN of the
 * answers, so one optimistic answer cannot lift the result, and the SPREAD between the lowest and
 * highest answer is reported because a wide spread is itself a finding ("diamond contacts but
 * price-led" is an unstable relationship).
 *
 * Uncoupling is not a rung: it is detected by warning signals, any of which raises the risk, and a
 * decisive one (the customer has decided to cut or end the business) makes the stage 'uncoupling'.
 * Wordings live in src/i18n/domain-texts.ts under the same ids.
 */
import { STAGE_QUESTION_IDS, UNCOUPLING_SIGNAL_IDS } from './idLists.ts';
import { LADDER_STAGES, ladderIndex } from './stages.ts';
import type { LadderStage, StageId } from './stages.ts';

export type StageQuestionId = (typeof STAGE_QUESTION_IDS)[number];

export type StageQuestion = {
  readonly id: StageQuestionId;
  /** One option per ladder stage, lowest first; option id = `${questionId}.${stage}`. */
  readonly options: readonly { readonly id: string; readonly stage: LadderStage }[];
};

export const STAGE_QUESTIONS: readonly StageQuestion[] = STAGE_QUESTION_IDS.map((id) => ({
  id,
  options: LADDER_STAGES.map((stage) => ({ id: `${id}.${stage}`, stage })),
}));

export type UncouplingSignalId = (typeof UNCOUPLING_SIGNAL_IDS)[number];

/** Decisive signals are facts of a break already under way, not risks of one. */
const DECISIVE: ReadonlySet<UncouplingSignalId> = new Set(['decided-to-end', 'volume-cut-announced']);

export const UNCOUPLING_SIGNALS: readonly { readonly id: UncouplingSignalId; readonly decisive: boolean }[] = UNCOUPLING_SIGNAL_IDS.map(
  (id) => ({
    id,
    decisive: DECISIVE.has(id),
  }),
);

/** Three or more warning signals at once are treated like a decisive one for the risk level. */
export const HIGH_RISK_SIGNAL_COUNT = 3;
/** A spread of this many rungs or more deserves a warning in the UI. */
export const SPREAD_WARNING = 2;

export type StageDiagnosis = {
  /** 'uncoupling' when a decisive signal is present; else the ladder stage ('pre' when nothing is answered yet). */
  stage: StageId;
  ladderStage: LadderStage | null;
  spread: number;
  complete: boolean;
  uncouplingRisk: 'none' | 'watch' | 'high';
  /** Questions with a valid answer. */
  answered: number;
};

const optionStage = new Map<string, LadderStage>();
for (const q of STAGE_QUESTIONS) for (const o of q.options) optionStage.set(`${q.id}\u0000${o.id}`, o.stage);
const knownSignals = new Map(UNCOUPLING_SIGNALS.map((s) => [s.id as string, s]));

export function diagnoseStage(input: { answers: Readonly<Record<string, string>>; signals?: readonly string[] }): StageDiagnosis {
  const levels: number[] = [];
  for (const q of STAGE_QUESTIONS) {
    const answer = Object.hasOwn(input.answers, q.id) ? input.answers[q.id] : undefined;
    if (answer === undefined) continue;
    const stage = optionStage.get(`${q.id}\u0000${answer}`);
    if (stage !== undefined) levels.push(ladderIndex(stage));
  }
  levels.sort((x, y) => x - y);
  // Lower median on an even count: when the answers are split, the cautious reading wins.
  const median = levels.length === 0 ? null : levels[Math.floor((levels.length - 1) / 2)]!;
  const ladderStage = median === null ? null : LADDER_STAGES[median]!;
  const spread = levels.length === 0 ? 0 : levels[levels.length - 1]! - levels[0]!;

  const signals = new Set((input.signals ?? []).filter((s) => knownSignals.has(s)));
  const decisive = [...signals].some((s) => knownSignals.get(s)?.decisive === true);
  const uncouplingRisk = decisive || signals.size >= HIGH_RISK_SIGNAL_COUNT ? 'high' : signals.size > 0 ? 'watch' : 'none';

  return {
    stage: decisive ? 'uncoupling' : (ladderStage ?? 'pre'),
    ladderStage,
    spread,
    complete: levels.length === STAGE_QUESTIONS.length,
    uncouplingRisk,
    answered: levels.length,
  };
}

/** The rungs to climb from `current` to `target`, excluding `current` (empty when already there or above). */
export function stepsToTarget(current: LadderStage, target: LadderStage): LadderStage[] {
  return LADDER_STAGES.slice(ladderIndex(current) + 1, ladderIndex(target) + 1);
}

/**
 * A diagnosis stays open for edits on the day it was taken (edits replace it); on a later day the
 * questionnaire starts a new entry from its answers, so the history shows how the relationship moved.
 * (Here rather than with the result helpers: the questionnaire opens a stored diagnosis with it.)
 */
export function isEditableOn(diagnosisDate: string, today: string): boolean {
  return diagnosisDate.slice(0, 10) === today.slice(0, 10);
}
