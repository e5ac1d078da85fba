/** What to do about each cause of uncoupling. Only the page's language is loaded in the browser (../pageLocale.ts). */
import { loadPageLocale } from '../pageLocale';
import type { MitigationTexts } from './mitigations.en';

export type { MitigationTexts };

export const MITIGATION_TEXTS = await loadPageLocale<MitigationTexts>({
  en: () => import('./mitigations.en'),
  'pt-br': () => import('./mitigations.pt-br'),
});
