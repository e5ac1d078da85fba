/** The account plan: sections, action statuses, contacts. Only the page's language is loaded in the browser (../pageLocale.ts). */
import { loadPageLocale } from '../pageLocale';
import type { PlanTexts } from './plan.en';

export type { PlanTexts };

export const PLAN_TEXTS = await loadPageLocale<PlanTexts>({
  en: () => import('./plan.en'),
  'pt-br': () => import('./plan.pt-br'),
});
