import { pageStrings } from '../../i18n/pageLocale';

export const MARKS = await pageStrings(
  () => import('./marks.en'),
  () => import('./marks.pt-br'),
);
