/**
 * The sample distributor's five segments (lesson 9's worked example, R$ 6.0 million today):
 * hospitals attractive and growing with rising strength; supermarkets strong but margins under
 * pressure; restaurants shrinking (closures, price wars); hotels and schools moderate and improving.
 */
import type { Segment } from '../../domain/index.ts';
import type { Locale } from '../../i18n/locales';
import { $segments, setSegments } from '../../state/index.ts';
import { ensureSamplePortfolio } from '../classification-matrix/sample.ts';
import type { SampleResult } from '../classification-matrix/sample.ts';
import { STRINGS } from './strings';

export function sampleSegments(locale: Locale): Segment[] {
  const t = STRINGS[locale];
  const s = (id: string, name: string, now: number, in3: number, aNow: number, sNow: number, a3: number, s3: number): Segment => ({
    id: `sample-${id}`,
    name,
    revenueNow: now,
    revenueIn3Years: in3,
    attractivenessNow: aNow,
    strengthNow: sNow,
    attractivenessIn3Years: a3,
    strengthIn3Years: s3,
  });
  return [
    s('restaurants', t.sampleRestaurants, 1_400_000, 1_300_000, 4.5, 6, 3.5, 5.5),
    s('hotels', t.sampleHotels, 800_000, 1_000_000, 5, 4.5, 5.5, 5.5),
    s('hospitals', t.sampleHospitals, 1_300_000, 1_700_000, 7, 5, 8, 6.5),
    s('supermarkets', t.sampleSupermarkets, 1_600_000, 1_700_000, 5.5, 7.5, 4.5, 7.5),
    s('schools', t.sampleSchools, 900_000, 1_100_000, 5.5, 4, 6.5, 5),
  ];
}

/** Loads the sample company if needed and, when there is no segment yet, the five sample segments. */
export async function loadDpmSample(locale: Locale): Promise<SampleResult> {
  const ready = await ensureSamplePortfolio(locale);
  if (!ready.ok) return ready;
  if ($segments.get().length > 0) return { ok: true, count: 0 };
  const segments = sampleSegments(locale);
  const written = setSegments(segments);
  if (!written.ok && written.reason !== 'not-saved') return { ok: false, code: written.reason };
  return { ok: true, count: segments.length };
}
