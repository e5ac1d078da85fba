/** How the matrix samples recognise the sample company's clients, and fill in those they do not know. */

/** Name comparison for matching the sample company's clients (accents, case and spaces ignored). */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A deterministic pseudo-random integer in [min, max] from a text (sample data for unknown clients). */
export function seeded(text: string, salt: number, min: number, max: number): number {
  let h = 2166136261 ^ salt;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return min + (Math.abs(h) % (max - min + 1));
}
