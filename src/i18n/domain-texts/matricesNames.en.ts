/**
 * English: the matrices' names (quadrants, strategies, fit/cost zones, DPM directions), for the
 * tools that show them by name: matrices.en.ts takes its names from here and adds the hints,
 * descriptions and messages only the reference pages use. The criteria's names: criteriaNames.en.ts.
 */
import type { DpmDirection, FitCostZone, QuadrantId, StrategyId } from '../../domain/index.ts';
import type { Named, Texts } from './shape';

type Shape = {
  quadrants: Record<QuadrantId, string>;
  strategies: Record<StrategyId, string>;
  fitCostZones: Record<FitCostZone, Named>;
  dpmDirections: Record<DpmDirection, string>;
};

const en = {
  quadrants: {
    strategic: 'Strategic',
    star: 'Star',
    status: 'Status',
    streamline: 'Streamline',
  },
  strategies: {
    'invest-for-growth': 'Invest for growth',
    'invest-selectively': 'Invest selectively',
    maintain: 'Maintain',
    'manage-for-cash': 'Manage for cash',
  },
  fitCostZones: {
    select: { name: 'Select', description: 'High fit, low cost: manage as a key account now.' },
    consider: { name: 'Consider', description: 'High fit but costly: build a business case before committing.' },
    later: { name: 'Later', description: 'Low cost but poor fit: serve through normal sales and revisit.' },
    avoid: { name: 'Avoid', description: 'Poor fit and costly: do not manage as a key account.' },
  },
  dpmDirections: { improving: 'Improving', stable: 'Stable', declining: 'Declining' },
} as const satisfies Shape;

export type MatrixNames = Texts<typeof en>;

export default en;
