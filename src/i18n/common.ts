import { pageStrings } from './pageLocale';

/** Words every tool repeats (src/i18n/common.en.ts); a tool's own dictionary does not spell them again. */
export const COMMON = await pageStrings(
  () => import('./common.en'),
  () => import('./common.pt-br'),
);
