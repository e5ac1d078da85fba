/** The classification matrix, fit vs cost and the directional policy matrix. Only the page's language is loaded in the browser (../pageLocale.ts). */
import { loadPageLocale } from '../pageLocale';
import type { MatrixTexts } from './matrices.en';

export type { MatrixTexts };

export const MATRIX_TEXTS = await loadPageLocale<MatrixTexts>({
  en: () => import('./matrices.en'),
  'pt-br': () => import('./matrices.pt-br'),
});
