/**
 * A client as the add and edit forms hold it (text as typed), and back: amounts read in the page's
 * number format, money kept to the cent, fields emptied in the form removed.
 */
import type { Locale } from '../../i18n/locales';
import { formatNumber } from '../../i18n/format';
import { parseAmount, roundMoney } from '../../domain/index.ts';
import type { Client } from '../../state/index.ts';
import { fill } from '../../i18n/fill';
import type { PortfolioStrings } from './strings.ts';

export type Draft = {
  name: string;
  code: string;
  segment: string;
  revenue: string;
  previousRevenue: string;
  marginPct: string;
  firstPurchase: string;
  manager: string;
  notes: string;
  keyAccount: boolean;
};

export const emptyDraft = (): Draft => ({
  name: '',
  code: '',
  segment: '',
  revenue: '',
  previousRevenue: '',
  marginPct: '',
  firstPurchase: '',
  manager: '',
  notes: '',
  keyAccount: false,
});

export function toDraft(c: Client, locale: Locale): Draft {
  const num = (n: number | undefined) =>
    n === undefined ? '' : formatNumber(locale, n, Number.isInteger(n) ? 0 : 2).replace(/[\s\u00a0\u202f]/g, '');
  return {
    name: c.name,
    code: c.code ?? '',
    segment: c.segment ?? '',
    revenue: num(c.revenue),
    previousRevenue: num(c.previousRevenue),
    marginPct: c.marginPct === undefined ? '' : String(c.marginPct).replace('.', locale === 'pt-br' ? ',' : '.'),
    firstPurchase: c.firstPurchase ?? '',
    manager: c.manager ?? '',
    notes: c.notes ?? '',
    keyAccount: c.keyAccount,
  };
}

/** Draft → client fields, or the first error message. */
export function fromDraft(
  d: Draft,
  locale: Locale,
  t: PortfolioStrings,
): { ok: true; fields: Omit<Client, 'key'> } | { ok: false; error: string } {
  const name = d.name.trim();
  if (name === '') return { ok: false, error: t.errName };
  const decimal = locale === 'pt-br' ? ',' : '.';
  const amount = (text: string): number | null | undefined => {
    if (text.trim() === '') return undefined;
    return parseAmount(text, decimal);
  };
  const revenue = amount(d.revenue);
  if (revenue === null) return { ok: false, error: fill(t.errAmount, { value: d.revenue }) };
  const previous = amount(d.previousRevenue);
  if (previous === null) return { ok: false, error: fill(t.errAmount, { value: d.previousRevenue }) };
  let margin: number | undefined;
  if (d.marginPct.trim() !== '') {
    const m = parseAmount(d.marginPct.replace('%', ''), decimal);
    if (m === null || m < -1000 || m > 1000) return { ok: false, error: t.errMargin };
    margin = m;
  }
  // Money is kept to the cent whatever was typed ("1.234,567" → 1234.57).
  const fields: Omit<Client, 'key'> = { name, revenue: roundMoney(revenue ?? 0), keyAccount: d.keyAccount };
  if (d.code.trim() !== '') fields.code = d.code.trim();
  if (d.segment.trim() !== '') fields.segment = d.segment.trim();
  if (previous !== undefined) fields.previousRevenue = roundMoney(previous);
  if (margin !== undefined) fields.marginPct = margin;
  if (d.firstPurchase !== '') fields.firstPurchase = d.firstPurchase;
  if (d.manager.trim() !== '') fields.manager = d.manager.trim();
  if (d.notes.trim() !== '') fields.notes = d.notes;
  return { ok: true, fields };
}
