// English texts of candidateStrings.ts (the reference: the Portuguese file is typed by it).
const en = {
  emptyNoScores: 'No candidate is scored yet. Give fit and cost scores in the table below, or load sample scores.',
  candidatesHelp:
    'Fit: 10 = suits you perfectly. Cost: 10 = very expensive to serve as a key account. Key accounts come first, then the other clients by revenue. Scores save as you type; Enter moves down.',
  keyAccount: 'key account',
  candidate: 'candidate',
  fitLabel: '{client}: business fit (0 to 10)',
  costLabel: '{client}: implementation cost (0 to 10)',
  scoreError: 'Use numbers from 0 to 10 for both fit and cost: “{client}”.',
  incomplete: 'Give both scores to place “{client}” on the chart.',
  notScored: 'not scored',
  candidatesTitle: '1. Score the candidates (0 to 10)',
  summary: '{n} {n:candidate|candidates} scored: {select} to select, {consider} to consider, {later} for later and {avoid} to avoid.',
  summaryCapacity: '{recommended} recommended for a capacity of {capacity}.',
  pointDesc: '{client}: fit {fit}, cost {cost}, zone {zone}.',
  overCapacity:
    '{n} {n:candidate is|candidates are} in the select zone: more than the {capacity} key accounts your team can manage. Keep the first {capacity}, serve the others through normal sales for now, or grow the team first.',
  withinCapacity: '{n} recommended: within the capacity of {capacity}.',
  overCapacityItem: 'beyond capacity',
  pointsTitle: 'Each candidate on the chart (focus one to see it on the chart)',
} as const;

export default en;
