/** English: The classification matrix, fit vs cost and the directional policy matrix. The shape is keyed by the domain's ids, so an id without a text is a type error. */
import type { ClassificationErrorCode, DpmDirection, DpmErrorCode, FitCostZone, QuadrantId, StrategyId } from '../../domain/index.ts';
import type { Named, CriterionText, Texts } from './shape';
import names from './matricesNames.en';
import criteriaNames from './criteriaNames.en';

type Shape = {
  criteria: Record<string, CriterionText>;
  /** Names of the first release's default criteria, kept for users who scored against them. */
  legacyCriteria: Record<string, string>;
  quadrants: Record<QuadrantId, Named>;
  strategies: Record<StrategyId, Named>;
  fitCostZones: Record<FitCostZone, Named>;
  dpmDirections: Record<DpmDirection, string>;
  classificationErrors: Record<ClassificationErrorCode, string>;
  dpmErrors: Record<DpmErrorCode, string>;
};

const en = {
  criteria: {
    'purchase-volume': { name: criteriaNames.criteria['purchase-volume'], hint: 'How much the client buys in our category, from anyone.' },
    'growth-potential': {
      name: criteriaNames.criteria['growth-potential'],
      hint: 'How much the customer’s business and purchases can grow.',
    },
    profitability: { name: criteriaNames.criteria.profitability, hint: 'The margin we can earn after the cost to serve.' },
    prestige: { name: criteriaNames.criteria.prestige, hint: 'The reference value of having this customer.' },
    'relationship-openness': {
      name: criteriaNames.criteria['relationship-openness'],
      hint: 'How willing the client is to work closely with a supplier.',
    },
    'geographic-reach': { name: criteriaNames.criteria['geographic-reach'], hint: 'How well the client’s locations fit where we operate.' },
    'product-range': { name: criteriaNames.criteria['product-range'], hint: 'How well our range covers what the client needs.' },
    support: { name: criteriaNames.criteria.support, hint: 'Technical help, service and responsiveness.' },
    price: { name: criteriaNames.criteria.price, hint: 'Our price as the client sees it, against the best competitor.' },
    reliability: { name: criteriaNames.criteria.reliability, hint: 'On-time, complete and correct deliveries.' },
    reputation: { name: criteriaNames.criteria.reputation, hint: 'What the client thinks of our company.' },
    'know-how': { name: criteriaNames.criteria['know-how'], hint: 'What we know about the customer’s business.' },
    'staff-quality': { name: criteriaNames.criteria['staff-quality'], hint: 'Competence of the people the client deals with.' },
  },
  legacyCriteria: criteriaNames.legacyCriteria,
  quadrants: {
    strategic: { name: names.quadrants.strategic, description: 'Attractive account where we are strong.' },
    star: { name: names.quadrants.star, description: 'Attractive account where we are still weak.' },
    status: { name: names.quadrants.status, description: 'Less attractive account where we are strong.' },
    streamline: { name: names.quadrants.streamline, description: 'Less attractive account where we are weak.' },
  },
  strategies: {
    'invest-for-growth': { name: names.strategies['invest-for-growth'], description: 'Full key account management; aim for partnership.' },
    'invest-selectively': {
      name: names.strategies['invest-selectively'],
      description: 'Invest where it builds our position; choose carefully.',
    },
    maintain: { name: names.strategies.maintain, description: 'Serve efficiently and protect the profit.' },
    'manage-for-cash': {
      name: names.strategies['manage-for-cash'],
      description: 'Cut the cost to serve; keep the business transactional.',
    },
  },
  fitCostZones: names.fitCostZones,
  dpmDirections: names.dpmDirections,
  classificationErrors: {
    'no-criteria': 'Add at least one criterion.',
    'invalid-weight': 'Each weight must be a number of zero or more.',
    'weights-not-100': 'The weights must add up to 100.',
    'duplicate-criterion': 'The same criterion appears twice.',
    'score-out-of-range': 'Scores must be between 0 and 10.',
    'missing-score': 'Give every account a score for every criterion.',
    'duplicate-key': 'The same account appears twice.',
    'invalid-midpoint': 'The dividing line must be between 0 and 10.',
  },
  dpmErrors: {
    'invalid-segment': 'A segment has a missing or invalid value (scores 0 to 10, revenue 0 or more).',
    'duplicate-id': 'The same segment appears twice.',
    'invalid-midpoint': 'The dividing line must be between 0 and 10.',
  },
} as const satisfies Shape;

export type MatrixTexts = Texts<typeof en>;

export default en;
