/**
 * Money amounts as spreadsheets and ERPs write them, in Brazilian and English formats:
 * "1.234,56", "R$ 1.234,56", "-R$ 1.234,56", "(1.234,56)", "1.234,56-", "1,234.56", "$1,234.56",
 * "1234", " 12 ". `Intl.NumberFormat` puts a NO-BREAK SPACE (U+00A0) or NARROW NO-BREAK SPACE (U+202F)
 * between symbol and number, so every Unicode space counts as a space here.
 *
 * The decimal separator is a per-COLUMN decision (`detectDecimal`), never guessed per value: "1.234"
 * is one thousand two hundred and thirty-four in a pt-BR column and one point two three four in an
 * en column, and only the rest of the column can tell which.
 */

export type DecimalSeparator = ',' | '.';

// Powers of ten that are exact doubles (10^22 is the largest), for the fast path's division.
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007;
}

/**
 * Fast path for the shapes machine exports write ("1234", "-1.234,56", "1,234.56", " 12 "): one pass
 * over the characters, no allocation. The integer formed by all digits is divided once by a power
 * of ten; both are exact doubles (checked below), so IEEE division returns the correctly rounded
 * value of the decimal, i.e. exactly what Number("1234.56") returns. Anything else (currency
 * symbols, parentheses, trailing minus, > 15 significant digits) returns NaN and takes the general
 * path. This runs a million times in a large import, so it avoids regexes and substrings.
 */
function scanPlain(text: string, decimal: DecimalSeparator): number {
  return scanPlainAmount(text, 0, text.length, decimal);
}

/**
 * The fast path on `text[start, end)` without cutting the cell out of its line: the importer's
 * unquoted-file scanner reads amounts in place. NaN when the cell is not one of the plain shapes
 * (then `parseAmount` on the cell's text decides).
 */
export function scanPlainAmount(text: string, start: number, stop: number, decimal: DecimalSeparator): number {
  const groupCode = decimal === ',' ? 46 : 44;
  const decimalCode = decimal === ',' ? 44 : 46;
  let i = start;
  let end = stop;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  while (end > i && isSpace(text.charCodeAt(end - 1))) end--;
  if (i === end) return NaN;
  let negative = false;
  if (text.charCodeAt(i) === 45) {
    negative = true;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let fraction = 0;
  let inFraction = false;
  let grouped = false;
  let run = 0; // digits since the start or the last group separator
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (inFraction) fraction++;
      else run++;
    } else if (c === groupCode && !inFraction) {
      if (grouped ? run !== 3 : run < 1 || run > 3) return NaN;
      grouped = true;
      run = 0;
    } else if (c === decimalCode && !inFraction) {
      if (grouped && run !== 3) return NaN;
      inFraction = true;
    } else return NaN;
  }
  if (digits === 0 || (inFraction && fraction === 0) || (grouped && !inFraction && run !== 3)) return NaN;
  if (mantissa > Number.MAX_SAFE_INTEGER || fraction > 22) return NaN;
  const value = fraction === 0 ? mantissa : mantissa / POW10[fraction]!;
  return negative ? -value : value;
}

// Strict shapes after symbols, signs and spaces are gone: groups of exactly three digits, so
// "12.34.5" or "1,23,4" are rejected instead of being silently misread.
const BODY_COMMA = /^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$|^,\d+$/;
const BODY_DOT = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$/;

// \s in JavaScript already covers U+00A0, U+2000–U+200A, U+202F, U+205F, U+3000 and U+FEFF.
const SPACES = /\s+/g;
// Currency symbols and ISO codes that appear in exports; the longest alternatives come first so
// "R$" is not read as "$" with a stray "R".
const CURRENCY_PREFIX = /^(?:R\$|US\$|U\$|\$|€|£|¥|[A-Z]{3})/;
const CURRENCY_SUFFIX = /(?:R\$|US\$|\$|€|£|¥|[A-Z]{3})$/;

function finish(n: number, negative: boolean): number | null {
  if (!Number.isFinite(n)) return null;
  const value = negative ? -n : n;
  // -0 would make equality checks and Object.is-based tests surprising; an amount of zero has no sign.
  return value === 0 ? 0 : value;
}

/** Parses one amount cell; null when it is not a number in the given decimal convention. */
export function parseAmount(text: string, decimal: DecimalSeparator): number | null {
  const fast = scanPlain(text, decimal);
  if (fast === fast) return fast === 0 ? 0 : fast; // not NaN
  let s = text.trim();
  if (s === '') return null;

  s = s.replace(SPACES, '');
  let negative = false;
  // Accounting negatives: "(1.234,56)" or "(R$ 1.234,56)".
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1);
  }
  // Sign before or after the currency symbol: "-R$1,00", "R$-1,00", "+$5". U+2212 is the
  // typographic minus some locales format with.
  const takeSign = (): void => {
    const c = s.charAt(0);
    if (c === '-' || c === '\u2212') {
      negative = !negative;
      s = s.slice(1);
    } else if (c === '+') {
      s = s.slice(1);
    }
  };
  takeSign();
  // A second sign only after a currency symbol ("R$-1,00"); "--5" is not a number.
  const withSymbol = s;
  s = s.replace(CURRENCY_PREFIX, '');
  if (s !== withSymbol) takeSign();
  s = s.replace(CURRENCY_SUFFIX, '');
  // Trailing minus: SAP and some Brazilian ERPs write credit notes as "1.234,56-".
  const last = s.charAt(s.length - 1);
  if (last === '-' || last === '\u2212') {
    negative = !negative;
    s = s.slice(0, -1);
  }
  if (s === '') return null;

  if (decimal === ',') {
    if (!BODY_COMMA.test(s)) return null;
    return finish(Number(s.replace(/\./g, '').replace(',', '.')), negative);
  }
  if (!BODY_DOT.test(s)) return null;
  return finish(Number(s.replace(/,/g, '')), negative);
}

const NOT_NUMERIC_PART = /[^\d.,]/g;

/**
 * Decides the decimal separator of a column from its values. Each value votes only when it is
 * unambiguous:
 * - both `.` and `,` present → the last one is the decimal separator;
 * - one separator repeated ("1.234.567") → it is the grouping one, so the other is decimal;
 * - one separator followed by other than exactly three digits ("12,5", "0.25", "3,1416") → decimal.
 * "1.234" and "1,234" do not vote. With no votes (or a tie) `fallback` decides: the import passes ','
 * for `;`-separated files, which is what Excel pt-BR writes, and '.' otherwise.
 */
export function detectDecimal(samples: readonly string[], fallback: DecimalSeparator = '.'): DecimalSeparator {
  let comma = 0;
  let dot = 0;
  for (const raw of samples) {
    const s = raw.replace(NOT_NUMERIC_PART, '');
    const lastComma = s.lastIndexOf(',');
    const lastDot = s.lastIndexOf('.');
    if (lastComma === -1 && lastDot === -1) continue;
    if (lastComma !== -1 && lastDot !== -1) {
      if (lastComma > lastDot) comma++;
      else dot++;
      continue;
    }
    const sep = lastComma !== -1 ? ',' : '.';
    const at = Math.max(lastComma, lastDot);
    if (s.indexOf(sep) !== at) {
      // Repeated: grouping separator.
      if (sep === ',') dot++;
      else comma++;
      continue;
    }
    const digitsAfter = s.length - at - 1;
    if (digitsAfter !== 3) {
      if (sep === ',') comma++;
      else dot++;
    }
  }
  if (comma === dot) return fallback;
  return comma > dot ? ',' : '.';
}
