/** The causes of uncoupling, their warning indicators and risk levels. Only the page's language is loaded in the browser (../pageLocale.ts). */
import { pageStrings } from '../pageLocale';
import type { UncouplingTexts } from './uncoupling.en';

export type { UncouplingTexts };

export const UNCOUPLING_TEXTS = await pageStrings(
  () => import('./uncoupling.en'),
  () => import('./uncoupling.pt-br'),
);
