import { pageStrings } from '../../i18n/pageLocale';

/** The words only the CSV export uses, fetched with it on the export button's click. */
export const CSV_STRINGS = await pageStrings(
  () => import('./csvStrings.en'),
  () => import('./csvStrings.pt-br'),
);
