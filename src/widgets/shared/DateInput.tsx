/**
 * A date field that reads and writes dates the page's way, whatever language the browser is set to.
 * `<input type="date">` shows the browser's format: a Portuguese page on an English browser asked
 * for mm/dd/yyyy. Here Portuguese pages ask for dd/mm/aaaa (Intl's pt-BR order). English pages ask
 * for yyyy-mm-dd: the site's English is for readers everywhere, to whom 03/04 means two different
 * days, and ISO is also what the app stores and exports. Either page also accepts ISO typed.
 *
 * The value in and out is always ISO `yyyy-mm-dd` ('' when empty). A valid date is committed on
 * every keystroke; an impossible one ("31/02/2026") or unreadable text is never committed, the field
 * is flagged (aria-invalid) and says why. ArrowUp / ArrowDown move the date by a day. Eight digits
 * typed without separators ("31032026") are read as a whole date.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { Locale } from '../../i18n/locales';
import { BCP47 } from '../../i18n/locales';
import { fill } from '../../i18n/fill';
import { isIsoDate, isoFromParts, parseDate, usesTwoDigitYear } from '../../domain/index.ts';
import { DATE_INPUT_STRINGS } from './dateInputStrings';

type Props = Omit<JSX.HTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'onInput' | 'type'> & {
  locale: Locale;
  /** ISO `yyyy-mm-dd`; empty, null or undefined for no date. */
  value: string | null | undefined;
  /** Called with ISO `yyyy-mm-dd`, or '' when the field is emptied; never with an invalid date. */
  onValue: (iso: string) => void;
};

/** The ISO date as the page's language writes it. */
export function formatDateInput(iso: string | null | undefined, locale: Locale): string {
  if (!iso || !isIsoDate(iso)) return '';
  if (locale === 'en') return iso;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(BCP47[locale], { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(y, m - 1, d),
  );
}

export type DateReading = { iso: string } | { error: 'notADate' | 'impossible' | 'shortYear' };

/** Reads what was typed: '' for nothing, ISO for a real date, else why not. */
export function readDateInput(text: string, locale: Locale): DateReading {
  let t = text.trim();
  if (t === '') return { iso: '' };
  if (/^\d{8}$/.test(t))
    t = locale === 'en' ? `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6)}` : `${t.slice(0, 2)}/${t.slice(2, 4)}/${t.slice(4)}`;
  const iso = /^\d{4}-\d{1,2}-\d{1,2}$/.test(t);
  const dmy = locale !== 'en' && /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(t);
  if (!iso && !dmy) return { error: 'notADate' };
  if (dmy && usesTwoDigitYear(t)) return { error: 'shortYear' };
  if (iso) {
    const [y, m, d] = t.split('-').map(Number) as [number, number, number];
    const date = isoFromParts(y, m, d);
    return date ? { iso: date } : { error: 'impossible' };
  }
  const date = /\d{4}$/.test(t) ? parseDate(t, 'dmy') : null;
  return date ? { iso: date } : { error: /\d{4}$/.test(t) ? 'impossible' : 'notADate' };
}

/** The ISO date `days` later (or earlier). */
function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function DateInput({ locale, value, onValue, ...rest }: Props) {
  const s = DATE_INPUT_STRINGS[locale];
  const id = useId();
  const [text, setText] = useState(() => formatDateInput(value, locale));
  const [editing, setEditing] = useState(false);
  // Errors show once the text is as long as a full date, or when the field is left.
  const [judged, setJudged] = useState(false);
  // A value changed elsewhere (another tab, undo, a sample) shows when the user is not typing.
  useEffect(() => {
    if (!editing) setText(formatDateInput(value, locale));
  }, [value, locale, editing]);

  const reading = readDateInput(text, locale);
  const error = 'error' in reading && (judged || text.trim().length >= 10) ? fill(s[reading.error], { text: text.trim() }) : '';

  const commit = (next: string) => {
    setText(next);
    const r = readDateInput(next, locale);
    if ('iso' in r) onValue(r.iso);
  };

  return (
    <>
      <input
        {...rest}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={s.pattern}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : `${id}-hint`}
        onFocus={() => setEditing(true)}
        onBlur={() => {
          setEditing(false);
          setJudged(true);
          const r = readDateInput(text, locale);
          if ('iso' in r) setText(formatDateInput(r.iso, locale));
        }}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
          const r = readDateInput(text, locale);
          if (!('iso' in r) || r.iso === '') return;
          e.preventDefault();
          commit(formatDateInput(addDays(r.iso, e.key === 'ArrowUp' ? 1 : -1), locale));
        }}
        onInput={(e) => {
          setJudged(false);
          commit((e.currentTarget as HTMLInputElement).value);
        }}
      />
      {/* Read through aria-describedby only: inside a <label> these would otherwise join the field's name. */}
      <span id={`${id}-hint`} hidden>
        {s.hint}
      </span>
      {error && (
        <span id={`${id}-error`} class="date-input-error" aria-hidden="true">
          {error}
        </span>
      )}
    </>
  );
}
