import { pageStrings } from '../../i18n/pageLocale';

/** The printed plan's and the Markdown file's extras (account team, buyer's view): loaded only with them. */
export const EXTRAS_STRINGS = await pageStrings(
  () => import('./extrasStrings.en'),
  () => import('./extrasStrings.pt-br'),
);
