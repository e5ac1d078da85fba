/** English: The account plan: sections, action statuses, contacts. The shape is keyed by the domain's ids, so an id without a text is a type error. */
import type { ActionStatus, Attitude, ContactPattern, Influence, PlanSectionId } from '../../domain/index.ts';
import type { Named, Texts } from './shape';

type Shape = {
  planSections: Record<PlanSectionId, { name: string; hint: string }>;
  actionStatuses: Record<ActionStatus, string>;
  influences: Record<Influence, string>;
  attitudes: Record<Attitude, string>;
  contactPatterns: Record<ContactPattern, Named>;
  planErrors: { 'invalid-plan': string };
};

const en = {
  planSections: {
    mission: { name: 'Mission', hint: 'Why this relationship exists and what it should achieve for both sides.' },
    financialSummary: { name: 'Financial summary', hint: 'Revenue and margin of the last three years.' },
    customerOverview: { name: 'Customer overview', hint: 'The customer’s business, market, strategy and buying process.' },
    criticalSuccessFactors: {
      name: 'Customer’s critical success factors',
      hint: 'What the client needs from a supplier to succeed, how much each matters, and how we score.',
    },
    customerPortfolio: { name: 'Customer portfolio', hint: 'What the client buys from us and what else it could buy.' },
    assumptions: { name: 'Assumptions', hint: 'Three or four things the plan takes for granted.' },
    objectives: { name: 'Objectives', hint: 'What we want to achieve with this customer and how.' },
    goals: { name: 'Business goals for the next three years', hint: 'Revenue, margin and share of the customer’s business.' },
    actions: { name: 'Actions', hint: 'What will be done, by whom and by when.' },
    contacts: { name: 'Contact map', hint: 'Who we know at the client, their influence and attitude.' },
    risks: { name: 'Risks', hint: 'What could break the relationship (see the causes of uncoupling).' },
    review: { name: 'Next review', hint: 'When the plan will be reviewed with the team.' },
  },
  actionStatuses: { todo: 'To do', doing: 'In progress', done: 'Done' },
  influences: { low: 'Low', medium: 'Medium', high: 'High' },
  attitudes: { supporter: 'Supporter', neutral: 'Neutral', sceptic: 'Sceptic' },
  contactPatterns: {
    none: { name: 'No contacts yet', description: 'Add the people you know at the client.' },
    'bow-tie': {
      name: 'Bow-tie',
      description:
        'A single point of contact: one person on either side carries the relationship; if that person leaves, the relationship is at risk.',
    },
    diamond: {
      name: 'Diamond',
      description:
        'Function-to-function pairs: several people of ours talk to their peers in different functions at the client, so the relationship does not hang on one person.',
    },
  },
  planErrors: { 'invalid-plan': 'This account plan is not valid and cannot be loaded.' },
} as const satisfies Shape;

export type PlanTexts = Texts<typeof en>;

export default en;
