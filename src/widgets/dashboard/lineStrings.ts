import { pageStrings } from '../../i18n/pageLocale';

/** The words of the lines fetched after the dashboard shows (PropositionLines, TeamLines): loaded with them. */
export const LINE_STRINGS = await pageStrings(
  () => import('./lineStrings.en'),
  () => import('./lineStrings.pt-br'),
);
