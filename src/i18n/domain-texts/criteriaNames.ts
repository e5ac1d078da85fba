/**
 * The classification matrix's criteria by name, for the tools (matrix-kit/criterionName.ts). Only
 * the page's language is loaded in the browser (../pageLocale.ts).
 */
import { pageStrings } from '../pageLocale';
import type { CriteriaNames } from './criteriaNames.en';

export type { CriteriaNames };

export const CRITERIA_NAMES = await pageStrings(
  () => import('./criteriaNames.en'),
  () => import('./criteriaNames.pt-br'),
);
