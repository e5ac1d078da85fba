/**
 * The sample distributor's five segments (lesson 9's worked example, R$ 6.0 million today). Their
 * revenue now and in three years is the case sheet's; the positions are the lesson's: hospitals
 * attractive and growing with rising strength; supermarkets strong but margins under pressure;
 * restaurants shrinking (closures, price wars); hotels and schools moderate and improving.
 */
import type { Segment } from '../domain/index.ts';
import type { CASE_SEGMENTS } from '../course/caseSheet';
import type { Locale } from '../i18n/locales';
import { $segments, setSegments } from '../state/index.ts';
import { SHEET_SEGMENTS } from './caseSheetFigures';
import { ensureSamplePortfolio } from './matrixSample';
import type { SampleResult } from './matrixSample';

type SegmentId = (typeof CASE_SEGMENTS)[number];
/** The segments' names in the page's language: the DPM's dictionary has them under these keys. */
export type SegmentNames = Readonly<
  Record<'sampleRestaurants' | 'sampleHotels' | 'sampleHospitals' | 'sampleSupermarkets' | 'sampleSchools', string>
>;

/** Name, then attractiveness and strength now and in three years, in the lesson's order. */
const POSITIONS: readonly [SegmentId, keyof SegmentNames, number, number, number, number][] = [
  ['restaurants', 'sampleRestaurants', 4.5, 6, 3.5, 5.5],
  ['hotels', 'sampleHotels', 5, 4.5, 5.5, 5.5],
  ['hospitals', 'sampleHospitals', 7, 5, 8, 6.5],
  ['supermarkets', 'sampleSupermarkets', 5.5, 7.5, 4.5, 7.5],
  ['schools', 'sampleSchools', 5.5, 4, 6.5, 5],
];

export function sampleSegments(names: SegmentNames): Segment[] {
  return POSITIONS.map(([id, name, aNow, sNow, a3, s3]) => {
    const revenue = SHEET_SEGMENTS.find((s) => s.id === id);
    return {
      id: `sample-${id}`,
      name: names[name],
      revenueNow: revenue?.revenue ?? 0,
      revenueIn3Years: revenue?.revenueIn3Years ?? 0,
      attractivenessNow: aNow,
      strengthNow: sNow,
      attractivenessIn3Years: a3,
      strengthIn3Years: s3,
    };
  });
}

/** Loads the sample company if needed and, when there is no segment yet, the five sample segments. */
export async function loadDpmSample(locale: Locale, names: SegmentNames): Promise<SampleResult> {
  const ready = await ensureSamplePortfolio(locale);
  if (!ready.ok) return ready;
  if ($segments.get().length > 0) return { ok: true, count: 0 };
  const segments = sampleSegments(names);
  const written = setSegments(segments);
  if (!written.ok && written.reason !== 'not-saved') return { ok: false, code: written.reason };
  return { ok: true, count: segments.length };
}
