/**
 * The classification matrix's quadrant names, for the pages that show a quadrant by name only (the
 * dashboard's table): without the criteria, strategies, zones and messages of matrices.ts.
 * matrices.en/pt-br spell the same four names rather than import them: a dictionary importing
 * another becomes two chunks and a preload list, measured +0.24 KB on every matrix page.
 * tests/domain/domainTexts.test.ts holds the two spellings equal.
 */
import { pageStrings } from '../pageLocale';
import type { QuadrantNames } from './quadrantNames.en';

export type { QuadrantNames };

export const QUADRANT_NAMES = await pageStrings(
  () => import('./quadrantNames.en'),
  () => import('./quadrantNames.pt-br'),
);
