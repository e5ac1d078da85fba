/** The classification matrix, fit vs cost and the directional policy matrix. Only the page's language is loaded in the browser (../pageLocale.ts). */
import { pageStrings } from '../pageLocale';
import type { MatrixTexts } from './matrices.en';

export type { MatrixTexts };

export const MATRIX_TEXTS = await pageStrings(
  () => import('./matrices.en'),
  () => import('./matrices.pt-br'),
);
