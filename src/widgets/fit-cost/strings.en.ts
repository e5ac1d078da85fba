// English texts of strings.ts (the reference: the Portuguese file is typed by it).
const en = {
  intro:
    'A quadrant says what an account deserves, not whether you can afford it. Score each candidate on business fit (how well it matches your strategy, capabilities and culture) and on implementation cost (what managing it as a key account would take). Choose high fit at acceptable cost first, up to what your team can manage.',
  emptyNoClients:
    'Your portfolio has no clients yet. Load the sample company (Distribuidora Horizonte) to try the tool, or add your clients with the portfolio tool.',
  sampleLoaded: 'Sample loaded: {n} {n:candidate|candidates} scored.',
  loadingCandidates: 'Loading your clients’ scores…',
  partFailed: 'This part of the tool could not be loaded. Reload the page and try again.',
  capacityLabel: 'Key accounts your team can manage',
  capacityHelp:
    'The literature suggests roughly 15 to 35 key accounts for a whole company (more than about 50 is too many); a small team manages far fewer, about 8 for three people. Saved in your settings.',
  capacityError: 'Use a whole number from 0 to 10,000.',
  colClient: 'Client',
  colRevenue: 'Revenue',
  colFit: 'Business fit',
  colCost: 'Implementation cost',
  colZone: 'Zone',
  colRank: 'Recommended rank',
  chartTitle: '2. Fit vs cost',
  orientationNote: 'The shaded top-left area is the select zone: fit of {mid} or more and cost below {mid}.',
  summaryEmpty: 'No candidate is scored yet, so the chart is empty.',
  tableCaption: 'Candidates by business fit and implementation cost',
  recommendedTitle: '3. Recommended key accounts',
  recommendedHelp: 'The select zone, best first: the widest margin of fit over cost, then the higher fit.',
  recommendedNone: 'No candidate is in the select zone yet.',
  zonesTitle: 'What each zone means',
  exportTitle: 'Export',
  exportTable: 'Download the candidates table (CSV)',
} as const;

export default en;
