// English texts of strings.ts (the reference: the Portuguese file is typed by it).
const en = {
  kept: 'Your proposition is kept on this page only.',
  title: 'Value proposition: what your offer is worth to this customer',
  intro:
    'Write down what matters most to the customer and how they rate you against their best alternative, then put a yearly figure in money on what your offer saves or earns them. The tool finds the resonating focus, splits the value between the customer and the price you ask, and writes a one-page proposition.',
  sampleReady: 'Sample loaded: {account} has its value proposition from the case.',
  print: 'Print the one-page proposition',
  download: 'Download as Markdown',
  downloadFailed: 'The file could not be saved: {detail}',
  alternative: 'The customer’s best alternative',
  alternativeHint: 'A competitor’s bid, another supplier, doing it themselves.',
  offer: 'Our offer in one or two sentences',
  csfTitle: 'The customer’s critical success factors',
  csfHint:
    'What the customer needs to succeed, in their words; how much each matters (1 to 5) and how they rate you and the alternative (0 to 10).',
  csfEmpty: 'No factors yet. Add what the customer cares about, or load the sample.',
  addCsf: 'Add a factor',
  csfRemoved: '{name} removed from the factors.',
  unnamed: 'this line',
  linesTitle: 'Value in use: what the customer saves or gains per year',
  linesHint:
    'One line per effect, in money per year, with your offer and with the alternative. For costs (price, acquisition, usage, risk) less is better; for a revenue gain, more is better.',
  linesEmpty: 'No lines yet. Start with the price, then what the customer spends or risks besides it.',
  rowsFailed: 'The editing fields could not be loaded. Check your connection and reload the page.',
  addLine: 'Add a line',
  lineRemoved: '{name} removed from the worksheet.',
  readingTitle: 'What the tool reads',
  focusSentence: 'Resonating focus: {list}.',
  focusNone:
    'No resonating focus: none of the factors that matter most to the customer (importance 4 or 5) is one where they rate you above the alternative.',
  pointsSentence: 'Points of difference: {difference} · parity: {parity} · contention: {contention}.',
  splitSentence:
    'Your offer creates {created} a year beyond price; you ask {premium} more than the alternative ({share} of that value), so the customer is {net} a year better off.',
  verifiedSentence: 'Of the value created, {verified} is verified by the customer and {documented} has a documented source.',
  pageTitle: 'The one-page proposition',
  planHint: 'The account plan’s Markdown file and print view include this proposition.',
  openPlan: 'Open the account plan',
};

export default en;
