/** The open review's words: the editor, the history and its verdict, the printed agenda. Loaded with the review's view. */
import { pageStrings } from '../../i18n/pageLocale';

export const VIEW_STRINGS = await pageStrings(
  () => import('./viewStrings.en'),
  () => import('./viewStrings.pt-br'),
);
