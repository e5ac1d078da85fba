/**
 * Every user-facing text of the KAM engine (src/domain), in both languages. The domain returns ids
 * and codes only; widgets look the words up here.
 *
 * `DomainTexts` is derived from the English object, so a key missing in Portuguese is a type error;
 * the English object itself `satisfies` a shape keyed by the domain's id types, so an id added to
 * the domain without an English text is a type error too.
 *
 * Portuguese keeps the source article's own terms: Pré-KAM, Early-KAM, Mid-KAM, Parceria-KAM,
 * Synergistic-KAM, Uncoupling-KAM, Lei de Pareto, causas da desunião, ponto de contato único.
 */
import type {
  ActionStatus,
  Attitude,
  ClassificationErrorCode,
  ContactPattern,
  DpmDirection,
  DpmErrorCode,
  FitCostZone,
  ImportErrorCode,
  ImportIssueCode,
  Influence,
  LadderStage,
  ParetoClass,
  PlanSectionId,
  QuadrantId,
  StageId,
  StageQuestionId,
  StrategyId,
  UncouplingCauseId,
  UncouplingIndicatorId,
  UncouplingLevel,
  UncouplingMitigationId,
  UncouplingSignalId,
} from '../../domain/index.ts';

type Named = { name: string; description: string };
type StageText = { name: string; short: string; description: string; moveUp: string };
type QuestionText = { text: string; why: string; options: Record<LadderStage, string> };
type CriterionText = { name: string; hint: string };

type EnglishShape = {
  stages: Record<StageId, StageText>;
  questions: Record<StageQuestionId, QuestionText>;
  signals: Record<UncouplingSignalId, string>;
  uncouplingRisk: Record<'none' | 'watch' | 'high', string>;
  causes: Record<UncouplingCauseId, Named>;
  indicators: Record<UncouplingIndicatorId, string>;
  mitigations: Record<UncouplingMitigationId, string>;
  uncouplingLevels: Record<UncouplingLevel, string>;
  criteria: Record<string, CriterionText>;
  quadrants: Record<QuadrantId, Named>;
  strategies: Record<StrategyId, Named>;
  fitCostZones: Record<FitCostZone, Named>;
  dpmDirections: Record<DpmDirection, string>;
  planSections: Record<PlanSectionId, { name: string; hint: string }>;
  actionStatuses: Record<ActionStatus, string>;
  influences: Record<Influence, string>;
  attitudes: Record<Attitude, string>;
  contactPatterns: Record<ContactPattern, Named>;
  paretoClasses: Record<ParetoClass, Named>;
  importErrors: Record<ImportErrorCode, string>;
  importIssues: Record<ImportIssueCode, string>;
  classificationErrors: Record<ClassificationErrorCode, string>;
  dpmErrors: Record<DpmErrorCode, string>;
  planErrors: { 'invalid-plan': string };
};

