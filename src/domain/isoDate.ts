/**
 * ISO `yyyy-mm-dd` dates, the only form the domain stores. Kept apart from the spreadsheet date
 * parsers (dates.ts): the stored-data schemas check ISO dates on every page with a tool, while the
 * parsers are needed only where a file is read.
 */

export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids DST surprises.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Builds `yyyy-mm-dd` when the parts make a real calendar date, else null. */
export function isoFromParts(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True for a real calendar date written `yyyy-mm-dd`. */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  return m !== null && isoFromParts(Number(m[1]), Number(m[2]), Number(m[3])) === text;
}
