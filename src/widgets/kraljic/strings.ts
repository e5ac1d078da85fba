import { pageStrings } from '../../i18n/pageLocale';

export const STRINGS = await pageStrings(
  () => import('./strings.en'),
  () => import('./strings.pt-br'),
);
