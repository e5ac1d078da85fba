// English texts of emptyStrings.ts (the reference: the Portuguese file is typed by it).
const en = {
  emptyTitle: 'No clients yet',
  emptyText:
    'Add your clients in the portfolio tool (or import your ERP export), then choose your key accounts. To try the dashboard first, load the sample company (with the six key accounts the lessons follow).',
  portfolioLink: 'Open the portfolio tool',
  loading: 'Loading your key accounts…',
  loadFailed: 'Your key accounts could not be shown: this part of the page did not load. Check that you are online, then reload the page.',
} as const;

export default en;
