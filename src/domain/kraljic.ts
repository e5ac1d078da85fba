/**
 * The buyer's view: how the customer's purchasing classifies what we sell, on Kraljic's (1983)
 * matrix of profit impact × supply risk, and what that view lets the relationship become.
 *
 * - Each axis is the mean of its three 1–5 answers; an axis is "high" above the scale's middle (3):
 *   a buyer who answers "middling" does not yet treat us as critical.
 * - The quadrant: non-critical (both low), leverage (impact high, risk low), bottleneck (impact low,
 *   risk high), strategic (both high). Only when all six questions are answered.
 * - The stage cap, the course's heuristic on the article's ladder (lesson 15): a buyer who sees us as
 *   a leverage or non-critical item tenders, switches and squeezes price, so the relationship does not
 *   get past Mid-KAM; a bottleneck buyer secures supply with us (long contracts, close operational
 *   work) while working to reduce that dependence, so Partnership-KAM at most; only a strategic buyer
 *   opens Synergistic-KAM.
 * - The comparison with the account's latest diagnosed stage and target stage (the dashboard's own
 *   choice of "latest": `latest.ts`) says when the target is above what the buyer's view allows.
 */
import { latestDiagnosis, latestPlan } from './latest.ts';
import { LADDER_STAGES, ladderIndex } from './stages.ts';
import type { LadderStage, StageId } from './stages.ts';
import { KRALJIC_QUESTIONS } from './kraljicSchema.ts';
import type { KraljicAnswers, KraljicAxis } from './kraljicSchema.ts';

export * from './kraljicSchema.ts';

export const KRALJIC_QUADRANTS = ['non-critical', 'leverage', 'bottleneck', 'strategic'] as const;
export type KraljicQuadrant = (typeof KRALJIC_QUADRANTS)[number];

/** The scale's middle: an axis is high when its mean is above it. */
export const KRALJIC_MIDPOINT = 3;

/** The buyer's typical behaviour in each quadrant (its words are in the tool's dictionary). */
export const BUYER_BEHAVIOUR: Readonly<Record<KraljicQuadrant, 'simplify' | 'tender' | 'secure' | 'partner'>> = {
  'non-critical': 'simplify',
  leverage: 'tender',
  bottleneck: 'secure',
  strategic: 'partner',
};

const CAPS: Readonly<Record<KraljicQuadrant, LadderStage>> = {
  'non-critical': 'mid',
  leverage: 'mid',
  bottleneck: 'partnership',
  strategic: 'synergistic',
};

/** The highest rung of the ladder this buyer's view allows (the course's heuristic, see above). */
export function stageCapFor(quadrant: KraljicQuadrant): LadderStage {
  return CAPS[quadrant];
}

export function kraljicQuadrant(profitImpactHigh: boolean, supplyRiskHigh: boolean): KraljicQuadrant {
  if (profitImpactHigh) return supplyRiskHigh ? 'strategic' : 'leverage';
  return supplyRiskHigh ? 'bottleneck' : 'non-critical';
}

export type KraljicResult = {
  /** Mean of the axis' answered questions, 1..5; null when none is answered. */
  profitImpact: number | null;
  supplyRisk: number | null;
  answered: number;
  complete: boolean;
  /** Null until every question is answered. */
  quadrant: KraljicQuadrant | null;
  cap: LadderStage | null;
};

function axisMean(answers: Readonly<KraljicAnswers>, axis: KraljicAxis): number | null {
  const values = KRALJIC_QUESTIONS.filter((q) => q.axis === axis).flatMap((q) => {
    const value = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
    return value === undefined ? [] : [value];
  });
  return values.length === 0 ? null : values.reduce((s, x) => s + x, 0) / values.length;
}

export function readKraljic(answers: Readonly<KraljicAnswers>): KraljicResult {
  const profitImpact = axisMean(answers, 'profit-impact');
  const supplyRisk = axisMean(answers, 'supply-risk');
  const answered = KRALJIC_QUESTIONS.filter((q) => Object.hasOwn(answers, q.id) && answers[q.id] !== undefined).length;
  const complete = answered === KRALJIC_QUESTIONS.length;
  const quadrant =
    complete && profitImpact !== null && supplyRisk !== null
      ? kraljicQuadrant(profitImpact > KRALJIC_MIDPOINT, supplyRisk > KRALJIC_MIDPOINT)
      : null;
  return { profitImpact, supplyRisk, answered, complete, quadrant, cap: quadrant === null ? null : stageCapFor(quadrant) };
}

/**
 * What the cap means for this account, most pressing first:
 * - 'target-above-cap': the target stage is above what the buyer's view allows;
 * - 'stage-above-cap': the relationship already stands above it (it rests on people, and a buyer
 *   who re-tenders can undo it);
 * - 'uncoupling': the latest diagnosis is Uncoupling-KAM (rebuilding starts under the cap);
 * - 'no-stage': no diagnosis and no plan say where the relationship stands;
 * - 'at-cap': the relationship stands on the cap (the next rung needs the buyer's view to change);
 * - 'room': rungs remain below the cap.
 */
export type CapVerdict = 'target-above-cap' | 'stage-above-cap' | 'uncoupling' | 'no-stage' | 'at-cap' | 'room';

export function compareWithCap(cap: LadderStage, stage: StageId | null, target: LadderStage | null): CapVerdict {
  const capIndex = ladderIndex(cap);
  if (target !== null && ladderIndex(target) > capIndex) return 'target-above-cap';
  if (stage === 'uncoupling') return 'uncoupling';
  if (stage === null) return 'no-stage';
  const at = ladderIndex(stage);
  if (at > capIndex) return 'stage-above-cap';
  return at === capIndex ? 'at-cap' : 'room';
}

/** The rungs above the cap that this buyer's view keeps closed (empty for a strategic buyer). */
export function stagesAboveCap(cap: LadderStage): LadderStage[] {
  return LADDER_STAGES.slice(ladderIndex(cap) + 1);
}

/**
 * The account's stage and target as the dashboard reads them: the latest diagnosis (by date), else
 * the latest plan's current stage; its target, else the plan's.
 */
export function stageAndTarget(
  diagnoses: readonly { date: string; stage: StageId; targetStage?: LadderStage | undefined }[],
  plans: readonly {
    year: number;
    updatedAt: string;
    currentStage?: StageId | null | undefined;
    targetStage?: LadderStage | null | undefined;
  }[],
): { stage: StageId | null; target: LadderStage | null } {
  const latest = latestDiagnosis(diagnoses);
  const plan = latestPlan(plans);
  return {
    stage: latest ? latest.stage : (plan?.currentStage ?? null),
    target: latest?.targetStage ?? plan?.targetStage ?? null,
  };
}

/**
 * The one question the stage diagnosis, the plan and the dashboard ask: is there a complete reading
 * whose cap is below the target? Returns the quadrant and cap to name, or null when nothing to say.
 */
export function capWarning(
  answers: Readonly<KraljicAnswers> | undefined,
  target: LadderStage | null | undefined,
): { quadrant: KraljicQuadrant; cap: LadderStage } | null {
  if (answers === undefined || target === null || target === undefined) return null;
  const { quadrant, cap } = readKraljic(answers);
  if (quadrant === null || cap === null) return null;
  return ladderIndex(target) > ladderIndex(cap) ? { quadrant, cap } : null;
}
