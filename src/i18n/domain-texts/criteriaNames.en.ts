/**
 * English: the classification matrix's criteria by name (today's defaults and the first release's),
 * for the tool that lists them; matrices.en.ts adds the hints. Apart from the other matrices' names
 * (matricesNames.en.ts), which the DPM and fit vs cost show without any criterion.
 */
import type { Texts } from './shape';

type Shape = {
  criteria: Record<string, string>;
  /** Names of the first release's default criteria, kept for users who scored against them. */
  legacyCriteria: Record<string, string>;
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
} as const satisfies Shape;

export type CriteriaNames = Texts<typeof en>;

export default en;
