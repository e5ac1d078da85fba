import { pageStrings } from '../../i18n/pageLocale';

// The words of the figures (settings, editor, ranking, whale curve, import), fetched with them.
export const FIGURE_STRINGS = await pageStrings(
  () => import('./figures.en'),
  () => import('./figures.pt-br'),
);
