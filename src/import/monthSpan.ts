/** The first and last month (yyyy-mm) of an import's transaction lines. */
import type { MonthRange } from '../domain/portfolioExtras.ts';

export function monthSpan(lines: readonly { date: string }[]): MonthRange {
  return monthRange(lines.map((l) => l.date.slice(0, 7)));
}

/** The first and last of some months (yyyy-mm); empty strings for none. */
export function monthRange(months: Iterable<string>): MonthRange {
  let start = '';
  let end = '';
  for (const m of months) {
    if (start === '' || m < start) start = m;
    if (end === '' || m > end) end = m;
  }
  return { start, end };
}
