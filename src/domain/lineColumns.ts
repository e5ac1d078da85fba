/**
 * Transaction lines as columns (`LineColumns`, the import's default shape of its lines): 16 bytes a
 * line in typed arrays a worker can transfer, where 1M `{ key, date, amount }` objects take about
 * 110 MB in Node and seconds to clone. Readers that can work on the columns do (monthly sums here,
 * new-customer sales in newCustomers.ts); the others get objects from `linesFromColumns` or walk
 * them with `forEachLine`.
 */
import type { LineColumns, TransactionLine } from './import.ts';
import { MoneySum } from './money.ts';
import type { MonthlyAmount } from './monthlySales.ts';

/** Line i of the columns, in order: `fn(key, isoDate, amount, i)`, without an object per line. */
export function forEachLine(columns: LineColumns, fn: (key: string, date: string, amount: number, index: number) => void): void {
  const { client, date, amount, keys, dates } = columns;
  for (let i = 0; i < client.length; i++) fn(keys[client[i]!]!, dates[date[i]!]!, amount[i]!, i);
}

/** The lines as objects (the key and date strings shared, not copied per line). */
export function linesFromColumns(columns: LineColumns): TransactionLine[] {
  const { client, date, amount, keys, dates } = columns;
  const lines = new Array<TransactionLine>(client.length);
  for (let i = 0; i < client.length; i++) lines[i] = { key: keys[client[i]!]!, date: dates[date[i]!]!, amount: amount[i]! };
  return lines;
}

/**
 * Lines (objects with ISO dates) as columns: `linesFromColumns(columnsFromLines(lines))` equals
 * `lines`. For a reader written on columns given a short list (the portfolio's monthly sums).
 */
export function columnsFromLines(lines: readonly TransactionLine[]): LineColumns {
  const dates = [...new Set(lines.map((l) => l.date))].sort();
  const rankOf = new Map(dates.map((d, i) => [d, i]));
  const keys: string[] = [];
  const clientOf = new Map<string, number>();
  const client = new Int32Array(lines.length);
  const date = new Int32Array(lines.length);
  const amount = new Float64Array(lines.length);
  lines.forEach((l, i) => {
    let c = clientOf.get(l.key);
    if (c === undefined) {
      c = keys.length;
      keys.push(l.key);
      clientOf.set(l.key, c);
    }
    client[i] = c;
    date[i] = rankOf.get(l.date)!;
    amount[i] = l.amount;
  });
  return { client, date, amount, keys, dates };
}

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
