import { pageStrings } from '../../i18n/pageLocale';

/** The words of what My data says once the user acts (actions.tsx): loaded with that code, not with the page. */
export const ACTION_STRINGS = await pageStrings(
  () => import('./actionStrings.en'),
  () => import('./actionStrings.pt-br'),
);
export type ActionStrings = (typeof ACTION_STRINGS)['en'];
