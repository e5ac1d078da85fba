/**
 * The columns an import cannot do without: an amount, a client (name or code) and, for the
 * new-customer tool, a date. Used to refuse an import and to open the column mapping when the
 * automatic one missed a column the user must then choose.
 */
import type { ColumnNames } from '../domain/index.ts';

export type MissingColumn = 'amount' | 'name' | 'date';

export function missingColumn(columns: ColumnNames, needsDate: boolean): MissingColumn | null {
  if (!columns.amount) return 'amount';
  if (!columns.name && !columns.id) return 'name';
  if (needsDate && !columns.date) return 'date';
  return null;
}
