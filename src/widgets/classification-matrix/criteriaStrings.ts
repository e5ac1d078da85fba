import { pageStrings } from '../../i18n/pageLocale';

/** The words of a criteria problem (criteriaProblem.ts), fetched with the check when it is first needed. */
export const CRITERIA_STRINGS = await pageStrings(
  () => import('./criteriaStrings.en'),
  () => import('./criteriaStrings.pt-br'),
);
