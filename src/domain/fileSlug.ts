/**
 * A name as part of a download's file name, safe on every system: accents dropped, ASCII letters and
 * digits joined by single dashes, at most `max` characters, `fallback` when nothing is left (a name
 * of only symbols or emoji). One rule for every file the site offers: plans, propositions, class
 * results, tables.
 */
export function fileSlug(name: string, fallback: string, max = 40): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max);
  return slug || fallback;
}
