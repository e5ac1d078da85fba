// English texts of strings.ts (the reference: the Portuguese file is typed by it).
const en = {
  kept: 'Your answers are kept on this page only.',
  title: 'Stage self-diagnosis',
  intro:
    'Answer what you see in the relationship today, not what you hope for. Each answer points to one rung of the ladder; the result is the middle of your answers, so one optimistic answer cannot lift it.',
  emptyHint: 'No answers yet for this account. Start with the first question, or load the sample to see a finished diagnosis.',
  modeLegend: 'How to answer',
  modeOne: 'One question at a time',
  modeAll: 'All questions on one page',
  whyLabel: 'Why this matters:',
  answeredCount: '{n} of {total} {total:question|questions} answered',
  signalsLegend: 'Warning signs of uncoupling (tick what is happening now)',
  signalsHint: 'Uncoupling is not a rung: it can happen from any stage. These signs are checked apart from the ladder.',
  decisive: '(decisive)',
  resultTitle: 'Result',
  resultNone: 'Answer at least one question to see where the relationship stands.',
  ladderTitle: 'The relationship ladder',
  ladderDesc:
    'Five rungs from Pre-KAM (bottom) to Synergistic-KAM (top); Uncoupling-KAM sits apart because it can happen from any rung. Current: {current}. Target: {target}.',
  ladderCurrent: 'now',
  ladderTarget: 'target',
  ladderOff: 'break',
  signalsTitle: 'Uncoupling signals',
  signalsNone: 'No warning sign ticked.',
  targetLabel: 'Target stage',
  targetHint:
    'Higher is not always better. Partnership and Synergistic relationships cost a lot of people and time on both sides; choose the stage this customer is worth, and do not invest beyond it.',
  historyTitle: 'History of this account',
  historyEmpty: 'No diagnosis saved for this account yet. Your answers are saved as you go, with today’s date.',
  none: '—',
  partFailed: 'This part of the result could not be loaded. Check your connection and reload the page.',
  print: 'Print the result',
} as const;

export default en;
