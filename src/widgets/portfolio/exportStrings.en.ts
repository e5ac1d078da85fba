// English texts of exportStrings.ts (the reference: the Portuguese file is typed by it).
const en = {
  // Column heads of the exported CSV and Excel files (re-imported by the import panel)
  fileNameWhole: 'whole-file',
  csvCode: 'Client code',
  csvClient: 'Client',
  csvSegment: 'Segment',
  csvRevenue: 'Revenue',
  csvPreviousRevenue: 'Previous revenue',
  csvMargin: 'Margin %',
  csvFirstPurchase: 'First purchase',
  csvManager: 'Account manager',
  csvKeyAccount: 'Key account',
  csvNotes: 'Notes',
  exported: 'Exported {n} {n:client|clients} to {file}.',
  fileName: 'clients',
} as const;

export default en;
