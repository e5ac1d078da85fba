/** The number columns of the DPM's segments table, in order; the first two are money. */
export type NumField =
  'revenueNow' | 'revenueIn3Years' | 'attractivenessNow' | 'strengthNow' | 'attractivenessIn3Years' | 'strengthIn3Years';
export const NUM_FIELDS: readonly NumField[] = [
  'revenueNow',
  'revenueIn3Years',
  'attractivenessNow',
  'strengthNow',
  'attractivenessIn3Years',
  'strengthIn3Years',
];
export const isMoney = (f: NumField) => f === 'revenueNow' || f === 'revenueIn3Years';
