/**
 * Focus for a row just added: its first field, found by a selector. On the first "Add" the rows'
 * module is still on its way and the list renders only once it arrives, so the request waits here
 * and the list takes it when it mounts (rows.tsx); once the rows are there, the next frame has it.
 */
let pending: string | null = null;

export function requestRowFocus(selector: string): void {
  pending = selector;
  requestAnimationFrame(takeRowFocus);
}

/** Focuses the last field matching the pending selector, if it is there yet. */
export function takeRowFocus(): void {
  if (pending === null) return;
  const fields = document.querySelectorAll<HTMLElement>(pending);
  const last = fields[fields.length - 1];
  if (!last) return;
  pending = null;
  last.focus();
}
