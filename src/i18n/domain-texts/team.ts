/** The account team in the account plan's export: roles, functions, decisions. Only the page's language is loaded in the browser (../pageLocale.ts). */
import { pageStrings } from '../pageLocale';

export const TEAM_TEXTS = await pageStrings(
  () => import('./team.en'),
  () => import('./team.pt-br'),
);
