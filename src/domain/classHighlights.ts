/**
 * The sentences above the class-results charts: the lessons the class did best and worst in, and
 * the account the class agreed on most.
 */
import type { QuizStats, StageDistribution } from './classResults.ts';
import type { StageId } from './stages.ts';

/** The quizzes with the highest and the lowest average (the first one on ties), or null with none. */
export function quizExtremes(quizzes: readonly QuizStats[]): { best: QuizStats; worst: QuizStats } | null {
  const first = quizzes[0];
  if (!first) return null;
  let best = first;
  let worst = first;
  for (const q of quizzes) {
    if (q.average > best.average) best = q;
    if (q.average < worst.average) worst = q;
  }
  return { best, worst };
}

/** The account whose consensus stage the largest share of participants chose (first on ties). */
export function mostAgreedStage(
  stages: readonly StageDistribution[],
): { account: StageDistribution; stage: StageId; share: number } | null {
  let top: { account: StageDistribution; stage: StageId; share: number } | null = null;
  for (const x of stages) {
    if (x.consensus === null || x.total === 0) continue;
    const share = x.counts[x.consensus] / x.total;
    if (!top || share > top.share) top = { account: x, stage: x.consensus, share };
  }
  return top;
}
