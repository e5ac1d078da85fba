/** The account plan: sections, action statuses, contacts. Only the page's language is loaded in the browser (../pageLocale.ts). */
import { pageStrings } from '../pageLocale';
import type { PlanTexts } from './plan.en';

export type { PlanTexts };

export const PLAN_TEXTS = await pageStrings(
  () => import('./plan.en'),
  () => import('./plan.pt-br'),
);
