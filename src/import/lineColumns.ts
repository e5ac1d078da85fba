/**
 * The import worker's answer carries the lines as columns (`LineColumns`, domain/lineColumns.ts):
 * typed arrays transferred to the page, not copied, where 1M `{ key, date, amount }` objects took
 * seconds to clone.
 */
import type { LineColumns } from '../domain/index.ts';

/** The buffers to transfer with a postMessage of the columns. */
export function columnBuffers(columns: LineColumns): ArrayBuffer[] {
  return [columns.client.buffer, columns.date.buffer, columns.amount.buffer] as ArrayBuffer[];
}
