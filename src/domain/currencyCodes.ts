/**
 * The currency codes the site offers, apart from the detection code (currency.ts) so the pages
 * that only show or choose a currency do not download the file-reading rules.
 */

/** ISO 4217 codes the site offers to choose from (any valid code may still be stored). */
export const CURRENCIES = [
  'BRL',
  'USD',
  'EUR',
  'GBP',
  'ARS',
  'CLP',
  'COP',
  'MXN',
  'PEN',
  'UYU',
  'PYG',
  'CAD',
  'AUD',
  'JPY',
  'CHF',
] as const;

const ISO_CODE = /^[A-Z]{3}$/;

export function isCurrencyCode(text: string): boolean {
  return ISO_CODE.test(text);
}
