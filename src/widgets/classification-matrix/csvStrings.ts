import { pageStrings } from '../../i18n/pageLocale';

/** The words only the CSV exports use, fetched with them on an export button's click. */
export const CSV_STRINGS = await pageStrings(
  () => import('./csvStrings.en'),
  () => import('./csvStrings.pt-br'),
);
