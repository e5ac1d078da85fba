/** Pareto classes and the import's errors and issues. Only the page's language is loaded in the browser (../pageLocale.ts). */
import { loadPageLocale } from '../pageLocale';
import type { ImportTexts } from './import.en';

export type { ImportTexts };

export const IMPORT_TEXTS = await loadPageLocale<ImportTexts>({
  en: () => import('./import.en'),
  'pt-br': () => import('./import.pt-br'),
});
