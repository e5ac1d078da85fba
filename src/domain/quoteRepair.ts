/**
 * Recovery from stray quotes, run only when PapaParse reported a quote error.
 *
 * A name such as `"Pão Quente" Padaria` starts like a quoted field but is not one: PapaParse then
 * reads everything up to the next lone quote as one cell, which swallows the following rows of the
 * file. This pass rewrites such a field as the literal text it is (properly quoted, inner quotes
 * doubled), so the row and every row after it are read, and says which lines it rewrote so the
 * import can report them. Lines are never added or removed, so line numbers stay those of the file.
 *
 * Rules (RFC 4180 plus what spreadsheets accept):
 * - a field that starts with `"` is quoted; `""` inside is a quote; it ends at a `"` followed by
 *   the delimiter, a line break or the end of the text;
 * - a `"` followed by anything else, or no closing quote before the end of the text, makes the
 *   field malformed: it is taken literally up to the next delimiter or line break after its start;
 * - quotes inside a field that does not start with one are literal (PapaParse reads them so too).
 */

export type QuoteRepair = { text: string; lines: number[] };

function lineBreakAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 10) return 1;
  if (c === 13) return text.charCodeAt(i + 1) === 10 ? 2 : 1;
  return 0;
}

export function repairQuotes(text: string, delimiter: string): QuoteRepair {
  const out: string[] = [];
  const repaired: number[] = [];
  const n = text.length;
  let line = 1;
  let i = 0;
  let copiedUpTo = 0;
  const d = delimiter.charCodeAt(0);
  while (i < n) {
    // At the start of a field.
    if (text.charCodeAt(i) === 34) {
      const start = i;
      let j = i + 1;
      let breaks = 0;
      let closed = -1;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === 34) {
          if (text.charCodeAt(j + 1) === 34) {
            j += 2;
            continue;
          }
          closed = j;
          break;
        }
        const lb = lineBreakAt(text, j);
        if (lb > 0) {
          breaks++;
          j += lb;
        } else j++;
      }
      const after = closed === -1 ? -1 : text.charCodeAt(closed + 1);
      const wellFormed = closed !== -1 && (closed + 1 >= n || after === d || after === 10 || after === 13);
      if (wellFormed) {
        line += breaks;
        i = closed + 1;
      } else {
        // Literal field: from its start to the next delimiter or line break.
        let k = start;
        while (k < n && text.charCodeAt(k) !== d && lineBreakAt(text, k) === 0) k++;
        out.push(text.slice(copiedUpTo, start), `"${text.slice(start, k).replace(/"/g, '""')}"`);
        copiedUpTo = k;
        if (repaired.at(-1) !== line) repaired.push(line);
        i = k;
      }
    } else {
      while (i < n && text.charCodeAt(i) !== d && lineBreakAt(text, i) === 0) i++;
    }
    // After a field: a delimiter, a line break or the end.
    if (i >= n) break;
    if (text.charCodeAt(i) === d) {
      i++;
      continue;
    }
    const lb = lineBreakAt(text, i);
    if (lb > 0) {
      i += lb;
      line++;
    } else i++;
  }
  if (repaired.length === 0) return { text, lines: [] };
  out.push(text.slice(copiedUpTo));
  return { text: out.join(''), lines: repaired };
}
