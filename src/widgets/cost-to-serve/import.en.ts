// English words of the cost lines import form (importStrings.ts), fetched with CostImportForm.tsx when
// the import section is first opened. The reference: the Portuguese file is typed by it.
const en = {
  colType: 'Cost type',
  importHint:
    'A CSV with one line per client and cost: columns client (name or code), cost type (deliveries, visits, terms, returns, staff, other — in English or Portuguese) and amount, in either number format. Lines for the same client and type are added up.',
  chooseFile: 'Choose a CSV file',
  previewTitle: 'Preview: {n} {n:line|lines} to apply',
  apply: 'Apply these costs',
  issuesTitle: '{n} {n:line|lines} skipped',
  issueRow: 'Line {row}: {problem}',
  'issue.no-client': 'no client.',
  'issue.unknown-client': '“{value}” is not a client of your portfolio.',
  'issue.unknown-type': '“{value}” is not a cost type (deliveries, visits, terms, returns, staff, other).',
  'issue.bad-amount': '“{value}” is not an amount.',
  'error.empty': 'The file is empty.',
  'error.binary': 'This is not a text (CSV) file. Save the spreadsheet as CSV and try again.',
  'error.no-client-column': 'No client column found: name one column “Client” (or “Code”).',
  'error.no-type-column': 'No cost type column found: name one column “Cost type”.',
  'error.no-amount-column': 'No amount column found: name one column “Amount”.',
  'error.read': 'The file could not be read.',
};

export default en;
