/**
 * The matrices' names alone, for the tools (matrix-kit/names.ts): without the criteria hints,
 * quadrant and strategy descriptions and error messages of matrices.ts, which no tool shows. Only the
 * page's language is loaded in the browser (../pageLocale.ts).
 */
import { pageStrings } from '../pageLocale';
import type { MatrixNames } from './matricesNames.en';

export type { MatrixNames };

export const MATRIX_NAMES = await pageStrings(
  () => import('./matricesNames.en'),
  () => import('./matricesNames.pt-br'),
);
