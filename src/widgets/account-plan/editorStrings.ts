/** The open plan's words: its form, status and buttons, the printed document and the Markdown labels. Loaded with the editor. */
import { pageStrings } from '../../i18n/pageLocale';

export const EDITOR_STRINGS = await pageStrings(
  () => import('./editorStrings.en'),
  () => import('./editorStrings.pt-br'),
);
