/**
 * Ids for the items of a list (a plan's actions, a buying centre's people, a proposition's lines…).
 * A module of its own: the tools that only add items need this, not the account plan's code.
 */

/** A short unique id for a new item of a list (`prefix-N`, N one above the highest in use). */
export function nextItemId(items: readonly { id: string }[], prefix: string): string {
  let max = 0;
  for (const item of items) {
    if (item.id.startsWith(`${prefix}-`)) {
      const n = Number(item.id.slice(prefix.length + 1));
      if (Number.isInteger(n) && n > max) max = n;
    }
  }
  return `${prefix}-${max + 1}`;
}
