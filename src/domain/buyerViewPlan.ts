/**
 * The buyer's view (Kraljic tool) as the account plan hands it over: the quadrant, the two axes, the
 * stage cap it implies, the rungs it keeps closed and what the cap means for the plan's own current
 * and target stages. Every judgement is kraljic.ts's (`readKraljic`, `compareWithCap`,
 * `stagesAboveCap`); this module only chooses what the printed plan and its Markdown file say.
 */
import { compareWithCap, readKraljic, stagesAboveCap } from './kraljic.ts';
import type { CapVerdict, KraljicQuadrant } from './kraljic.ts';
import type { KraljicAnswers } from './kraljicSchema.ts';
import { KRALJIC_QUESTIONS } from './kraljicSchema.ts';
import type { LadderStage, StageId } from './stages.ts';

export type PlanBuyerView =
  | { complete: false; answered: number; total: number }
  | {
      complete: true;
      quadrant: KraljicQuadrant;
      profitImpact: number;
      supplyRisk: number;
      cap: LadderStage;
      /** The rungs above the cap (empty for a strategic buyer). */
      closed: LadderStage[];
      verdict: CapVerdict;
      stage: StageId | null;
      target: LadderStage | null;
    };

/**
 * The reading for a plan whose current and target stages are given; null when the account has no
 * answer at all (nothing to print). A reading with some questions unanswered says how many are.
 */
export function planBuyerView(
  answers: Readonly<KraljicAnswers> | undefined,
  stage: StageId | null | undefined,
  target: LadderStage | null | undefined,
): PlanBuyerView | null {
  if (answers === undefined) return null;
  const r = readKraljic(answers);
  if (r.answered === 0) return null;
  if (r.quadrant === null || r.cap === null || r.profitImpact === null || r.supplyRisk === null) {
    return { complete: false, answered: r.answered, total: KRALJIC_QUESTIONS.length };
  }
  return {
    complete: true,
    quadrant: r.quadrant,
    profitImpact: r.profitImpact,
    supplyRisk: r.supplyRisk,
    cap: r.cap,
    closed: stagesAboveCap(r.cap),
    verdict: compareWithCap(r.cap, stage ?? null, target ?? null),
    stage: stage ?? null,
    target: target ?? null,
  };
}

/** The words of the buyer's view section; `{…}` placeholders are filled here, in the domain. */
export type BuyerViewLabels = {
  title: string;
  /** `{answered}`, `{total}` */
  incomplete: string;
  /** `{quadrant}` */
  quadrantLine: string;
  quadrant: Record<KraljicQuadrant, string>;
  /** `{impact}`, `{risk}` (scores of 5) */
  axes: string;
  /** `{cap}` */
  capLine: string;
  /** `{stages}` */
  closedLine: string;
  /** `{stage}`, `{target}`, `{cap}` */
  verdict: Record<CapVerdict, string>;
  stageName: (stage: StageId) => string;
  noTarget: string;
  score: (value: number) => string;
};

/** The sentences of the section, in order: the same for the print view and the Markdown file. */
export function buyerViewSentences(view: PlanBuyerView, l: BuyerViewLabels): string[] {
  const put = (text: string, values: Record<string, string | number>) =>
    text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
  if (!view.complete) return [put(l.incomplete, { answered: view.answered, total: view.total })];
  const cap = l.stageName(view.cap);
  const lines = [
    put(l.quadrantLine, { quadrant: l.quadrant[view.quadrant] }),
    put(l.axes, { impact: l.score(view.profitImpact), risk: l.score(view.supplyRisk) }),
    put(l.capLine, { cap }),
  ];
  if (view.closed.length > 0) lines.push(put(l.closedLine, { stages: view.closed.map(l.stageName).join(', ') }));
  lines.push(
    put(l.verdict[view.verdict], {
      cap,
      stage: view.stage === null ? l.noTarget : l.stageName(view.stage),
      target: view.target === null ? l.noTarget : l.stageName(view.target),
    }),
  );
  return lines;
}

/** The section of the plan's Markdown file (no user text in it: labels and stage names only). */
export function buyerViewToMarkdown(view: PlanBuyerView, l: BuyerViewLabels): string {
  return [`## ${l.title}`, '', ...buyerViewSentences(view, l).map((s) => `- ${s}`), ''].join('\n');
}
