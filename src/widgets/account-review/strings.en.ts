// English texts of strings.ts (the reference: the Portuguese file is typed by it).
const en = {
  kept: 'Your review is kept on this page only.',
  title: 'Quarterly account review',
  intro:
    'Each quarter, review the account: results against the plan, the stage and the uncoupling checklist re-run, the actions, and a decision. Starting a review fills in what the other tools know today; the history shows the trend and what the rules say.',
  sampleReady: 'Sample loaded: Horizonte’s quarterly reviews of 2025; {account} is open.',
  start: 'Start this quarter’s review',
  started: 'Review of {quarter} started with today’s figures.',
  alreadyStarted: 'The review of {quarter} is already started: it is open below.',
  startFailed: 'The review could not be started: its code did not load. Check that you are online, then try again.',
  print: 'Print the agenda',
  none: 'No review of this account yet. Start this quarter’s review, or load the sample.',
  removed: 'Review of {quarter} deleted.',
  opening: 'Opening the review…',
  viewFailed: 'The review could not be shown: its code did not load. Check your connection and reload the page.',
} as const;

export default en;
