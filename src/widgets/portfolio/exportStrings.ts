import { pageStrings } from '../../i18n/pageLocale';

/** The words of an exported file (column heads, file name, the message after it), fetched on the first export. */
export const EXPORT_STRINGS = await pageStrings(
  () => import('./exportStrings.en'),
  () => import('./exportStrings.pt-br'),
);
