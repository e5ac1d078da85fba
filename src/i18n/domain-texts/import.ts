/** Pareto classes and the import's errors and issues. Only the page's language is loaded in the browser (../pageLocale.ts). */
import { pageStrings } from '../pageLocale';
import type { ImportTexts } from './import.en';

export type { ImportTexts };

export const IMPORT_TEXTS = await pageStrings(
  () => import('./import.en'),
  () => import('./import.pt-br'),
);
