// English texts of detailStrings.ts: the words of the result's details, fetched with them (the Portuguese file is typed by it).
const en = {
  resultStage: 'This relationship is at {stage}.',
  resultUncoupling: 'This relationship is in {stage}: the client has already decided to reduce or end the business.',
  resultPartial: 'Based on {n} of {total} {total:answer|answers}: answer the rest for a firmer result.',
  resultLadderBehind: 'Apart from the break, the answers put it at {stage} on the ladder.',
  pointedTitle: 'What each answer pointed to',
  pointedQuestion: 'Question',
  pointedAnswer: 'Your answer',
  pointedStage: 'Points to',
  notAnswered: 'not answered',
  spreadTitle: 'Your answers disagree',
  spreadText:
    'The answers span {steps} rungs: from {low} ({lowQuestions}) to {high} ({highQuestions}). A relationship that is advanced on some points and behind on others (for example diamond contacts but price-led) is unstable: work first on the points that lag.',
  targetReached: 'The relationship is at or above the target you chose. Keep it there: do not spend beyond what the account is worth.',
  targetSteps: 'To reach {target}: {steps}.',
  targetAboveCap:
    'The buyer’s view of you (Kraljic) allows up to {cap}: {target} is above it. Change how the buyer sees you before aiming there, or lower the target.',
  buyerViewLink: 'Open the buyer’s view',
  moveUpTitle: 'What moving one step up takes',
  moveUpTo: 'From {from} to {to}',
  moveUpTop: 'Synergistic-KAM is the top rung: the work now is to keep the relationship fresh and avoid exhaustion.',
  savedToday: 'Saved with today’s date. Changes today update this entry; a diagnosis on another day adds a new one to the history.',
  'q.business': 'Business done',
  'q.share': 'Share of their purchases',
  'q.supplier-status': 'Supplier status',
  'q.contacts': 'Contact pattern',
  'q.price': 'Basis of price',
  'q.information': 'Information sharing',
  'q.planning': 'Joint planning',
  'q.trust': 'Trust',
  'q.exit': 'Exit barriers',
  'q.costs': 'Cost transparency',
  'q.needs': 'Needs you solve',
} as const;

export default en;