const en = {
  stages: {
    pre: {
      name: 'Pre-KAM',
      short: 'Exploring and attracting: no business yet.',
      description:
        'You have identified the customer as a possible key account and are exploring whether there is a fit. There are no transactions yet; both sides are sending signals and gathering information.',
      moveUp:
        'Win a first order: understand the customer’s needs and buying process, find who decides, and make an offer that is easy to say yes to.',
    },
    early: {
      name: 'Early-KAM',
      short: 'Transactions exist; the product is the reason for the relationship.',
      description:
        'You sell to the customer, usually through one channel: your account manager and their buyer (the bow-tie). The customer is testing you and still buys from several suppliers; price matters a lot.',
      moveUp:
        'Earn credibility: deliver flawlessly, solve problems fast, learn how the customer makes money, and start meeting people beyond the buyer.',
    },
    mid: {
      name: 'Mid-KAM',
      short: 'Credibility established; you may hold about 50 % of the business.',
      description:
        'You are a preferred supplier, but one of several. Contacts now exist at several levels and functions, joint projects begin, and the customer trusts you enough to share some plans. Price is still important.',
      moveUp:
        'Become the main supplier: propose joint plans, open contacts function to function (the diamond), share information both ways and move the conversation from price to value.',
    },
    partnership: {
      name: 'Partnership-KAM',
      short: 'Almost 100 % of the business; a strategic partnership.',
      description:
        'The customer sees you as a strategic external resource. Teams meet function to function, sensitive information is shared, prices are long-term and value-based, and you plan together. The customer could still leave, but it would be costly.',
      moveUp:
        'Integrate: build joint business plans and shared processes, open your cost systems to each other and create value that neither side could create alone.',
    },
    synergistic: {
      name: 'Synergistic-KAM',
      short: 'More than a partnership: almost integration, with transparent costs.',
      description:
        'The two companies act as one for this business: joint strategy, interlinked systems, transparent costs and integrated teams that the account managers coordinate. Leaving would be difficult for both sides.',
      moveUp:
        'This is the top of the ladder. Keep it alive: review the partnership regularly, keep innovating together, and check that the investment still pays off.',
    },
    uncoupling: {
      name: 'Uncoupling-KAM',
      short: 'The relationship is breaking down.',
      description:
        'Something has broken the relationship, at any stage: a key person left, trust was breached, the relationship was neglected, cultures clashed, quality failed, or the customer’s market or finances changed.',
      moveUp:
        'Find the cause first. Rebuild trust with small promises kept, widen the contacts beyond one person, and decide honestly whether this customer should remain a key account.',
    },
  },
  questions: {
    business: {
      text: 'How much business do you do with this customer today?',
      why: 'The article separates Pre-KAM (no transactions) from Early-KAM (transactions exist): the kind of business shows how far the relationship has gone.',
      options: {
        pre: 'None yet: we are exploring the opportunity.',
        early: 'Some transactional orders, product by product.',
        mid: 'Regular business across several products or sites.',
        partnership: 'Broad business involving several functions on both sides.',
        synergistic: 'Integrated business: our systems and processes are linked.',
      },
    },
    share: {
      text: 'What share of the customer’s purchases in your category do you hold?',
      why: 'The article gives the figures: about 50 % in Mid-KAM and almost 100 % in Partnership-KAM.',
      options: {
        pre: 'None.',
        early: 'A small share (under about 20 %).',
        mid: 'A substantial share, about half.',
        partnership: 'Almost all of it.',
        synergistic: 'All of it, and we plan future needs together.',
      },
    },
    'supplier-status': {
      text: 'How does the customer see you as a supplier?',
      why: 'Supplier status is McDonald’s main observable test of the stage: from “one of many” to “exit would be difficult for both”.',
      options: {
        pre: 'As a prospect: we are not on their supplier list.',
        early: 'As one of several suppliers, on trial.',
        mid: 'As a preferred supplier, but one of many.',
        partnership: 'As the main supplier; they could still leave if they had to.',
        synergistic: 'As a partner: leaving would be difficult for both of us.',
      },
    },
    contacts: {
      text: 'Who talks to whom between the two companies?',
      why: 'Research on key account dyads found that relationships differ most by contact structure: a single point of contact (bow-tie) is fragile; many contacts across functions (diamond) are resilient.',
      options: {
        pre: 'Only exploratory contacts between a salesperson and a buyer.',
        early: 'One channel: our account manager and their buyer (bow-tie).',
        mid: 'A few more people, at several levels.',
        partnership: 'Many people, function to function (diamond).',
        synergistic: 'Integrated teams; the account managers only coordinate.',
      },
    },
    price: {
      text: 'What are prices based on?',
      why: 'Price dominates early relationships; partnerships move to long-term, value-based pricing, and synergistic ones to open costs.',
      options: {
        pre: 'Quotes and tenders against competitors.',
        early: 'Mostly price: we win or lose on it.',
        mid: 'Price is still important, but service and quality count.',
        partnership: 'Long-term agreements based on the value we create.',
        synergistic: 'Open-book: costs are transparent to both sides.',
      },
    },
    information: {
      text: 'How much information do you share?',
      why: 'Information flows grow with trust: from signals only, to sensitive plans shared openly.',
      options: {
        pre: 'Only signals and public information.',
        early: 'Basic order and delivery information.',
        mid: 'Some plans and forecasts, but we are often “in the dark”.',
        partnership: 'Sensitive information is shared openly, both ways.',
        synergistic: 'No boundaries: we work from the same data.',
      },
    },
    planning: {
      text: 'Do you plan together with the customer?',
      why: 'Joint development and marketing mark Mid-KAM; joint business plans mark the partnership stages.',
      options: {
        pre: 'No.',
        early: 'No; we react to their orders.',
        mid: 'We run some joint projects or promotions.',
        partnership: 'We have joint development plans.',
        synergistic: 'We build a joint strategy and business plan.',
      },
    },
    trust: {
      text: 'How much does the customer trust you?',
      why: 'The article says credibility exists from Mid-KAM on; trust is what the later stages are built on.',
      options: {
        pre: 'They do not know us yet.',
        early: 'They are testing us.',
        mid: 'We are credible, but not yet fully trusted.',
        partnership: 'Trust is mutual.',
        synergistic: 'Trust is complete; we act as one team.',
      },
    },
    exit: {
      text: 'How hard would it be for the customer to replace you?',
      why: 'Exit barriers rise stage by stage; in the top stages leaving hurts both sides.',
      options: {
        pre: 'Nothing to replace.',
        early: 'Easy: another supplier could take over tomorrow.',
        mid: 'Possible, with some effort.',
        partnership: 'Costly, though they could do it if necessary.',
        synergistic: 'Very difficult for both companies.',
      },
    },
    costs: {
      text: 'How transparent are costs between you?',
      why: 'The article: in Synergistic-KAM “cost systems become transparent”.',
      options: {
        pre: 'Nothing is shared.',
        early: 'We only see each other’s prices.',
        mid: 'We discuss some cost drivers.',
        partnership: 'We share cost information to find savings.',
        synergistic: 'Our cost systems are transparent to each other.',
      },
    },
    needs: {
      text: 'What kind of problems do you solve for the customer?',
      why: 'Millman & Wilson: relationships grow from product needs, to process needs, to “the way business is done” (facilitation).',
      options: {
        pre: 'None yet.',
        early: 'Product needs: we supply what they order.',
        mid: 'Product and process needs: we improve how they use it.',
        partnership: 'Process and business needs: we improve their operations.',
        synergistic: 'We create new value together.',
      },
    },
  },
  signals: {
    'decided-to-end': 'The customer has decided to end the business or move it to a competitor.',
    'volume-cut-announced': 'The customer has announced a sharp cut in our volume or share.',
    'tender-opened': 'The customer opened a tender or asked competitors for quotes on what we supply.',
    'key-contact-left': 'Our main contact (theirs or ours) left or changed role recently.',
    'trust-incident': 'A serious trust incident happened (a broken promise, a leak, a dispute).',
    'complaints-rising': 'Complaints about quality or service are increasing.',
    'orders-falling': 'Orders have fallen for two quarters or more without a clear reason.',
    'payment-problems': 'The customer pays late or has financial difficulties.',
    'access-lost': 'Meetings are cancelled and we no longer reach senior people.',
  },
  uncouplingRisk: {
    none: 'No warning signal.',
    watch: 'Watch: warning signals are present.',
    high: 'High risk: the relationship may be breaking down.',
  },
  causes: {
    'key-personnel-change': {
      name: 'Change of key personnel',
      description: 'When a key person is the single point of contact, losing that person can end the relationship.',
    },
    'trust-breach': {
      name: 'Breach of trust',
      description:
        'However strong the relationship, trust breaks if performance is not consistent and communication is not adequate.',
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
      description:
        'The customer suffers a large loss in its market and is no longer worth managing as a key account.',
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
    'bad-news-late': 'The customer heard bad news late, or from someone else.',
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
    'customer-losing-share': 'The customer is losing market share.',
    'customer-strategy-change': 'The customer changed strategy and needs less of what we offer.',
    'merger-or-acquisition': 'The customer is in a merger or acquisition.',
    'customer-market-shrinking': 'The customer’s market is shrinking.',
    'late-payments': 'The customer pays late.',
    'credit-rating-down': 'The customer’s credit rating was lowered or our credit limit was exceeded.',
    'layoffs-or-cost-cuts': 'The customer is laying people off or cutting costs hard.',
    'orders-shrinking': 'The customer orders less, in smaller lots.',
  },
  mitigations: {
    'build-diamond': 'Build contacts function to function (move from bow-tie to diamond).',
    'meet-new-people': 'Meet the new decision makers early and learn what they need.',
    'succession-plan': 'Name and introduce a back-up account manager.',
    'share-account-knowledge': 'Write down the account history and share it with the team.',
    'own-the-problem': 'Own the problem openly: explain, apologise and fix it.',
    'regular-reviews': 'Hold regular performance reviews with the customer.',
    'promise-realistically': 'Promise only what you can deliver, then deliver it.',
    'escalation-path': 'Agree an escalation path for problems on both sides.',
    'revitalise-plan': 'Review the account plan with the customer and set new goals.',
    'joint-innovation': 'Bring a new idea or joint project to the customer.',
    'contact-cadence': 'Agree a contact rhythm and keep to it.',
    'refresh-team': 'Refresh the team with new people and new energy.',
    'talk-about-values': 'Talk openly about values and ways of working.',
    'align-teams': 'Bring the two teams together to agree how they will work.',
    'relationship-charter': 'Write a short relationship charter both sides sign.',
    'adapt-processes': 'Adapt your processes where the differences hurt most.',
    'root-cause-analysis': 'Find the root cause of each quality problem, with the customer.',
    'quality-plan': 'Agree a quality improvement plan with dates and owners.',
    'service-review': 'Review service levels and report on them every month.',
    'make-good': 'Compensate fairly for the problems caused.',
    'reassess-attractiveness': 'Reassess how attractive the account is now.',
    'adapt-offer': 'Adapt the offer to the customer’s new situation.',
    'reduce-cost-to-serve': 'Reduce the cost to serve the account.',
    'follow-new-decision-makers': 'Follow the new strategy and its new decision makers.',
    'credit-review': 'Review credit limits and exposure with finance.',
    'payment-terms': 'Agree payment terms that protect both sides.',
    'limit-exposure': 'Limit the stock and investment committed to the account.',
    'review-kam-status': 'Decide whether the customer should remain a key account.',
  },
  uncouplingLevels: { low: 'Low risk', medium: 'Medium risk', high: 'High risk' },
  criteria: {
    'purchase-volume': { name: 'Purchase volume', hint: 'How much the customer buys in our category, from anyone.' },
    'growth-potential': { name: 'Growth potential', hint: 'How much the customer’s business and purchases can grow.' },
    profitability: { name: 'Profitability', hint: 'The margin we can earn after the cost to serve.' },
    prestige: { name: 'Prestige', hint: 'The reference value of having this customer.' },
    'relationship-openness': { name: 'Openness to partnership', hint: 'How willing the customer is to work closely with a supplier.' },
    'geographic-reach': { name: 'Geographic reach', hint: 'How well the customer’s locations fit where we operate.' },
    'product-range': { name: 'Product and service range', hint: 'How well our range covers what the customer needs.' },
    support: { name: 'Pre- and after-sales support', hint: 'Technical help, service and responsiveness.' },
    price: { name: 'Price', hint: 'Our price as the customer sees it, against the best competitor.' },
    reliability: { name: 'Reliability', hint: 'On-time, complete and correct deliveries.' },
    reputation: { name: 'Reputation', hint: 'What the customer thinks of our company.' },
    'know-how': { name: 'Experience and know-how', hint: 'What we know about the customer’s business.' },
    'staff-quality': { name: 'Quality of our people', hint: 'Competence of the people the customer deals with.' },
  },
  quadrants: {
    strategic: { name: 'Strategic', description: 'Attractive account where we are strong.' },
    star: { name: 'Star', description: 'Attractive account where we are still weak.' },
    status: { name: 'Status', description: 'Less attractive account where we are strong.' },
    streamline: { name: 'Streamline', description: 'Less attractive account where we are weak.' },
  },
  strategies: {
    'invest-for-growth': { name: 'Invest for growth', description: 'Full key account management; aim for partnership.' },
    'invest-selectively': { name: 'Invest selectively', description: 'Invest where it builds our position; choose carefully.' },
    maintain: { name: 'Maintain', description: 'Serve efficiently and protect the profit.' },
    'manage-for-cash': { name: 'Manage for cash', description: 'Cut the cost to serve; keep the business transactional.' },
  },
  fitCostZones: {
    select: { name: 'Select', description: 'High fit, low cost: manage as a key account now.' },
    consider: { name: 'Consider', description: 'High fit but costly: build a business case before committing.' },
    later: { name: 'Later', description: 'Low cost but poor fit: serve through normal sales and revisit.' },
    avoid: { name: 'Avoid', description: 'Poor fit and costly: do not manage as a key account.' },
  },
  dpmDirections: { improving: 'Improving', stable: 'Stable', declining: 'Declining' },
  planSections: {
    mission: { name: 'Mission', hint: 'Why this relationship exists and what it should achieve for both sides.' },
    financialSummary: { name: 'Financial summary', hint: 'Revenue and margin of the last three years.' },
    customerOverview: { name: 'Customer overview', hint: 'The customer’s business, market, strategy and buying process.' },
    criticalSuccessFactors: {
      name: 'Customer’s critical success factors',
      hint: 'What the customer needs from a supplier to succeed, how much each matters, and how we score.',
    },
    customerPortfolio: { name: 'Customer portfolio', hint: 'What the customer buys from us and what else it could buy.' },
    assumptions: { name: 'Assumptions', hint: 'Three or four things the plan takes for granted.' },
    objectives: { name: 'Objectives', hint: 'What we want to achieve with this customer and how.' },
    goals: { name: 'Business goals for the next three years', hint: 'Revenue, margin and share of the customer’s business.' },
    actions: { name: 'Actions', hint: 'What will be done, by whom and by when.' },
    contacts: { name: 'Contact map', hint: 'Who we know at the customer, their influence and attitude.' },
    risks: { name: 'Risks', hint: 'What could break the relationship (see the causes of uncoupling).' },
    review: { name: 'Next review', hint: 'When the plan will be reviewed with the team.' },
  },
  actionStatuses: { todo: 'To do', doing: 'In progress', done: 'Done' },
  influences: { low: 'Low', medium: 'Medium', high: 'High' },
  attitudes: { supporter: 'Supporter', neutral: 'Neutral', sceptic: 'Sceptic' },
  contactPatterns: {
    none: { name: 'No contacts yet', description: 'Add the people you know at the customer.' },
    'bow-tie': {
      name: 'Bow-tie',
      description: 'A single point of contact: if that person leaves, the relationship is at risk.',
    },
    diamond: {
      name: 'Diamond',
      description: 'Several people in contact across functions: the relationship does not hang on one person.',
    },
  },
  paretoClasses: {
    A: { name: 'Class A', description: 'The clients you need to reach the first threshold (80 % by default) of revenue.' },
    B: { name: 'Class B', description: 'The next clients, up to the second threshold (95 % by default).' },
    C: { name: 'Class C', description: 'The rest: many clients, a small part of revenue.' },
  },
  importErrors: {
    empty: 'The file is empty.',
    'too-large': 'The file is too large to import here. Export fewer rows or a shorter period.',
    binary:
      'This does not look like a CSV file. In Excel, use “Save as” and choose “CSV (comma or semicolon separated)”.',
    'no-header': 'The first line must contain the column names (for example “Customer” and “Amount”).',
    'no-amount-column': 'No amount column was found. Choose which column holds the amount.',
    'no-name-column': 'No customer column was found. Choose which column holds the customer name or code.',
    'unknown-column': 'A column you chose does not exist in this file.',
    'no-rows': 'The file has column names but no data rows.',
    'no-valid-rows': 'No row could be used. See the problems listed for each row.',
    unexpected: 'The file could not be read.',
  },
  importIssues: {
    'ragged-row': 'This row has a different number of columns than the header, so it was skipped.',
    'missing-name': 'No customer name on this row, so it was skipped.',
    'missing-id': 'No customer code on this row, so it was skipped.',
    'missing-amount': 'No amount on this row, so it was skipped.',
    'invalid-amount': 'The amount on this row is not a number, so it was skipped.',
    'invalid-date': 'The date on this row could not be read; the amount was kept without a date.',
    'total-row': 'This looks like a total line of the report, so it was skipped.',
    'merged-names': 'Different spellings of the same customer were merged.',
    'malformed-quotes': 'This row has unbalanced quotes; check that it was read correctly.',
    'more-issues': 'More rows had problems than are listed here.',
  },
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
  planErrors: { 'invalid-plan': 'This account plan is not valid and cannot be loaded.' },
} as const satisfies EnglishShape;

/** Same keys as English at every level, any string values. */
type Texts<T> = { readonly [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };
export type DomainTexts = Texts<typeof en>;


export default en;
