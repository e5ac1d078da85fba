/**
 * What a cell's number format says about its value: a date (Excel stores dates as day numbers with
 * a date format), a percentage, or an amount in a currency. Only the first section of a format is
 * read (`positive;negative;zero;text`): the symbol and the kind are the same in every section.
 */

export type CurrencyCode = 'BRL' | 'USD' | 'EUR';
/** `symbol` is written before the amount as the workbook shows it ("R$", "US$", "$", "€", "EUR"). */
export type Currency = { symbol: string; code: CurrencyCode };
export type FormatKind = { kind: 'date' } | { kind: 'percent' } | { kind: 'number'; currency?: Currency };

/** Built-in format ids (ECMA-376 §18.8.30) that show a date: 14–17 and 22, and the East Asian date ids. */
const BUILTIN_DATE_IDS = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
/** Built-in format ids that show a percentage. */
const BUILTIN_PERCENT_IDS = new Set([9, 10]);
/** Built-in currency formats (5–8, 37–44) carry no symbol in the file: it is the reader's locale, so none is claimed. */

/** Symbols as they appear in formats, longest first so "R$" and "US$" win over "$". */
const SYMBOLS: readonly (readonly [string, CurrencyCode])[] = [
  ['R$', 'BRL'],
  ['US$', 'USD'],
  ['€', 'EUR'],
  ['$', 'USD'],
  ['BRL', 'BRL'],
  ['USD', 'USD'],
  ['EUR', 'EUR'],
];

/** The first section of a format code, cut at the first `;` outside quotes. */
function firstSection(code: string): string {
  let quoted = false;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '"') quoted = !quoted;
    else if (c === '\\') i++;
    else if (c === ';' && !quoted) return code.slice(0, i);
  }
  return code;
}

/** The format without quoted text, escaped characters and [bracketed] parts: only the placeholders stay. */
function placeholders(section: string): string {
  return section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_.|\*./g, '');
}

/** The currency written in a format: `"R$" #,##0.00`, `[$$-409]#,##0.00`, `#,##0.00 [$€-407]`, `\$#,##0`, `[$US$-416]`. */
export function currencyOfFormat(code: string): Currency | undefined {
  const section = firstSection(code);
  const written: string[] = [];
  // [$SYMBOL-LOCALE] or [$SYMBOL]; "[$-416]" names only a locale and has no symbol.
  for (const m of section.matchAll(/\[\$([^\]-]*)(?:-[0-9A-Fa-f]+)?\]/g)) if (m[1]) written.push(m[1]);
  for (const m of section.matchAll(/"([^"]*)"/g)) if (m[1]) written.push(m[1]);
  // Unquoted literals: escaped characters, and "$" / "€" that Excel allows bare.
  const rest = section
    .replace(/\[[^\]]*\]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\(.)/g, '$1');
  written.push(rest);
  for (const text of written) {
    for (const [symbol, code] of SYMBOLS) {
      if (text.includes(symbol)) return { symbol, code };
    }
  }
  return undefined;
}

export function isDateFormat(id: number, code: string | undefined): boolean {
  if (code === undefined) return BUILTIN_DATE_IDS.has(id);
  // A date format has day or year placeholders; "m" alone could be minutes.
  return /[dy]/i.test(placeholders(firstSection(code)));
}

export function formatKind(id: number, code: string | undefined): FormatKind {
  if (isDateFormat(id, code)) return { kind: 'date' };
  if (code === undefined) return BUILTIN_PERCENT_IDS.has(id) ? { kind: 'percent' } : { kind: 'number' };
  if (placeholders(firstSection(code)).includes('%')) return { kind: 'percent' };
  const currency = currencyOfFormat(code);
  return currency ? { kind: 'number', currency } : { kind: 'number' };
}
