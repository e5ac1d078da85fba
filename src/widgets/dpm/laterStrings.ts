import { pageStrings } from '../../i18n/pageLocale';

export const LATER = await pageStrings(
  () => import('./later.en'),
  () => import('./later.pt-br'),
);
