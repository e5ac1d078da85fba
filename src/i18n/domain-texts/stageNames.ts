/**
 * The six relationship stages' names, for the pages that show a stage by name only (the buyer's
 * view): a fifth of stages.ts's texts. The full texts take their names from here, so each name is
 * written once.
 */
import { pageStrings } from '../pageLocale';
import type { StageNames } from './stageNames.en';

export type { StageNames };

export const STAGE_NAMES = await pageStrings(
  () => import('./stageNames.en'),
  () => import('./stageNames.pt-br'),
);
