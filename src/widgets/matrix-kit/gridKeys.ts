/**
 * Keys in the score tables: arrows step the number (stepInput.ts), Enter moves to the cell below and
 * Shift+Enter to the one above, as in a spreadsheet. Cells carry data-row and data-col.
 */
import type { Locale } from '../../i18n/locales';
import { stepOnArrow } from '../shared/stepInput.ts';

export function onScoreKey(e: KeyboardEvent, table: HTMLTableElement | null, at: { row: number; col: number; locale: Locale }): void {
  if (stepOnArrow(e, { locale: at.locale, min: 0, max: 10 })) return;
  if (e.key !== 'Enter') return;
  e.preventDefault();
  const next = table?.querySelector<HTMLInputElement>(`input[data-row="${at.row + (e.shiftKey ? -1 : 1)}"][data-col="${at.col}"]`);
  next?.focus();
  next?.select();
}
