/**
 * Field delimiter of a CSV export: `,` (en Excel, Google Sheets), `;` (Excel pt-BR, because the comma
 * is the decimal separator there) or tab (copy-paste from a spreadsheet, "Unicode text").
 *
 * PapaParse's own guess looks at 10 rows and is fooled by decimal commas inside `;` files (papaparse
 * #290, #804, #1005), so the decision is made here: every candidate parses the same sample with
 * PapaParse (so quoted fields are handled by the real parser) and is scored on how many rows have as
 * many fields as the header. A candidate that leaves the header in one piece cannot be the delimiter.
 */
import Papa from 'papaparse';

export type Delimiter = ',' | ';' | '\t';
const DELIMITERS: readonly Delimiter[] = [';', '\t', ','];

const SAMPLE_CHARS = 256 * 1024;
const SAMPLE_ROWS = 200;

/** Excel's "sep=;" first line (written by some exports); PapaParse does not understand it (#951). */
const SEP_LINE = /^sep=(.)\r?\n/i;

export function readSepLine(text: string): { delimiter: Delimiter; rest: string } | null {
  const m = SEP_LINE.exec(text);
  if (!m) return null;
  const d = m[1];
  if (d !== ',' && d !== ';' && d !== '\t') return null;
  return { delimiter: d, rest: text.slice(m[0].length) };
}

export function detectDelimiter(text: string): Delimiter {
  let sample = text.slice(0, SAMPLE_CHARS);
  // Cut at the last line break so a half row does not count against any candidate.
  const cut = Math.max(sample.lastIndexOf('\n'), sample.lastIndexOf('\r'));
  if (text.length > SAMPLE_CHARS && cut > 0) sample = sample.slice(0, cut);

  let best: { delimiter: Delimiter; score: number; fields: number } | null = null;
  for (const delimiter of DELIMITERS) {
    const parsed = Papa.parse<string[]>(sample, { delimiter, preview: SAMPLE_ROWS, skipEmptyLines: 'greedy' });
    const rows = parsed.data;
    const header = rows[0];
    if (!header || header.length < 2) continue;
    const width = header.length;
    let matching = 0;
    for (const row of rows) if (row.length === width) matching++;
    // Consistency first; among equally consistent candidates the one that splits more fields wins
    // (a `,` inside a `;` header splits into fewer columns than the real delimiter does).
    const score = matching / rows.length;
    if (best === null || score > best.score + 1e-9 || (Math.abs(score - best.score) <= 1e-9 && width > best.fields)) {
      best = { delimiter, score, fields: width };
    }
  }
  return best?.delimiter ?? ',';
}
