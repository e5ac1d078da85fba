/** The stage diagnosis' sample answers (no calculation: those are the domain's). */
import { STAGE_QUESTIONS } from '../domain/index.ts';
import type { LadderStage } from '../domain/index.ts';

/**
 * The sample answers: a Mid-KAM relationship with diamond-ish contacts but still price-led, so the
 * demo shows a spread warning, one warning sign and a target one rung up.
 */
const SAMPLE_STAGES: Record<string, LadderStage> = {
  business: 'mid',
  share: 'mid',
  'supplier-status': 'mid',
  contacts: 'partnership',
  price: 'early',
  information: 'mid',
  planning: 'early',
  trust: 'mid',
  exit: 'early',
  costs: 'early',
  needs: 'mid',
};

export function sampleDiagnosis(): { answers: Record<string, string>; signals: string[]; target: LadderStage } {
  const answers: Record<string, string> = {};
  for (const q of STAGE_QUESTIONS) {
    const stage = SAMPLE_STAGES[q.id] ?? 'mid';
    const option = q.options.find((o) => o.stage === stage);
    if (option) answers[q.id] = option.id;
  }
  return { answers, signals: ['complaints-rising'], target: 'partnership' };
}
