/**
 * Transaction lines as columns (`LineColumns` from the domain import): what the import worker sends
 * back to the page. Typed arrays are transferred, not copied, where 1M `{ key, date, amount }`
 * objects took seconds to clone; the page builds the objects only when a tool needs every line.
 */
import type { LineColumns, TransactionLine } from '../domain/index.ts';
import type { MonthlyAmount } from '../domain/portfolioExtras.ts';
import { MoneySum } from '../domain/index.ts';

/**
 * Lines summed per client and calendar month: the same entries, order and cents as
 * `monthlyFromLines(linesFromColumns(columns))`, without building a string or an object per line.
 */
export function monthlyFromColumns(columns: LineColumns): MonthlyAmount[] {
  const months: string[] = [];
  const monthOfDate = new Int32Array(columns.dates.length);
  columns.dates.forEach((iso, i) => {
    const month = iso.slice(0, 7);
    // `dates` is sorted, so equal months are neighbours.
    if (months[months.length - 1] !== month) months.push(month);
    monthOfDate[i] = months.length - 1;
  });
  const cellOf = new Map<number, number>();
  const cells: { client: number; month: number; sum: MoneySum }[] = [];
  const { client, date, amount } = columns;
  for (let i = 0; i < client.length; i++) {
    const c = client[i]!;
    const m = monthOfDate[date[i]!]!;
    const id = c * months.length + m;
    const cell = cellOf.get(id);
    if (cell === undefined) {
      cellOf.set(id, cells.length);
      cells.push({ client: c, month: m, sum: new MoneySum().add(amount[i]!) });
    } else cells[cell]!.sum.add(amount[i]!);
  }
  return cells.map((cell) => ({ key: columns.keys[cell.client]!, month: months[cell.month]!, amount: cell.sum.value }));
}

/** The lines as objects (the key and date strings shared, not copied per line). */
export function linesFromColumns(columns: LineColumns): TransactionLine[] {
  const { client, date, amount, keys, dates } = columns;
  const lines = new Array<TransactionLine>(client.length);
  for (let i = 0; i < client.length; i++) lines[i] = { key: keys[client[i]!]!, date: dates[date[i]!]!, amount: amount[i]! };
  return lines;
}

/** The buffers to transfer with a postMessage of the columns. */
export function columnBuffers(columns: LineColumns): ArrayBuffer[] {
  return [columns.client.buffer, columns.date.buffer, columns.amount.buffer] as ArrayBuffer[];
}
