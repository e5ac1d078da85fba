/**
 * The classification matrix's default criteria and weights. In their own module (re-exported by
 * classification.ts) because the state layer's default configuration is built from them: a page
 * that reads the configuration does not need the scoring code.
 */
export type Criterion = { id: string; weight: number };

/**
 * Attractiveness criteria from Millman & Wilson (1995) as reproduced by Fill, weighted toward future
 * returns rather than current size (Key Account Academy: "potential for superior returns… rather
 * than current turnover"; McDonald & Woodburn warn against overemphasising current size).
 */
export const DEFAULT_ATTRACTIVENESS_CRITERIA: readonly Criterion[] = [
  { id: 'purchase-volume', weight: 20 },
  { id: 'growth-potential', weight: 25 },
  { id: 'profitability', weight: 25 },
  { id: 'prestige', weight: 10 },
  { id: 'relationship-openness', weight: 10 },
  { id: 'geographic-reach', weight: 10 },
];

/**
 * Business-strength criteria from the same source, scored as the CUSTOMER sees us against the best
 * competitor ("know what they think – ask them"). Reliability and price weigh most because they are
 * what buyers report first.
 */
export const DEFAULT_STRENGTH_CRITERIA: readonly Criterion[] = [
  { id: 'product-range', weight: 15 },
  { id: 'support', weight: 15 },
  { id: 'price', weight: 20 },
  { id: 'reliability', weight: 20 },
  { id: 'reputation', weight: 10 },
  { id: 'know-how', weight: 10 },
  { id: 'staff-quality', weight: 10 },
];
