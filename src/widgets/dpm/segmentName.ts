/** A segment's shown name: its own, or "Segment n" (its place in the list) while it has none. */
import type { Locale } from '../../i18n/locales';
import { fill } from '../../i18n/fill';
import type { SegmentNames } from '../../samples/matrixLoaders';
import { STRINGS } from './strings';

export const segmentName = (locale: Locale, s: { name: string }, index: number): string => (s.name.trim() === '' ? fill(STRINGS[locale].unnamed, { n: index + 1 }) : s.name);

/** The sample company's segments as this page's language names them. */
export function sampleSegmentNames(locale: Locale): SegmentNames {
  const t = STRINGS[locale];
  return { restaurants: t.sampleRestaurants, hotels: t.sampleHotels, hospitals: t.sampleHospitals, supermarkets: t.sampleSupermarkets, schools: t.sampleSchools };
}
