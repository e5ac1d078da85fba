/** English: the six relationship stages' names alone (stages.en.ts spells them with the rest of each stage's text). */
import type { StageId } from '../../domain/index.ts';
import type { Texts } from './shape';

const en = {
  pre: 'Pre-KAM',
  early: 'Early-KAM',
  mid: 'Mid-KAM',
  partnership: 'Partnership-KAM',
  synergistic: 'Synergistic-KAM',
  uncoupling: 'Uncoupling-KAM',
} as const satisfies Record<StageId, string>;

export type StageNames = Texts<typeof en>;

export default en;
