import { pageStrings } from '../../i18n/pageLocale';

export const MY_DATA_STRINGS = await pageStrings(
  () => import('./strings.en'),
  () => import('./strings.pt-br'),
);
export type MyDataStrings = (typeof MY_DATA_STRINGS)['en'];
