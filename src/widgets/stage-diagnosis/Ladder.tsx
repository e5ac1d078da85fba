/**
 * The six stages as a picture: five rungs climbing left to right (Pré-KAM at the bottom,
 * Synergistic-KAM at the top) and Uncoupling-KAM drawn apart, below, because it is a break that can
 * happen from any rung. Current and target are marked with classes and words (not colour alone);
 * the SVG has a title and description, and the same facts are written out in the text next to it.
 */
import type { LadderStage, StageId } from '../../domain/index.ts';
import { LADDER_STAGES } from '../../domain/index.ts';

interface Props {
  current: StageId | null;
  target: LadderStage | null;
  names: Record<StageId, string>;
  title: string;
  desc: string;
  labels: { current: string; target: string; off: string };
  idPrefix: string;
}

const STEP_W = 94;
const STEP_H = 32;
const BASE_Y = 200;
const LEFT = 4;

export function Ladder({ current, target, names, title, desc, labels, idPrefix }: Props) {
  const titleId = `${idPrefix}-ladder-title`;
  const descId = `${idPrefix}-ladder-desc`;
  const offX = LEFT + STEP_W * 3 + 20;
  const uncoupled = current === 'uncoupling';
  return (
    <svg class="stage-ladder" viewBox="0 0 480 262" role="img" aria-labelledby={`${titleId} ${descId}`}>
      <title id={titleId}>{title}</title>
      <desc id={descId}>{desc}</desc>
      {LADDER_STAGES.map((stage, i) => {
        const x = LEFT + i * STEP_W;
        const top = BASE_Y - (i + 1) * STEP_H;
        const classes = ['rung', stage === current ? 'is-current' : '', stage === target ? 'is-target' : ''].filter(Boolean).join(' ');
        const marks = [stage === current ? labels.current : '', stage === target ? labels.target : ''].filter(Boolean).join(' · ');
        return (
          <g key={stage} class={classes}>
            <rect x={x} y={top} width={STEP_W - 4} height={BASE_Y - top} rx="3" />
            <text class="rung-order" x={x + (STEP_W - 4) / 2} y={BASE_Y - 8} text-anchor="middle">
              {i + 1}
            </text>
            <text class="rung-name" x={x + (STEP_W - 4) / 2} y={top - 6} text-anchor="middle">
              {names[stage]}
            </text>
            {marks !== '' && (
              <text class="rung-mark" x={x + (STEP_W - 4) / 2} y={top + 18} text-anchor="middle">
                {marks}
              </text>
            )}
          </g>
        );
      })}
      <line class="ladder-base" x1={LEFT} y1={BASE_Y} x2={LEFT + STEP_W * 5} y2={BASE_Y} />
      <g class={uncoupled ? 'rung off-ladder is-current' : 'rung off-ladder'}>
        <path class="break-line" d={`M ${LEFT + STEP_W * 2} ${BASE_Y + 4} L ${offX} ${BASE_Y + 40}`} />
        <rect x={offX} y={BASE_Y + 22} width="150" height="34" rx="3" />
        <text class="rung-name" x={offX + 75} y={BASE_Y + 37} text-anchor="middle">
          {names.uncoupling}
        </text>
        <text class="rung-mark" x={offX + 75} y={BASE_Y + 51} text-anchor="middle">
          {uncoupled ? `6 · ${labels.current}` : `6 · ${labels.off}`}
        </text>
      </g>
    </svg>
  );
}
