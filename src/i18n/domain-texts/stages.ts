/** The six relationship stages: names, summaries, how to move up. Only the page's language is loaded in the browser (../pageLocale.ts). */
import { pageStrings } from '../pageLocale';
import type { StageTexts } from './stages.en';

export type { StageTexts };

export const STAGE_TEXTS = await pageStrings(
  () => import('./stages.en'),
  () => import('./stages.pt-br'),
);
