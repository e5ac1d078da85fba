/**
 * Arrow keys on a number typed in a text field: Up adds a step, Down takes one away, within the
 * field's range, as `<input type="number">` does. The number fields are text fields so they read
 * "7,5" the page's way (readDecimal.ts); this keeps the keyboard behaviour people expect from them.
 * The new text is written through the native setter and announced with an `input` event, so the
 * field's own input handler saves it exactly as if it had been typed.
 */
import type { Locale } from '../../i18n/locales';
import { readDecimal } from './readDecimal.ts';

export type StepOptions = { locale: Locale; min?: number; max?: number; step?: number };

/** Handles ArrowUp/ArrowDown on `event`; returns true when it changed the value. */
export function stepOnArrow(event: KeyboardEvent, options: StepOptions): boolean {
  if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return false;
  const input = event.currentTarget as HTMLInputElement | null;
  if (!input) return false;
  const current = readDecimal(input.value, options.locale);
  const step = options.step ?? 1;
  const base = typeof current === 'number' ? current : (options.min ?? 0);
  let next = event.key === 'ArrowUp' ? base + step : base - step;
  if (typeof current !== 'number') next = base;
  if (options.min !== undefined) next = Math.max(options.min, next);
  if (options.max !== undefined) next = Math.min(options.max, next);
  next = Math.round(next * 1e6) / 1e6;
  event.preventDefault();
  const text = options.locale === 'pt-br' ? String(next).replace('.', ',') : String(next);
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  if (setter) setter.call(input, text);
  else input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  return true;
}
