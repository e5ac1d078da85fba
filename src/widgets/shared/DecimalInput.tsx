/**
 * A number field that reads numbers the way the page's language writes them: "18,5" and "1.234,56"
 * on Portuguese pages, "18.5" and "1,234.56" on English ones, whatever language the browser itself
 * is set to. `<input type="number">` follows the browser's language, not the page's: on an English
 * browser it silently empties "18,5" (its value becomes ""), losing a Brazilian user's typing.
 *
 * The text typed is kept as typed while the field has focus; the number is committed on every valid
 * keystroke, and an invalid text is flagged (aria-invalid) and never committed.
 */
import { useEffect, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { readDecimal } from './readDecimal.ts';
import { stepOnArrow } from './stepInput.ts';
import type { Locale } from '../../i18n/locales';
import { formatNumber } from '../../i18n/format';

type Props = Omit<JSX.HTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'onInput' | 'type' | 'min' | 'max'> & {
  locale: Locale;
  value: number | null | undefined;
  onValue: (value: number | null) => void;
  min?: number;
  max?: number;
  /** Most decimals shown when the field is not being edited. */
  digits?: number;
};

function shown(value: number | null | undefined, locale: Locale, digits: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  const decimals = Number.isInteger(value) ? 0 : Math.min(digits, (String(value).split('.')[1] ?? '').length);
  return formatNumber(locale, value, decimals).replace(/[\s\u00a0\u202f]/g, '');
}

export function DecimalInput({ locale, value, onValue, min, max, digits = 2, ...rest }: Props) {
  const [text, setText] = useState(() => shown(value, locale, digits));
  const [editing, setEditing] = useState(false);
  // A value changed elsewhere (another tab, undo, a sample) shows when the user is not typing.
  useEffect(() => {
    if (!editing) setText(shown(value, locale, digits));
  }, [value, locale, digits, editing]);
  const parsed = readDecimal(text, locale);
  const outOfRange = typeof parsed === 'number' && ((min !== undefined && parsed < min) || (max !== undefined && parsed > max));
  return (
    <input
      {...rest}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      value={text}
      aria-invalid={parsed === 'invalid' || outOfRange ? true : undefined}
      onFocus={() => setEditing(true)}
      onKeyDown={(e) => stepOnArrow(e, { locale, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) })}
      onBlur={() => {
        setEditing(false);
        setText(shown(value, locale, digits));
      }}
      onInput={(e) => {
        const next = (e.currentTarget as HTMLInputElement).value;
        setText(next);
        const n = readDecimal(next, locale);
        if (n === 'invalid') return;
        if (n !== null && ((min !== undefined && n < min) || (max !== undefined && n > max))) return;
        onValue(n);
      }}
    />
  );
}
