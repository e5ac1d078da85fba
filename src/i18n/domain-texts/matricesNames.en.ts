/**
 * English: the matrices' names (criteria, quadrants, strategies, fit/cost zones, DPM directions),
 * for the tools that show them by name: matrices.en.ts takes its names from here and adds the
 * hints, descriptions and messages only the reference pages use.
 */
import type { DpmDirection, FitCostZone, QuadrantId, StrategyId } from '../../domain/index.ts';
import type { Named, Texts } from './shape';

type Shape = {
  criteria: Record<string, string>;
  /** Names of the first release's default criteria, kept for users who scored against them. */
  legacyCriteria: Record<string, string>;
  quadrants: Record<QuadrantId, string>;
  strategies: Record<StrategyId, string>;
  fitCostZones: Record<FitCostZone, Named>;
  dpmDirections: Record<DpmDirection, string>;
};

const en = {
  criteria: {
    'purchase-volume': 'Purchase volume',
    'growth-potential': 'Growth potential',
    profitability: 'Profitability',
    prestige: 'Prestige',
    'relationship-openness': 'Openness to partnership',
    'geographic-reach': 'Geographic reach',
    'product-range': 'Product and service range',
    support: 'Pre- and after-sales support',
    price: 'Price',
    reliability: 'Reliability',
    reputation: 'Reputation',
    'know-how': 'Experience and know-how',
    'staff-quality': 'Quality of our people',
  },
  legacyCriteria: {
    volume: 'Purchase volume',
    growth: 'Growth',
    'strategic-fit': 'Strategic fit',
    accessibility: 'Accessibility',
    'product-quality': 'Product quality',
    service: 'Service',
    relationship: 'Relationship',
  },
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
