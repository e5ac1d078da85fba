import { pageStrings } from '../../i18n/pageLocale';

/** The words of the factor and worksheet rows, fetched with them (rows.tsx). */
export const ROW_STRINGS = await pageStrings(
  () => import('./rowStrings.en'),
  () => import('./rowStrings.pt-br'),
);
