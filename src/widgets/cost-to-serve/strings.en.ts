// English texts of strings.ts (the reference: the Portuguese file is typed by it).
const en = {
  title: 'Cost to serve and customer profitability',
  intro:
    'A client’s gross margin pays for more than the goods: deliveries, visits, special terms, the credit of its payment days, returns and staff dedicated to it. Record those costs per client to see the margin after cost to serve, who really makes money, and the whale curve.',
  kept: 'Your figures are kept on this page only.',
  empty: 'Your portfolio has no clients yet. Import your sales on the portfolio page, or load the sample company.',
  sampleLoaded:
    'Sample loaded: Distribuidora Horizonte’s 2025 cost lines for {n} {n:client|clients}. Hospital Santa Clara: 21% gross, 14% after cost to serve.',
  sampleKept: 'The sample company is loaded; your cost lines were kept as they are.',
  print: 'Print the ranking and the whale curve',
  figuresLoading: 'Loading your figures…',
  figuresFailed: 'Your figures could not be shown: this part of the tool did not load. Reload the page and try again.',
};

export default en;
