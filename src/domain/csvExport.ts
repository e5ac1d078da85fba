/**
 * CSV export that spreadsheets open safely and correctly.
 *
 * Formula injection (OWASP "CSV Injection"): a text cell that starts with = + - @ TAB CR or LF can be
 * evaluated as a formula by Excel, LibreOffice or Sheets, so it is prefixed with `'`. PapaParse's own
 * `escapeFormulae` misses LF and turns the *string* "-5" into "'-5"; here only text cells are touched
 * and numbers are written as numbers, so negative amounts stay numbers.
 *
 * A formula can also start after a separator, for a reader that splits on another separator than
 * ours: Excel en-US opening a pt-BR `;` file splits the cell `Beta,=1+1,` on `,` and evaluates
 * `=1+1` (quoting does not help: a quote in the middle of its field is plain text to that reader).
 * So `'` also goes before = + - @ that follow `,` `;` a tab or a line break (that reader ends the row
 * at a line break inside our quoted cell), with spaces and quotes between allowed.
 * Numbers are untouched: a pt-BR "-1234,56" split on `,` gives two numbers, never a formula.
 *
 * Formats: 'pt-BR' is what Excel in Brazil opens with a double click: `;` between fields, decimal
 * comma, and a UTF-8 BOM (Excel only recognises UTF-8 with a BOM). 'en' uses `,` and a decimal point.
 */
import Papa from 'papaparse';

export type CsvFormat = 'pt-BR' | 'en';
export type CsvCell = string | number | null;

// Spaces before a formula start count too: some readers (Sheets, LibreOffice "trim spaces") drop them.
const FORMULA_TRIGGER = /^ *[=+\-@\t\r\n]/;
// A separator of either format, then spaces or quotes, then a formula start: a cell start for a reader
// that splits there.
const INNER_TRIGGER = /([,;\t\r\n][ "]*)(?=[=+\-@])/g;
const INNER_NEUTRALISED = /([,;\t\r\n][ "]*)'(?=[=+\-@])/g;

/** Prefixes `'` to text that a spreadsheet would read as a formula, at its start or after a separator. */
export function neutraliseFormula(text: string): string {
  const inner = text.replace(INNER_TRIGGER, "$1'");
  return FORMULA_TRIGGER.test(inner) ? `'${inner}` : inner;
}

/** The inverse, applied on import so the app reads its own exports back unchanged. */
export function unneutraliseFormula(text: string): string {
  const start = text.charCodeAt(0) === 39 && FORMULA_TRIGGER.test(text.slice(1)) ? text.slice(1) : text;
  return start.includes("'") ? start.replace(INNER_NEUTRALISED, '$1') : start;
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
