import { pageStrings } from '../../i18n/pageLocale';

export const DATE_INPUT_STRINGS = await pageStrings(
  () => import('./dateInputStrings.en'),
  () => import('./dateInputStrings.pt-br'),
);
