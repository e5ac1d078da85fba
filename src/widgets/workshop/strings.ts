import { pageStrings } from '../../i18n/pageLocale';

/** Texts of the workshop islands: "export my workshop results" and "load the sample company". */
export const STRINGS = await pageStrings(
  () => import('./strings.en'),
  () => import('./strings.pt-br'),
);
