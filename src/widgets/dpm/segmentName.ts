/** A segment's shown name: its own, or "Segment n" (its place in the list) while it has none. */
import type { Locale } from '../../i18n/locales';
import { fill } from '../../i18n/fill';
import { STRINGS } from './strings';

export const segmentName = (locale: Locale, s: { name: string }, index: number): string =>
  s.name.trim() === '' ? fill(STRINGS[locale].unnamed, { n: index + 1 }) : s.name;
