import { pageStrings } from '../../i18n/pageLocale';

/** Texts of the workshop and dashboard pages (Astro, server-rendered). */
export const PAGE_STRINGS = await pageStrings(
  () => import('./pageStrings.en'),
  () => import('./pageStrings.pt-br'),
);
