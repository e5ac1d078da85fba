import { pageStrings } from '../../i18n/pageLocale';

/**
 * The words of the dashboard's first view (no clients yet, or its data loading): loaded before it
 * shows. The dashboard's own words (strings.ts) come with its code, once there are clients.
 */
export const EMPTY_STRINGS = await pageStrings(
  () => import('./emptyStrings.en'),
  () => import('./emptyStrings.pt-br'),
);
