/** The first and last month (yyyy-mm) of an import's transaction lines. */
import type { MonthRange } from '../domain/portfolioExtras.ts';

export function monthSpan(lines: readonly { date: string }[]): MonthRange {
  let start = '';
  let end = '';
  for (const l of lines) {
    const m = l.date.slice(0, 7);
    if (start === '' || m < start) start = m;
    if (end === '' || m > end) end = m;
  }
  return { start, end };
}
