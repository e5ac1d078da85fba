import { pageStrings } from '../../i18n/pageLocale';

export const IMPORT_STRINGS = await pageStrings(
  () => import('./import.en'),
  () => import('./import.pt-br'),
);
