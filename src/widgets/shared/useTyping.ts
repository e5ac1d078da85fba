/**
 * What the user is typing in number cells, kept as typed until the cell loses focus. A text field
 * bound to a stored number would otherwise re-render "7," as "7" on the keystroke after the comma
 * (the stored value is already 7), so "7,5" could never be typed. Keys are cell ids built from user
 * data (client keys), hence a Map, never a plain object.
 */
import { useState } from 'preact/hooks';

export function useTyping() {
  const [typing, setTyping] = useState<ReadonlyMap<string, string>>(new Map());
  return {
    text: (cell: string, fallback: string): string => typing.get(cell) ?? fallback,
    typed: (cell: string, text: string): void => setTyping((m) => new Map(m).set(cell, text)),
    done: (cell: string): void =>
      setTyping((m) => {
        if (!m.has(cell)) return m;
        const next = new Map(m);
        next.delete(cell);
        return next;
      }),
  };
}
