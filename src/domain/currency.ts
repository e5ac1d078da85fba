/**
 * Which currency a file's amounts are in, read from the file itself: the symbols written in the
 * amount cells ("R$ 1.234,56", "US$ 10", "$1,234.56", "€ 5") or a currency column ("Moeda",
 * "Currency") holding ISO codes or symbols. The page's language says nothing about it: a Brazilian
 * reading a dollar export on the Portuguese pages still has dollars.
 */
import { normaliseHeader } from './columns.ts';
import { CURRENCIES } from './currencyCodes.ts';

export { CURRENCIES, isCurrencyCode } from './currencyCodes.ts';

const ISO_CODE = /^[A-Z]{3}$/;

// Longest symbols first so "R$" and "US$" are not read as "$".
const SYMBOLS: readonly [string, string][] = [
  ['R$', 'BRL'],
  ['US$', 'USD'],
  ['U$', 'USD'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
];
const KNOWN_CODES = new Set<string>(CURRENCIES);

/** The currency one cell names (a symbol or a known ISO code before or after the number), else null. */
export function currencyInText(text: string): string | null {
  const t = text
    .trim()
    .replace(/^[-(\s]+/, '')
    .toUpperCase();
  for (const [symbol, code] of SYMBOLS) if (t.startsWith(symbol)) return code;
  const prefix = /^([A-Z]{3})(?=[\s\d])/.exec(t);
  if (prefix && KNOWN_CODES.has(prefix[1]!)) return prefix[1]!;
  const end = t.replace(/[)\s-]+$/, '');
  for (const [symbol, code] of SYMBOLS) if (end.endsWith(symbol) && /\d/.test(end)) return code;
  const suffix = /(?<=[\d\s])([A-Z]{3})$/.exec(end);
  if (suffix && KNOWN_CODES.has(suffix[1]!)) return suffix[1]!;
  return null;
}

/** Header names of a column that says the currency of each row. */
const CURRENCY_HEADERS = new Set(['moeda', 'currency', 'currency code', 'cod moeda', 'codigo moeda', 'curr', 'divisa']);

export function isCurrencyHeader(header: string): boolean {
  return CURRENCY_HEADERS.has(normaliseHeader(header));
}

export type CurrencyEvidence = {
  /** The one currency the file names, or null when it names none (or several). */
  code: string | null;
  /**
   * Where it was read: the amount cells' symbols, a currency column, or (`format`) only the way the
   * file writes numbers and dates — month-first dates with a decimal point, as only US exports do.
   */
  source: 'symbol' | 'column' | 'format' | null;
  /** Every currency named, when more than one: amounts in different currencies cannot be added. */
  mixed: string[];
};

/**
 * Decides a file's currency from the amount cells and, when present, a currency column's cells.
 * A currency column wins over symbols (it is explicit); several currencies give `mixed`.
 */
export function detectCurrency(amountCells: readonly string[], currencyCells: readonly string[] = []): CurrencyEvidence {
  const fromColumn = new Set<string>();
  for (const cell of currencyCells) {
    const t = cell.trim().toUpperCase();
    if (t === '') continue;
    const code = ISO_CODE.test(t) ? t : currencyInText(`${t} 1`);
    if (code) fromColumn.add(code);
  }
  if (fromColumn.size > 0) {
    const list = [...fromColumn].sort();
    return list.length === 1 ? { code: list[0]!, source: 'column', mixed: [] } : { code: null, source: 'column', mixed: list };
  }
  const fromSymbols = new Set<string>();
  for (const cell of amountCells) {
    const code = currencyInText(cell);
    if (code) fromSymbols.add(code);
  }
  const list = [...fromSymbols].sort();
  if (list.length === 1) return { code: list[0]!, source: 'symbol', mixed: [] };
  if (list.length > 1) return { code: null, source: 'symbol', mixed: list };
  return { code: null, source: null, mixed: [] };
}

// "1/25/2024": a second part over 12 proves the month comes first.
const MONTH_FIRST = /^\s*\d{1,2}[/.-](1[3-9]|2\d|3[01])[/.-]\d{2,4}/;

/**
 * When a file names no currency: month-first dates proven by a day over 12 in the second place,
 * together with a decimal point, are how US systems export (Brazilian and most other exports write
 * the day first), so such a file is taken as dollars — said as an assumption, changeable. Anything
 * else stays unknown.
 */
export function currencyFromConventions(evidence: CurrencyEvidence, dateCells: readonly string[], decimal: ',' | '.'): CurrencyEvidence {
  if (evidence.code !== null || evidence.mixed.length > 0 || decimal !== '.') return evidence;
  return dateCells.some((d) => MONTH_FIRST.test(d)) ? { code: 'USD', source: 'format', mixed: [] } : evidence;
}
