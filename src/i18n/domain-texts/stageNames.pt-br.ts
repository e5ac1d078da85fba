/** Português: the six relationship stages' names alone. Typed by the English names (a missing entry is a type error). */
import type { StageNames } from './stageNames.en';

const ptBr: StageNames = {
  pre: 'Pré-KAM',
  early: 'Early-KAM',
  mid: 'Mid-KAM',
  partnership: 'Parceria-KAM',
  synergistic: 'Synergistic-KAM',
  uncoupling: 'Uncoupling-KAM',
};

export default ptBr;
