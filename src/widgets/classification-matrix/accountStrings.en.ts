// English texts of accountStrings.ts (the reference: the Portuguese file is typed by it).
const en = {
  emptyNoKeyAccounts:
    'None of your clients is marked as a key account yet. Mark them with the portfolio or Pareto tool, or load the sample to try the matrix.',
  emptyNoScores: 'No key account is scored yet. Score them in step 2 below, or load the sample scores.',
  scoresTitle: '2. Score your key accounts (0 to 10)',
  scoresHelp:
    '0 = very poor, 10 = excellent. Arrow keys change a score; Enter moves to the same criterion of the next account. Scores save as you type.',
  scoreLabel: '{account}: {criterion} (0 to 10)',
  scoreError: 'Use a number from 0 to 10: “{account}”, {criterion}.',
  notScored: 'not fully scored',
  incomplete: '{n} of {total} key accounts are not fully scored yet and are left off the chart.',
  pointDesc: '{account}: {quadrant}, {strategy}. Attractiveness {a}, strength {s}, revenue {revenue}.',
  summary: '{n} {n:key account|key accounts} on the matrix: {list}.',
  summaryLargest: 'The largest, {name}, is {quadrant}: {strategy}.',
  accountsHere: 'Accounts here: {list}.',
  pointsTitle: 'Each account on the chart (focus one to see it on the chart)',
} as const;

export default en;
