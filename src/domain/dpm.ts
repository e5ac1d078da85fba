/**
 * Directional policy matrix (Shell DPM as adapted by McDonald for marketing planning): each segment is
 * placed by attractiveness (vertical) and our competitive strength (horizontal), now and in three
 * years, with bubble AREA proportional to revenue (see kam-domain-notes §3: area, not diameter,
 * because diameter scaling exaggerates differences).
 */
import { z } from 'astro/zod';

const score = z.number().min(0).max(10);
const money = z.number().min(0);

export const segmentSchema = z.object({
  id: z.string().min(1).max(200),
  name: z.string().max(500),
  revenueNow: money,
  revenueIn3Years: money,
  attractivenessNow: score,
  strengthNow: score,
  attractivenessIn3Years: score,
  strengthIn3Years: score,
});
export type Segment = z.infer<typeof segmentSchema>;
