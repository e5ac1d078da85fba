/**
 * The words only segments bring (the table's labels, the chart's summary and point sentences):
 * loaded with DpmSegments.tsx, once there are segments, rather than with the island.
 */
import { pageStrings } from '../../i18n/pageLocale';

export const ROWS = await pageStrings(
  () => import('./rowStrings.en'),
  () => import('./rowStrings.pt-br'),
);
