/** English: the account team's words in the plan's Markdown export. Keyed by the domain's ids, so an id without a text is a type error. */
import type { TeamMarkdownLabels } from '../../domain/index.ts';

const en: TeamMarkdownLabels = {
  title: 'Account team',
  raciTitle: 'Who decides what (RACI)',
  none: 'No team recorded for this account (account-team tool).',
  role: { kam: 'Key account manager', sponsor: 'Executive sponsor', counterpart: 'Functional counterpart' },
  function: {
    sales: 'Sales',
    management: 'Management',
    logistics: 'Logistics',
    quality: 'Quality',
    technical: 'Technical service',
    finance: 'Finance',
    operations: 'Operations',
    other: 'Other',
  },
  decision: {
    price: 'Prices and discounts',
    terms: 'Payment and delivery terms',
    exceptions: 'Exceptions',
    resources: 'Resources',
    plan: 'Account plan',
  },
};

export default en;
