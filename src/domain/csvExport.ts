/**
 * CSV export that spreadsheets open safely and correctly.
 *
 * Formula injection (OWASP "CSV Injection"): a text cell that starts with = + - @ TAB CR or LF can be
 * evaluated as a formula by Excel, LibreOffice or Sheets, so it is prefixed with `'`. PapaParse's own
 * `escapeFormulae` misses LF and turns the *string* "-5" into "'-5"; here only text cells are touched
 * and numbers are written as numbers, so negative amounts stay numbers.
 *
 * Formats: 'pt-BR' is what Excel in Brazil opens with a double click: `;` between fields, decimal
 * comma, and a UTF-8 BOM (Excel only recognises UTF-8 with a BOM). 'en' uses `,` and a decimal point.
 */
import Papa from 'papaparse';

export type CsvFormat = 'pt-BR' | 'en';
export type CsvCell = string | number | null;

const FORMULA_TRIGGER = /^[=+\-@\t\r\n]/;

/** Prefixes `'` to text that a spreadsheet would read as a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_TRIGGER.test(text) ? `'${text}` : text;
}

/** The inverse, applied on import so the app reads its own exports back unchanged. */
export function unneutraliseFormula(text: string): string {
  return text.charCodeAt(0) === 39 && FORMULA_TRIGGER.test(text.slice(1)) ? text.slice(1) : text;
}

/**
 * Writes the shortest decimal that reads back as the same double (what String(n) gives), but never
 * in exponent notation ("1e+21", "1e-7"), which no spreadsheet reads as money.
 */
function plainDecimal(n: number): string {
  const s = String(n);
  const e = s.indexOf('e');
  if (e === -1) return s;
  const sign = s.startsWith('-') ? '-' : '';
  const mantissa = s.slice(sign.length, e);
  const exponent = Number(s.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  const intLength = (dot === -1 ? mantissa.length : dot) + exponent;
  if (intLength <= 0) return `${sign}0.${'0'.repeat(-intLength)}${digits}`;
  if (intLength >= digits.length) return `${sign}${digits}${'0'.repeat(intLength - digits.length)}`;
  return `${sign}${digits.slice(0, intLength)}.${digits.slice(intLength)}`;
}

function formatNumber(n: number, format: CsvFormat): string {
  if (!Number.isFinite(n)) return '';
  // No grouping separators: they make numbers text in some spreadsheet locales.
  const plain = plainDecimal(n);
  return format === 'pt-BR' ? plain.replace('.', ',') : plain;
}

/** Rows (first row usually the header) to CSV text, CRLF line ends, RFC 4180 quoting. */
export function toCsv(rows: readonly (readonly CsvCell[])[], format: CsvFormat): string {
  const data = rows.map((row) =>
    row.map((cell) => {
      if (cell === null) return '';
      if (typeof cell === 'number') return formatNumber(cell, format);
      return neutraliseFormula(cell);
    }),
  );
  const body = Papa.unparse(data, {
    delimiter: format === 'pt-BR' ? ';' : ',',
    newline: '\r\n',
    // Our own neutralisation ran already; PapaParse's would also hit the numbers written as text.
    escapeFormulae: false,
    quotes: false,
  });
  return format === 'pt-BR' ? `\uFEFF${body}` : body;
}
