/** English: The causes of uncoupling, their warning indicators and risk levels. The shape is keyed by the domain's ids, so an id without a text is a type error. */
import type { UncouplingCauseId, UncouplingIndicatorId, UncouplingLevel } from '../../domain/index.ts';
import type { Named, Texts } from './shape';

type Shape = {
  causes: Record<UncouplingCauseId, Named>;
  indicators: Record<UncouplingIndicatorId, string>;
  uncouplingLevels: Record<UncouplingLevel, string>;
};

const en = {
  causes: {
    'key-personnel-change': {
      name: 'Change of key personnel',
      description: 'When a key person is the single point of contact, losing that person can end the relationship.',
    },
    'trust-breach': {
      name: 'Breach of trust',
      description: 'However strong the relationship, trust breaks if performance is not consistent and communication is not adequate.',
    },
    exhaustion: {
      name: 'Exhaustion and lack of persistence',
      description: 'No revitalisation, attention fading, neglect: the relationship runs out of energy.',
    },
    'cultural-mismatch': {
      name: 'Cultural mismatch',
      description: 'Cultural differences or conflicting values between the two companies.',
    },
    'quality-problems': {
      name: 'Quality problems',
      description: 'The required quality is not maintained, or performance problems appear.',
    },
    'market-position-loss': {
      name: 'Loss of market position (external)',
      description: 'The client suffers a large loss in its market and is no longer worth managing as a key account.',
    },
    'financial-problems': {
      name: 'Financial problems (external)',
      description: 'A customer in financial trouble may have to be taken out of key account management.',
    },
  },
  indicators: {
    'single-point-of-contact': 'One person on their side (or ours) is the single point of contact.',
    'key-contact-changing': 'A key contact is leaving, retiring or changing role.',
    'no-senior-access': 'We have no relationship with their senior management.',
    'no-successor': 'Nobody on our side could take over the account tomorrow.',
    'promises-missed': 'We missed delivery dates or commitments we made.',
    'bad-news-late': 'The client heard bad news late, or from someone else.',
    'performance-inconsistent': 'Our performance varies from month to month.',
    'confidentiality-breach': 'Confidential information was mishandled (by us or them).',
    'no-new-proposals': 'We have proposed nothing new in the last twelve months.',
    'fewer-contacts': 'Visits and contacts have become less frequent.',
    'plan-not-reviewed': 'The account plan has not been reviewed this year.',
    'on-autopilot': 'The relationship runs on autopilot; nobody senior is involved.',
    'values-conflict': 'Our values or ethics clash with theirs.',
    'different-pace': 'Decision speed and style are very different.',
    'team-friction': 'There is friction between our teams and theirs.',
    'goals-misaligned': 'Our goals for the business no longer match theirs.',
    'complaints-rising': 'Complaints are increasing.',
    'late-deliveries': 'Deliveries are late more often.',
    'service-levels-missed': 'Agreed service levels are being missed.',
    'recurring-defect': 'The same defect or problem keeps coming back.',
    'customer-losing-share': 'The client is losing market share.',
    'customer-strategy-change': 'The client changed strategy and needs less of what we offer.',
    'merger-or-acquisition': 'The client is in a merger or acquisition.',
    'customer-market-shrinking': 'The client’s market is shrinking.',
    'late-payments': 'The client pays late.',
    'credit-rating-down': 'The client’s credit rating was lowered or our credit limit was exceeded.',
    'layoffs-or-cost-cuts': 'The client is laying people off or cutting costs hard.',
    'orders-shrinking': 'The client orders less, in smaller lots.',
  },
  uncouplingLevels: { low: 'Low risk', medium: 'Medium risk', high: 'High risk' },
} as const satisfies Shape;

export type UncouplingTexts = Texts<typeof en>;

export default en;
