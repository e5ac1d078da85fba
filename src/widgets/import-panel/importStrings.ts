import { pageStrings } from '../../i18n/pageLocale';

export const IMPORT_STRINGS = await pageStrings(
  () => import('./importStrings.en'),
  () => import('./importStrings.pt-br'),
);
export type ImportStrings = (typeof IMPORT_STRINGS)['en'];
