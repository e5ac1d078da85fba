/**
 * The three uncoupling risk levels' names, for the pages that show a risk by name only (the
 * dashboard's table): without the causes and indicators of uncoupling.ts. The full texts take
 * their level names from here, so each name is written once.
 */
import { pageStrings } from '../pageLocale';
import type { UncouplingLevelNames } from './uncouplingLevels.en';

export type { UncouplingLevelNames };

export const UNCOUPLING_LEVEL_NAMES = await pageStrings(
  () => import('./uncouplingLevels.en'),
  () => import('./uncouplingLevels.pt-br'),
);
