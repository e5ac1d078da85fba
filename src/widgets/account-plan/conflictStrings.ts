/**
 * Texts of the "also changed in another tab" notice (PlanConflict.tsx). Their own dictionary: the
 * notice loads only when a conflict happens, and its words with it.
 */
import { pageStrings } from '../../i18n/pageLocale';

export const CONFLICT_STRINGS = await pageStrings(
  () => import('./conflictStrings.en'),
  () => import('./conflictStrings.pt-br'),
);
