/**
 * The classification matrix's quadrant names, for the pages that show a quadrant by name only (the
 * dashboard's table): without the criteria, strategies, zones and messages of matrices.ts. The
 * full texts take their quadrant names from here, so each name is written once.
 */
import { pageStrings } from '../pageLocale';
import type { QuadrantNames } from './quadrantNames.en';

export type { QuadrantNames };

export const QUADRANT_NAMES = await pageStrings(
  () => import('./quadrantNames.en'),
  () => import('./quadrantNames.pt-br'),
);
