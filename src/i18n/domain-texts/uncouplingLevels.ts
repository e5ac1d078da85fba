/**
 * The three uncoupling risk levels' names, for the pages that show a risk by name only (the
 * dashboard's table): without the causes and indicators of uncoupling.ts. uncoupling.en/pt-br spell
 * the same three names rather than import them: a dictionary importing another becomes two chunks
 * and a preload list, measured +0.2 KB on every page that loads the full texts.
 * tests/domain/domainTexts.test.ts holds the two spellings equal.
 */
import { pageStrings } from '../pageLocale';
import type { UncouplingLevelNames } from './uncouplingLevels.en';

export type { UncouplingLevelNames };

export const UNCOUPLING_LEVEL_NAMES = await pageStrings(
  () => import('./uncouplingLevels.en'),
  () => import('./uncouplingLevels.pt-br'),
);
