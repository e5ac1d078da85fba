/**
 * The plan builder's first view: the account's plans, what the other tools know, the create button.
 * The open plan's words (form, print, files) are editorStrings.ts, loaded with the editor; the
 * sample's are sampleStrings.ts, loaded when it is asked for.
 */
import { pageStrings } from '../../i18n/pageLocale';

export const STRINGS = await pageStrings(
  () => import('./strings.en'),
  () => import('./strings.pt-br'),
);
