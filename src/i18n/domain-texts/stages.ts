/** The six relationship stages: names, summaries, how to move up. Only the page's language is loaded in the browser (../pageLocale.ts). */
import { loadPageLocale } from '../pageLocale';
import type { StageTexts } from './stages.en';

export type { StageTexts };

export const STAGE_TEXTS = await loadPageLocale<StageTexts>({
  en: () => import('./stages.en'),
  'pt-br': () => import('./stages.pt-br'),
});
