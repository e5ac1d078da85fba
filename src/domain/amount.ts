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

// The common cases of machine exports, tried first because they cost one regex test and one Number()
// (the import hot path runs this a million times).
const PLAIN_INTEGER = /^-?\d+$/;
const PLAIN_COMMA_DECIMAL = /^-?\d+,\d+$/;
const PLAIN_DOT_DECIMAL = /^-?\d*\.\d+$/;

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
  let s = text.trim();
  if (s === '') return null;

  if (PLAIN_INTEGER.test(s)) return finish(Number(s), false);
  if (decimal === ',' ? PLAIN_COMMA_DECIMAL.test(s) : PLAIN_DOT_DECIMAL.test(s)) {
    return finish(Number(decimal === ',' ? s.replace(',', '.') : s), false);
  }

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
  s = s.replace(CURRENCY_PREFIX, '');
  takeSign();
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
