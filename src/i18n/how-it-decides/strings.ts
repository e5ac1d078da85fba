import { pageStrings } from '../pageLocale';

import type en from './strings.en';

// Rendered at build time (Astro), where both languages load; kept in the usual shape all the same.
export const HOW_STRINGS = await pageStrings(
  () => import('./strings.en'),
  () => import('./strings.pt-br'),
);
export type HowKey = keyof typeof en;
