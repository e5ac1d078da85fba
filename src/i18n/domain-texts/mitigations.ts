/** What to do about each cause of uncoupling. Only the page's language is loaded in the browser (../pageLocale.ts). */
import { pageStrings } from '../pageLocale';
import type { MitigationTexts } from './mitigations.en';

export type { MitigationTexts };

export const MITIGATION_TEXTS = await pageStrings(
  () => import('./mitigations.en'),
  () => import('./mitigations.pt-br'),
);
