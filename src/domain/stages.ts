/**
 * The relationship development ladder of Millman & Wilson (1995) as the source article names it:
 * Pré-KAM → Early-KAM → Mid-KAM → Parceria-KAM → Synergistic-KAM, plus Uncoupling-KAM, which is not a
 * rung but a break that can happen from any rung. Names, descriptions and "what moving up takes" are
 * texts, so they live in `src/i18n/domain-texts.ts` keyed by these ids.
 */

/** The five rungs, lowest first. The order of this tuple IS the ladder order. */
export const LADDER_STAGES = ['pre', 'early', 'mid', 'partnership', 'synergistic'] as const;
export type LadderStage = (typeof LADDER_STAGES)[number];

/** All six stages of the article, in the article's order (uncoupling last). */
export const STAGE_IDS = [...LADDER_STAGES, 'uncoupling'] as const;
export type StageId = (typeof STAGE_IDS)[number];

export type StageInfo = {
  readonly id: StageId;
  /** 1..6, the article's numbering. */
  readonly order: number;
  /** false only for 'uncoupling', which is a break, not a rung one climbs to. */
  readonly ladder: boolean;
};

export const STAGES: readonly StageInfo[] = STAGE_IDS.map((id, index) => ({
  id,
  order: index + 1,
  ladder: id !== 'uncoupling',
}));

export function isLadderStage(value: unknown): value is LadderStage {
  return typeof value === 'string' && (LADDER_STAGES as readonly string[]).includes(value);
}

export function isStageId(value: unknown): value is StageId {
  return typeof value === 'string' && (STAGE_IDS as readonly string[]).includes(value);
}

/** 0 for 'pre' … 4 for 'synergistic'. */
export function ladderIndex(stage: LadderStage): number {
  return LADDER_STAGES.indexOf(stage);
}

/**
 * The rung above `stage`, or null at the top. From 'uncoupling' the way back is to rebuild from the
 * first rung with transactions, so the next stage is 'early' (a relationship that broke has history;
 * it is not an unknown prospect any more).
 */
export function nextStage(stage: StageId): LadderStage | null {
  if (stage === 'uncoupling') return 'early';
  return LADDER_STAGES[ladderIndex(stage) + 1] ?? null;
}
