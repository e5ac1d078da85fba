import { pageStrings } from '../../i18n/pageLocale';

/** The value-proposition lines' words: loaded with those lines (PropositionLines), not with the dashboard. */
export const LINE_STRINGS = await pageStrings(
  () => import('./lineStrings.en'),
  () => import('./lineStrings.pt-br'),
);
