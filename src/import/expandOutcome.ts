/**
 * The page's shape of the worker's compact outcome: the lines as objects when the columns came
 * along, else none. Its own module, so the page does not load PapaParse (importRun.ts) for it.
 */
import type { CompactOutcome, ImportOutcome } from './importRun.ts';
import { linesFromColumns } from './lineColumns.ts';

export function expandOutcome(compact: CompactOutcome): ImportOutcome {
  if (!compact.ok) return compact;
  const { lineColumns, ...rest } = compact;
  return { ...rest, lines: lineColumns ? linesFromColumns(lineColumns) : [] };
}
