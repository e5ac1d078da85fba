/** The stage self-diagnosis: questions, answer options, uncoupling signals. Only the page's language is loaded in the browser (../pageLocale.ts). */
import { loadPageLocale } from '../pageLocale';
import type { QuestionTexts } from './questions.en';

export type { QuestionTexts };

export const QUESTION_TEXTS = await loadPageLocale<QuestionTexts>({
  en: () => import('./questions.en'),
  'pt-br': () => import('./questions.pt-br'),
});
