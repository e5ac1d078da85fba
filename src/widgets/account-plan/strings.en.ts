// English texts of strings.ts (the reference: the Portuguese file is typed by it).
const en = {
  title: 'Account plan builder',
  intro:
    'One plan per key account and year, with the article’s eight sections and what good plans add: actions with owners and dates, a contact map, risks and a review date. Everything saves as you type.',
  sampleLoaded: 'Sample loaded: a partly filled plan for {account}. Fill in what is missing and print it.',
  plansTitle: 'Plans for {account}',
  plansEmpty: 'No plan yet for this account.',
  planOf: 'Plan {year}',
  lastChange: 'last change {date}',
  opened: '(open)',
  create: 'Create the {year} plan',
  createHint:
    'The new plan is pre-filled with what the other tools know: revenue, stage, target stage and the risks ticked in the uncoupling checklist.',
  known: 'What the other tools know about this account',
  knownClass: 'ABC class (Pareto)',
  knownQuadrant: 'Classification matrix quadrant',
  knownStage: 'Latest stage diagnosis',
  knownRisk: 'Uncoupling risk',
  knownNone: 'not assessed yet',
  knownTry: 'Quick try: no client is linked, so there is nothing to pre-fill.',
  knownFailed: 'could not be loaded (reload the page)',
  opening: 'Opening the plan…',
  partFailed: 'This part of the plan builder could not be loaded. Check your connection and reload the page.',
} as const;

export default en;
