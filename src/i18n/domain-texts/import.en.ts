/** English: Pareto classes and the import's errors and issues. The shape is keyed by the domain's ids, so an id without a text is a type error. */
import type { ImportErrorCode, ImportIssueCode, ParetoClass } from '../../domain/index.ts';
import type { Named, Texts } from './shape';

type Shape = {
  paretoClasses: Record<ParetoClass, Named>;
  importErrors: Record<ImportErrorCode, string>;
  importIssues: Record<ImportIssueCode, string>;
};

const en = {
  paretoClasses: {
    A: { name: 'Class A', description: 'The clients you need to reach the first threshold (80% by default) of revenue.' },
    B: { name: 'Class B', description: 'The next clients, up to the second threshold (95% by default).' },
    C: { name: 'Class C', description: 'The rest: many clients, a small part of revenue.' },
  },
  importErrors: {
    empty: 'The file is empty.',
    'too-large': 'The file is too large to import here. Export fewer rows or a shorter period.',
    binary: 'This does not look like a CSV file. In Excel, use “Save as” and choose “CSV (comma or semicolon separated)”.',
    'no-header': 'The first line must contain the column names (for example “Customer” and “Amount”).',
    'no-amount-column': 'No amount column was found. Choose which column holds the amount.',
    'no-name-column': 'No customer column was found. Choose which column holds the client name or code.',
    'unknown-column': 'A column you chose does not exist in this file.',
    'no-rows': 'The file has column names but no data rows.',
    'no-valid-rows': 'No row could be used. See the problems listed for each row.',
    unexpected: 'The file could not be read.',
    'too-many-columns':
      'The file has more than 256 columns, so it is not a client list or a sales export. Export only the columns you need.',
    'sums-too-large': 'The amounts add up to more than can be counted exactly. Check that the amount column holds amounts.',
  },
  importIssues: {
    'ragged-row': 'This row has a different number of columns than the header, so it was skipped.',
    'missing-name': 'No customer name on this row, so it was skipped.',
    'name-from-code': 'This customer has a code but no name, so it was kept under its code. Add the name in the portfolio.',
    'missing-id': 'No customer code on this row, so it was skipped.',
    'missing-amount': 'No amount on this row, so it was skipped.',
    'invalid-amount': 'The amount on this row is not a number, so it was skipped.',
    'invalid-date': 'The date on this row could not be read; the amount was kept without a date.',
    'two-digit-year': 'The year on this row has two digits and was read as 20xx (for example 24 → 2024). Check the date; the row was kept.',
    'reserved-key':
      'The client code or name on this row is one the site uses for itself (the quick try), so the client was kept under another key.',
    'total-row': 'This looks like a total line of the report, so it was skipped.',
    'merged-names': 'Different spellings of the same customer were merged.',
    'malformed-quotes': 'A stray quote on this line was read as part of the text; check that the row was read correctly.',
    'amount-out-of-range': 'The amount on this row is over one trillion, more than any real sale, so it was skipped.',
    'value-truncated': 'A value on this row was too long and was shortened.',
    'id-too-long': 'The client code on this row is too long to be a code, so it was skipped.',
    'more-issues': 'More rows had problems than are listed here.',
  },
} as const satisfies Shape;

export type ImportTexts = Texts<typeof en>;

export default en;
