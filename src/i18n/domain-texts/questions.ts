/** The stage self-diagnosis: questions, answer options, uncoupling signals. Only the page's language is loaded in the browser (../pageLocale.ts). */
import { pageStrings } from '../pageLocale';
import type { QuestionTexts } from './questions.en';

export type { QuestionTexts };

export const QUESTION_TEXTS = await pageStrings(
  () => import('./questions.en'),
  () => import('./questions.pt-br'),
);
