import { pageStrings } from '../../i18n/pageLocale';

/** The words only the scored accounts' part shows (WithAccounts.tsx), fetched with it once the portfolio has clients. */
export const ACCOUNT_STRINGS = await pageStrings(
  () => import('./accountStrings.en'),
  () => import('./accountStrings.pt-br'),
);
