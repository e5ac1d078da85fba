/**
 * Escaping user text for Markdown exports. A plan exported as `.md` is inert until someone opens it
 * in a renderer, and CommonMark passes raw HTML through, so user text must never become markup:
 * `<`, `>` and `&` become entities and Markdown punctuation is backslash-escaped (CommonMark §2.4).
 */

// Characters that are markup anywhere in a line (emphasis, code, links/images, tables, headings,
// GFM strikethrough). `(`, `)` and `!` only matter next to an (escaped) bracket, so they stay as is.
const INLINE_SPECIALS = /[\\`*_[\]|#~]/g;
// Markup only at the start of a line: list items ("- ", "+ ", "1. ", "1) "), setext underlines ("===").
const LINE_START = /^(\s*)([-+=]|\d+(?=[.)]))/;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Escapes one piece of user text. With `inline` (table cells, headings) line breaks become spaces so
 * the text cannot break out of its cell; otherwise each line ends with a hard break and blank lines
 * stay paragraph breaks.
 */
export function escapeMarkdown(text: string, options: { inline?: boolean } = {}): string {
  const escapeLine = (line: string): string =>
    line
      .replace(/[&<>]/g, (ch) => ENTITIES[ch] ?? ch)
      .replace(INLINE_SPECIALS, (ch) => `\\${ch}`)
      .replace(LINE_START, (_m, space: string, mark: string) => (/\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`));
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (options.inline === true)
    return lines
      .map((l) => escapeLine(l.trim()))
      .filter((l) => l !== '')
      .join(' ');
  return lines
    .map((l) => escapeLine(l.trimEnd()))
    .join('\n')
    .replace(/([^\n])\n(?=[^\n])/g, '$1  \n');
}
