import { pageStrings } from '../../i18n/pageLocale';

export const TOOL_STRINGS = await pageStrings(
  () => import('./toolStrings.en'),
  () => import('./toolStrings.pt-br'),
);
