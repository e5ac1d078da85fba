/**
 * Calendar dates as they appear in spreadsheet exports: ISO `yyyy-mm-dd` (Google Sheets, ERPs),
 * `dd/mm/yyyy` (Excel pt-BR) and `m/d/yyyy` (Excel en-US). The domain always stores ISO `yyyy-mm-dd`
 * strings: they sort as text, compare without time zones and survive JSON.
 */

import { ISO_DATE, isoFromParts } from './isoDate.ts';

export { isIsoDate, isoFromParts } from './isoDate.ts';

export type DateOrder = 'dmy' | 'mdy';

// Day/month/year with `/`, `-` or `.` separators, an optional time after the date (Excel and ERPs
// often append "00:00:00"); two-digit years are read as 20xx because sales data is recent, and the
// importer reports every such row (`usesTwoDigitYear`) so a 1998 written "98" is never silently 2098.
const SLASH_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
// ISO with a time part, as databases export timestamps.
const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})[ T]\d{2}:\d{2}/;

/** Reads one date cell in the given order; ISO is always accepted whatever the order. */
export function parseDate(text: string, order: DateOrder): string | null {
  const t = text.trim();
  if (t === '') return null;
  const iso = ISO_DATE.exec(t) ?? ISO_DATETIME.exec(t);
  if (iso) return isoFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const m = SLASH_DATE.exec(t);
  if (!m) return null;
  const first = Number(m[1]);
  const second = Number(m[2]);
  let year = Number(m[3]);
  if (m[3]!.length === 2) year += 2000;
  return order === 'dmy' ? isoFromParts(year, second, first) : isoFromParts(year, first, second);
}

/** True when the cell is a day/month/year date whose year has two digits (read as 20xx by `parseDate`). */
export function usesTwoDigitYear(text: string): boolean {
  const m = SLASH_DATE.exec(text.trim());
  return m !== null && m[3]!.length === 2;
}

/**
 * Decides the order of a whole date column (never per value, or "03/04" would mean two things in
 * one file). A first part above 12 proves day-first; a second part above 12 proves month-first.
 * When nothing proves either, `fallback` decides: the caller passes 'dmy' for `;` files (Excel pt-BR)
 * and 'mdy' otherwise, as the contract says.
 */
export function detectDateOrder(samples: readonly string[], fallback: DateOrder): DateOrder {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const s of samples) {
    const m = SLASH_DATE.exec(s.trim());
    if (!m) continue;
    const first = Number(m[1]);
    const second = Number(m[2]);
    if (first > 12 && second <= 12) dayFirst++;
    else if (second > 12 && first <= 12) monthFirst++;
  }
  if (dayFirst === 0 && monthFirst === 0) return fallback;
  // Evidence both ways means a messy column; the majority wins and the odd values will fail to parse
  // and be reported row by row.
  if (dayFirst === monthFirst) return fallback;
  return dayFirst > monthFirst ? 'dmy' : 'mdy';
}

/** Adds whole days to an ISO date (UTC arithmetic, so no DST drift). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return t.toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (b - a). */
export function daysBetween(a: string, b: string): number {
  const [ay, am, ad] = a.split('-').map(Number) as [number, number, number];
  const [by, bm, bd] = b.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(by, bm - 1, bd) - Date.UTC(ay, am - 1, ad)) / 86_400_000);
}

function digitAt(s: string, i: number): number {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1000;
}

/**
 * A number that stands for the date text `s[from, to)` when it is exactly `dd/mm/yyyy` or
 * `yyyy-mm-dd` (the fixed-width shapes exports write), else -1. Two texts get the same number only
 * when they are the same text, so the importer can recognise a date it has seen without cutting the
 * cell out of its line. It says nothing about validity: the text is parsed once, later, in the
 * column's order.
 */
export function fixedDateCode(s: string, from: number, to: number): number {
  if (to - from !== 10) return -1;
  if (s.charCodeAt(from + 2) === 47 && s.charCodeAt(from + 5) === 47) {
    const v =
      ((digitAt(s, from) * 10 + digitAt(s, from + 1)) * 100 + digitAt(s, from + 3) * 10 + digitAt(s, from + 4)) * 10_000 +
      digitAt(s, from + 6) * 1000 +
      digitAt(s, from + 7) * 100 +
      digitAt(s, from + 8) * 10 +
      digitAt(s, from + 9);
    return v >= 0 ? v : -1;
  }
  if (s.charCodeAt(from + 4) === 45 && s.charCodeAt(from + 7) === 45) {
    const v =
      (digitAt(s, from) * 1000 + digitAt(s, from + 1) * 100 + digitAt(s, from + 2) * 10 + digitAt(s, from + 3)) * 10_000 +
      (digitAt(s, from + 5) * 10 + digitAt(s, from + 6)) * 100 +
      digitAt(s, from + 8) * 10 +
      digitAt(s, from + 9);
    return v >= 0 ? 100_000_000 + v : -1;
  }
  return -1;
}
