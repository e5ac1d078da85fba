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
import type { Locale } from './locales';
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
} from '../domain/index.ts';

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

const ptBr: DomainTexts = {
  stages: {
    pre: {
      name: 'Pré-KAM',
      short: 'Fase de exploração e atração: ainda não existem transações.',
      description:
        'Você identificou o cliente como uma possível conta-chave e está avaliando se existe adequação. Ainda não há transações; os dois lados trocam sinais e reúnem informações.',
      moveUp:
        'Conquistar o primeiro pedido: entender as necessidades e o processo de compra do cliente, descobrir quem decide e fazer uma oferta fácil de aceitar.',
    },
    early: {
      name: 'Early-KAM',
      short: 'Já existem transações; produtos e serviços são a razão principal do relacionamento.',
      description:
        'Você já vende para o cliente, em geral por um único canal: o seu gerente de contas e o comprador dele (a gravata-borboleta). O cliente está testando você e ainda compra de vários fornecedores; o preço pesa muito.',
      moveUp:
        'Ganhar credibilidade: entregar sem falhas, resolver problemas rápido, entender como o cliente ganha dinheiro e começar a conhecer pessoas além do comprador.',
    },
    mid: {
      name: 'Mid-KAM',
      short: 'Existe credibilidade; a proporção de negócios pode chegar a 50 %.',
      description:
        'Você é um fornecedor preferencial, mas um entre vários. Já há contatos em vários níveis e áreas, surgem projetos conjuntos e o cliente confia o bastante para compartilhar alguns planos. O preço ainda é importante.',
      moveUp:
        'Tornar-se o fornecedor principal: propor planos conjuntos, abrir contatos de área para área (o diamante), compartilhar informações nos dois sentidos e levar a conversa do preço para o valor.',
    },
    partnership: {
      name: 'Parceria-KAM',
      short: 'Proporção de quase 100 % dos negócios; parceria estratégica.',
      description:
        'O cliente vê você como um recurso externo estratégico. As equipes se reúnem área a área, informações sensíveis são compartilhadas, os preços são de longo prazo e baseados em valor, e o planejamento é feito em conjunto. O cliente ainda poderia sair, mas a um custo alto.',
      moveUp:
        'Integrar: construir planos de negócio e processos em comum, abrir os sistemas de custo um para o outro e criar valor que nenhum dos lados criaria sozinho.',
    },
    synergistic: {
      name: 'Synergistic-KAM',
      short: 'Mais do que parceria: quase integração, com sistemas de custo transparentes.',
      description:
        'As duas empresas atuam como uma só neste negócio: estratégia conjunta, sistemas interligados, custos transparentes e equipes integradas que os gerentes de contas apenas coordenam. Sair seria difícil para os dois lados.',
      moveUp:
        'Este é o topo da escada. Mantenha-o vivo: revise a parceria com regularidade, continue inovando junto e verifique se o investimento ainda compensa.',
    },
    uncoupling: {
      name: 'Uncoupling-KAM',
      short: 'Há uma quebra no relacionamento.',
      description:
        'Algo rompeu o relacionamento, em qualquer estágio: uma pessoa-chave saiu, houve ruptura de confiança, o relacionamento foi negligenciado, as culturas não combinaram, a qualidade falhou, ou o mercado ou as finanças do cliente mudaram.',
      moveUp:
        'Primeiro, encontre a causa. Reconstrua a confiança cumprindo pequenas promessas, amplie os contatos para além de uma pessoa e decida com honestidade se o cliente deve continuar como conta-chave.',
    },
  },
  questions: {
    business: {
      text: 'Quanto negócio vocês fazem hoje com este cliente?',
      why: 'O artigo separa o Pré-KAM (não existem transações) do Early-KAM (já existem transações): o tipo de negócio mostra até onde o relacionamento avançou.',
      options: {
        pre: 'Nenhum ainda: estamos explorando a oportunidade.',
        early: 'Alguns pedidos pontuais, produto a produto.',
        mid: 'Negócios regulares em vários produtos ou unidades.',
        partnership: 'Negócios amplos, envolvendo várias áreas dos dois lados.',
        synergistic: 'Negócios integrados: nossos sistemas e processos estão interligados.',
      },
    },
    share: {
      text: 'Que parcela das compras do cliente na sua categoria fica com vocês?',
      why: 'O artigo dá os números: cerca de 50 % no Mid-KAM e quase 100 % na Parceria-KAM.',
      options: {
        pre: 'Nenhuma.',
        early: 'Uma parcela pequena (menos de uns 20 %).',
        mid: 'Uma parcela importante, por volta da metade.',
        partnership: 'Quase tudo.',
        synergistic: 'Tudo, e planejamos juntos as necessidades futuras.',
      },
    },
    'supplier-status': {
      text: 'Como o cliente vê vocês como fornecedor?',
      why: 'O status de fornecedor é o principal teste observável do estágio segundo McDonald: de “um entre muitos” a “sair seria difícil para os dois”.',
      options: {
        pre: 'Como um potencial fornecedor: não estamos na lista dele.',
        early: 'Como um entre vários fornecedores, em teste.',
        mid: 'Como fornecedor preferencial, mas um entre muitos.',
        partnership: 'Como o fornecedor principal; ainda poderia sair se precisasse.',
        synergistic: 'Como parceiro: sair seria difícil para os dois lados.',
      },
    },
    contacts: {
      text: 'Quem fala com quem entre as duas empresas?',
      why: 'Pesquisas com pares cliente-fornecedor mostram que os relacionamentos se diferenciam sobretudo pela estrutura de contatos: um ponto de contato único (gravata-borboleta) é frágil; muitos contatos entre áreas (diamante) resistem melhor.',
      options: {
        pre: 'Só contatos exploratórios entre um vendedor e um comprador.',
        early: 'Um único canal: nosso gerente de contas e o comprador deles (gravata-borboleta).',
        mid: 'Algumas pessoas a mais, em vários níveis.',
        partnership: 'Muitas pessoas, de área para área (diamante).',
        synergistic: 'Equipes integradas; os gerentes de contas apenas coordenam.',
      },
    },
    price: {
      text: 'Em que se baseiam os preços?',
      why: 'O preço domina os relacionamentos iniciais; as parcerias passam a preços de longo prazo baseados em valor, e as sinérgicas, a custos abertos.',
      options: {
        pre: 'Cotações e concorrências contra outros fornecedores.',
        early: 'Principalmente no preço: ganhamos ou perdemos por ele.',
        mid: 'O preço ainda é importante, mas serviço e qualidade contam.',
        partnership: 'Acordos de longo prazo baseados no valor que criamos.',
        synergistic: 'Livro aberto: os custos são transparentes para os dois lados.',
      },
    },
    information: {
      text: 'Quanta informação vocês compartilham?',
      why: 'O fluxo de informações cresce com a confiança: de simples sinais a planos sensíveis compartilhados abertamente.',
      options: {
        pre: 'Apenas sinais e informações públicas.',
        early: 'Informações básicas de pedidos e entregas.',
        mid: 'Alguns planos e previsões, mas muitas vezes ficamos “no escuro”.',
        partnership: 'Informações sensíveis circulam abertamente, nos dois sentidos.',
        synergistic: 'Não há fronteiras: trabalhamos com os mesmos dados.',
      },
    },
    planning: {
      text: 'Vocês planejam em conjunto com o cliente?',
      why: 'Desenvolvimento e marketing conjuntos marcam o Mid-KAM; planos de negócio conjuntos marcam os estágios de parceria.',
      options: {
        pre: 'Não.',
        early: 'Não; reagimos aos pedidos dele.',
        mid: 'Fazemos alguns projetos ou promoções em conjunto.',
        partnership: 'Temos planos de desenvolvimento conjuntos.',
        synergistic: 'Construímos juntos a estratégia e o plano de negócios.',
      },
    },
    trust: {
      text: 'Quanto o cliente confia em vocês?',
      why: 'O artigo diz que a credibilidade existe a partir do Mid-KAM; a confiança é a base dos estágios seguintes.',
      options: {
        pre: 'Ainda não nos conhece.',
        early: 'Está nos testando.',
        mid: 'Temos credibilidade, mas ainda não total confiança.',
        partnership: 'A confiança é mútua.',
        synergistic: 'A confiança é total; agimos como uma só equipe.',
      },
    },
    exit: {
      text: 'Seria difícil para o cliente substituir vocês?',
      why: 'As barreiras de saída sobem a cada estágio; nos estágios mais altos, a saída prejudica os dois lados.',
      options: {
        pre: 'Não há o que substituir.',
        early: 'Fácil: outro fornecedor assumiria amanhã.',
        mid: 'Possível, com algum esforço.',
        partnership: 'Custoso, embora ele possa fazer isso se for preciso.',
        synergistic: 'Muito difícil para as duas empresas.',
      },
    },
    costs: {
      text: 'Quão transparentes são os custos entre vocês?',
      why: 'O artigo: no Synergistic-KAM, os “sistemas de custo tornam-se transparentes”.',
      options: {
        pre: 'Nada é compartilhado.',
        early: 'Só vemos os preços um do outro.',
        mid: 'Discutimos alguns fatores de custo.',
        partnership: 'Compartilhamos informações de custo para achar economias.',
        synergistic: 'Nossos sistemas de custo são transparentes um para o outro.',
      },
    },
    needs: {
      text: 'Que tipo de problema vocês resolvem para o cliente?',
      why: 'Millman e Wilson: os relacionamentos evoluem das necessidades de produto para as de processo e, depois, para “a forma de fazer negócios”.',
      options: {
        pre: 'Nenhum ainda.',
        early: 'Necessidades de produto: fornecemos o que ele pede.',
        mid: 'Produto e processo: melhoramos a forma como ele usa o que compra.',
        partnership: 'Processo e negócio: melhoramos as operações dele.',
        synergistic: 'Criamos valor novo juntos.',
      },
    },
  },
  signals: {
    'decided-to-end': 'O cliente decidiu encerrar o negócio ou passá-lo para um concorrente.',
    'volume-cut-announced': 'O cliente anunciou um corte forte no nosso volume ou participação.',
    'tender-opened': 'O cliente abriu uma concorrência ou pediu cotações a concorrentes para o que fornecemos.',
    'key-contact-left': 'Nosso principal contato (dele ou nosso) saiu ou mudou de função recentemente.',
    'trust-incident': 'Houve um incidente sério de confiança (promessa quebrada, vazamento, disputa).',
    'complaints-rising': 'As reclamações sobre qualidade ou serviço estão aumentando.',
    'orders-falling': 'Os pedidos caem há dois trimestres ou mais sem motivo claro.',
    'payment-problems': 'O cliente paga com atraso ou tem dificuldades financeiras.',
    'access-lost': 'As reuniões são canceladas e já não chegamos à alta direção.',
  },
  uncouplingRisk: {
    none: 'Nenhum sinal de alerta.',
    watch: 'Atenção: há sinais de alerta.',
    high: 'Risco alto: o relacionamento pode estar se rompendo.',
  },
  causes: {
    'key-personnel-change': {
      name: 'Mudança no pessoal-chave',
      description: 'Quando o pessoal-chave é o ponto de contato único, perder essa pessoa pode encerrar o relacionamento.',
    },
    'trust-breach': {
      name: 'Ruptura de confiança',
      description:
        'Por mais forte que seja o relacionamento, se o desempenho não for persistente e não houver comunicação adequada, pode acontecer ruptura de confiança.',
    },
    exhaustion: {
      name: 'Exaustão e falta de persistência',
      description: 'Falta de revitalização, atenção ou negligência: o relacionamento perde energia.',
    },
    'cultural-mismatch': {
      name: 'Má-combinação cultural',
      description: 'Diferenças culturais ou divergências de valores entre as duas empresas.',
    },
    'quality-problems': {
      name: 'Problemas de qualidade',
      description: 'Falta de manutenção da qualidade exigida ou problemas de desempenho.',
    },
    'market-position-loss': {
      name: 'Mudança de posição no mercado (externa)',
      description:
        'O cliente sofre uma grande perda no mercado e deixa de ser interessante mantê-lo no Key Account Management.',
    },
    'financial-problems': {
      name: 'Problemas financeiros (externa)',
      description: 'O cliente com problemas financeiros pode ser excluído do Key Account Management.',
    },
  },
  indicators: {
    'single-point-of-contact': 'Uma pessoa do lado deles (ou do nosso) é o ponto de contato único.',
    'key-contact-changing': 'Um contato-chave vai sair, se aposentar ou mudar de função.',
    'no-senior-access': 'Não temos relacionamento com a alta direção do cliente.',
    'no-successor': 'Ninguém do nosso lado conseguiria assumir a conta amanhã.',
    'promises-missed': 'Não cumprimos prazos de entrega ou compromissos assumidos.',
    'bad-news-late': 'O cliente soube de más notícias tarde, ou por outra pessoa.',
    'performance-inconsistent': 'Nosso desempenho varia de um mês para o outro.',
    'confidentiality-breach': 'Informações confidenciais foram mal conduzidas (por nós ou por eles).',
    'no-new-proposals': 'Não propusemos nada de novo nos últimos doze meses.',
    'fewer-contacts': 'As visitas e os contatos ficaram menos frequentes.',
    'plan-not-reviewed': 'O plano da conta não foi revisado este ano.',
    'on-autopilot': 'O relacionamento anda no piloto automático; ninguém da diretoria participa.',
    'values-conflict': 'Nossos valores ou nossa ética entram em choque com os deles.',
    'different-pace': 'A velocidade e o estilo de decisão são muito diferentes.',
    'team-friction': 'Há atrito entre as nossas equipes e as deles.',
    'goals-misaligned': 'Nossos objetivos para o negócio já não combinam com os deles.',
    'complaints-rising': 'As reclamações estão aumentando.',
    'late-deliveries': 'As entregas atrasam com mais frequência.',
    'service-levels-missed': 'Os níveis de serviço combinados não estão sendo cumpridos.',
    'recurring-defect': 'O mesmo defeito ou problema volta a acontecer.',
    'customer-losing-share': 'O cliente está perdendo participação de mercado.',
    'customer-strategy-change': 'O cliente mudou de estratégia e precisa menos do que oferecemos.',
    'merger-or-acquisition': 'O cliente está passando por fusão ou aquisição.',
    'customer-market-shrinking': 'O mercado do cliente está encolhendo.',
    'late-payments': 'O cliente paga com atraso.',
    'credit-rating-down': 'A classificação de crédito do cliente caiu ou o nosso limite de crédito foi ultrapassado.',
    'layoffs-or-cost-cuts': 'O cliente está demitindo ou cortando custos com força.',
    'orders-shrinking': 'O cliente compra menos, em lotes menores.',
  },
  mitigations: {
    'build-diamond': 'Criar contatos de área para área (passar da gravata-borboleta ao diamante).',
    'meet-new-people': 'Conhecer cedo os novos decisores e entender o que eles precisam.',
    'succession-plan': 'Indicar e apresentar um gerente de contas substituto.',
    'share-account-knowledge': 'Registrar a história da conta e compartilhá-la com a equipe.',
    'own-the-problem': 'Assumir o problema abertamente: explicar, pedir desculpas e corrigir.',
    'regular-reviews': 'Fazer revisões de desempenho regulares com o cliente.',
    'promise-realistically': 'Prometer só o que pode entregar, e entregar.',
    'escalation-path': 'Combinar um caminho de escalonamento de problemas para os dois lados.',
    'revitalise-plan': 'Revisar o plano da conta com o cliente e definir novas metas.',
    'joint-innovation': 'Levar ao cliente uma ideia nova ou um projeto conjunto.',
    'contact-cadence': 'Combinar um ritmo de contatos e mantê-lo.',
    'refresh-team': 'Renovar a equipe com pessoas e energia novas.',
    'talk-about-values': 'Conversar abertamente sobre valores e formas de trabalhar.',
    'align-teams': 'Reunir as duas equipes para combinar como vão trabalhar.',
    'relationship-charter': 'Escrever um breve acordo de relacionamento assinado pelos dois lados.',
    'adapt-processes': 'Adaptar os processos onde as diferenças mais atrapalham.',
    'root-cause-analysis': 'Encontrar, junto com o cliente, a causa raiz de cada problema de qualidade.',
    'quality-plan': 'Combinar um plano de melhoria da qualidade com prazos e responsáveis.',
    'service-review': 'Revisar os níveis de serviço e prestar contas todo mês.',
    'make-good': 'Compensar de forma justa os problemas causados.',
    'reassess-attractiveness': 'Reavaliar quão atrativa a conta é hoje.',
    'adapt-offer': 'Adaptar a oferta à nova situação do cliente.',
    'reduce-cost-to-serve': 'Reduzir o custo de atender a conta.',
    'follow-new-decision-makers': 'Acompanhar a nova estratégia e os novos decisores.',
    'credit-review': 'Revisar limites de crédito e exposição com o financeiro.',
    'payment-terms': 'Combinar condições de pagamento que protejam os dois lados.',
    'limit-exposure': 'Limitar o estoque e o investimento dedicados à conta.',
    'review-kam-status': 'Decidir se o cliente deve continuar como conta-chave.',
  },
  uncouplingLevels: { low: 'Risco baixo', medium: 'Risco médio', high: 'Risco alto' },
  criteria: {
    'purchase-volume': { name: 'Volume de compras', hint: 'Quanto o cliente compra na nossa categoria, de qualquer fornecedor.' },
    'growth-potential': { name: 'Potencial de crescimento', hint: 'Quanto o negócio e as compras do cliente podem crescer.' },
    profitability: { name: 'Lucratividade', hint: 'A margem que podemos obter depois do custo de atender.' },
    prestige: { name: 'Prestígio', hint: 'O valor de referência de ter este cliente.' },
    'relationship-openness': { name: 'Abertura à parceria', hint: 'Quanto o cliente está disposto a trabalhar de perto com um fornecedor.' },
    'geographic-reach': { name: 'Alcance geográfico', hint: 'Quanto as unidades do cliente coincidem com onde atuamos.' },
    'product-range': { name: 'Linha de produtos e serviços', hint: 'Quanto a nossa linha cobre o que o cliente precisa.' },
    support: { name: 'Suporte de pré e pós-venda', hint: 'Ajuda técnica, atendimento e agilidade.' },
    price: { name: 'Preço', hint: 'Nosso preço na visão do cliente, comparado ao melhor concorrente.' },
    reliability: { name: 'Confiabilidade', hint: 'Entregas no prazo, completas e corretas.' },
    reputation: { name: 'Reputação', hint: 'O que o cliente pensa da nossa empresa.' },
    'know-how': { name: 'Experiência e know-how', hint: 'O que sabemos sobre o negócio do cliente.' },
    'staff-quality': { name: 'Qualidade da nossa equipe', hint: 'A competência das pessoas com quem o cliente lida.' },
  },
  quadrants: {
    strategic: { name: 'Estratégico', description: 'Conta atrativa em que somos fortes.' },
    star: { name: 'Estrela', description: 'Conta atrativa em que ainda somos fracos.' },
    status: { name: 'Status', description: 'Conta menos atrativa em que somos fortes.' },
    streamline: { name: 'Streamline', description: 'Conta menos atrativa em que somos fracos.' },
  },
  strategies: {
    'invest-for-growth': { name: 'Investir para crescer', description: 'Key Account Management completo; buscar a parceria.' },
    'invest-selectively': { name: 'Investir seletivamente', description: 'Investir onde isso fortalece nossa posição; escolher com cuidado.' },
    maintain: { name: 'Manter', description: 'Atender com eficiência e proteger o lucro.' },
    'manage-for-cash': { name: 'Administrar para gerar caixa', description: 'Reduzir o custo de atender; manter o negócio transacional.' },
  },
  fitCostZones: {
    select: { name: 'Selecionar', description: 'Alta adequação e baixo custo: gerenciar como conta-chave agora.' },
    consider: { name: 'Avaliar', description: 'Alta adequação, mas custoso: montar um caso de negócio antes de se comprometer.' },
    later: { name: 'Depois', description: 'Baixo custo, mas pouca adequação: atender pela venda normal e rever mais tarde.' },
    avoid: { name: 'Evitar', description: 'Pouca adequação e custo alto: não gerenciar como conta-chave.' },
  },
  dpmDirections: { improving: 'Melhorando', stable: 'Estável', declining: 'Piorando' },
  planSections: {
    mission: { name: 'Missão', hint: 'Por que este relacionamento existe e o que deve alcançar para os dois lados.' },
    financialSummary: { name: 'Resumo financeiro', hint: 'Faturamento e margem dos últimos três anos.' },
    customerOverview: { name: 'Visão geral do cliente', hint: 'O negócio, o mercado, a estratégia e o processo de compra do cliente.' },
    criticalSuccessFactors: {
      name: 'Análise dos fatores críticos de sucesso do cliente',
      hint: 'O que o cliente precisa de um fornecedor para ter sucesso, quanto cada fator pesa e como nos saímos.',
    },
    customerPortfolio: { name: 'Portfólio do cliente', hint: 'O que o cliente compra de nós e o que mais poderia comprar.' },
    assumptions: { name: 'Premissas', hint: 'Três ou quatro coisas que o plano dá como certas.' },
    objectives: { name: 'Objetivos', hint: 'O que queremos alcançar com este cliente e como.' },
    goals: { name: 'Metas de negócios para os próximos três anos', hint: 'Faturamento, margem e participação nos negócios do cliente.' },
    actions: { name: 'Ações', hint: 'O que será feito, por quem e até quando.' },
    contacts: { name: 'Mapa de contatos', hint: 'Quem conhecemos no cliente, sua influência e sua atitude.' },
    risks: { name: 'Riscos', hint: 'O que pode romper o relacionamento (veja as causas da desunião).' },
    review: { name: 'Próxima revisão', hint: 'Quando o plano será revisado com a equipe.' },
  },
  actionStatuses: { todo: 'A fazer', doing: 'Em andamento', done: 'Concluída' },
  influences: { low: 'Baixa', medium: 'Média', high: 'Alta' },
  attitudes: { supporter: 'Apoiador', neutral: 'Neutro', sceptic: 'Cético' },
  contactPatterns: {
    none: { name: 'Nenhum contato ainda', description: 'Adicione as pessoas que vocês conhecem no cliente.' },
    'bow-tie': {
      name: 'Gravata-borboleta',
      description: 'Ponto de contato único: se essa pessoa sair, o relacionamento fica em risco.',
    },
    diamond: {
      name: 'Diamante',
      description: 'Várias pessoas em contato entre diferentes áreas: o relacionamento não depende de uma só pessoa.',
    },
  },
  paretoClasses: {
    A: { name: 'Classe A', description: 'Os clientes necessários para chegar ao primeiro limite (80 %, por padrão) do faturamento.' },
    B: { name: 'Classe B', description: 'Os clientes seguintes, até o segundo limite (95 %, por padrão).' },
    C: { name: 'Classe C', description: 'O restante: muitos clientes, pequena parte do faturamento.' },
  },
  importErrors: {
    empty: 'O arquivo está vazio.',
    'too-large': 'O arquivo é grande demais para importar aqui. Exporte menos linhas ou um período menor.',
    binary:
      'Isto não parece um arquivo CSV. No Excel, use “Salvar como” e escolha “CSV (separado por vírgulas)” ou “CSV UTF-8”.',
    'no-header': 'A primeira linha deve conter os nomes das colunas (por exemplo, “Cliente” e “Valor”).',
    'no-amount-column': 'Nenhuma coluna de valor foi encontrada. Escolha a coluna que contém o valor.',
    'no-name-column': 'Nenhuma coluna de cliente foi encontrada. Escolha a coluna com o nome ou o código do cliente.',
    'unknown-column': 'Uma coluna escolhida não existe neste arquivo.',
    'no-rows': 'O arquivo tem os nomes das colunas, mas nenhuma linha de dados.',
    'no-valid-rows': 'Nenhuma linha pôde ser usada. Veja os problemas listados em cada linha.',
    unexpected: 'Não foi possível ler o arquivo.',
  },
  importIssues: {
    'ragged-row': 'Esta linha tem um número de colunas diferente do cabeçalho e foi ignorada.',
    'missing-name': 'Esta linha não tem o nome do cliente e foi ignorada.',
    'missing-id': 'Esta linha não tem o código do cliente e foi ignorada.',
    'missing-amount': 'Esta linha não tem valor e foi ignorada.',
    'invalid-amount': 'O valor desta linha não é um número e a linha foi ignorada.',
    'invalid-date': 'Não foi possível ler a data desta linha; o valor foi mantido sem data.',
    'total-row': 'Esta parece ser uma linha de total do relatório e foi ignorada.',
    'merged-names': 'Grafias diferentes do mesmo cliente foram unificadas.',
    'malformed-quotes': 'Esta linha tem aspas desbalanceadas; confira se foi lida corretamente.',
    'more-issues': 'Mais linhas tiveram problemas do que as listadas aqui.',
  },
  classificationErrors: {
    'no-criteria': 'Adicione pelo menos um critério.',
    'invalid-weight': 'Cada peso deve ser um número igual ou maior que zero.',
    'weights-not-100': 'Os pesos devem somar 100.',
    'duplicate-criterion': 'O mesmo critério aparece duas vezes.',
    'score-out-of-range': 'As notas devem ficar entre 0 e 10.',
    'missing-score': 'Dê uma nota a cada conta em todos os critérios.',
    'duplicate-key': 'A mesma conta aparece duas vezes.',
    'invalid-midpoint': 'A linha divisória deve ficar entre 0 e 10.',
  },
  dpmErrors: {
    'invalid-segment': 'Um segmento tem um valor ausente ou inválido (notas de 0 a 10, faturamento 0 ou mais).',
    'duplicate-id': 'O mesmo segmento aparece duas vezes.',
    'invalid-midpoint': 'A linha divisória deve ficar entre 0 e 10.',
  },
  planErrors: { 'invalid-plan': 'Este plano de conta não é válido e não pode ser carregado.' },
};

export const DOMAIN_TEXTS: Record<Locale, DomainTexts> = { en, 'pt-br': ptBr };

export function domainTexts(locale: Locale): DomainTexts {
  return DOMAIN_TEXTS[locale];
}
