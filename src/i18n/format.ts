import { BCP47, type Locale } from './locales';

/**
 * Number, currency, percent and date formatting through Intl, one place for the whole site.
 * Formatters are cached: creating one is the costliest thing these pages do on the main thread while
 * hydrating (profiled: ~75 ms each on Lighthouse's throttled mobile CPU), and a table of dates or
 * amounts would otherwise create one per cell.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(kind: string, locale: Locale, options: object, make: () => T): T {
  const key = `${kind} ${locale} ${JSON.stringify(options)}`;
  let format = formatters.get(key) as T | undefined;
  if (!format) {
    format = make();
    formatters.set(key, format);
  }
  return format;
}

const numberFormat = (locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat =>
  cached('number', locale, options, () => new Intl.NumberFormat(BCP47[locale], options));

const dateFormat = (locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached('date', locale, options, () => new Intl.DateTimeFormat(BCP47[locale], options));

export function formatNumber(locale: Locale, value: number, digits = 0): string {
  return numberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}

/** Currency defaults to BRL in pt-br and USD in en unless the user chose otherwise in settings. */
export function defaultCurrency(locale: Locale): string {
  return locale === 'pt-br' ? 'BRL' : 'USD';
}

export function formatMoney(locale: Locale, value: number, currency = defaultCurrency(locale), digits = 0): string {
  return numberFormat(locale, {
    style: 'currency',
    currency,
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(value);
}

/**
 * `share` is a fraction: 0.8 → "80%" in both languages (Intl's pt-BR convention has no space, like
 * English). The only percent formatter of the site: texts write percents the same way, so a sentence
 * never mixes "20 %" and "79%" (tests/course/terms.test.ts checks the course texts).
 */
export function formatPercent(locale: Locale, share: number, digits = 0): string {
  return numberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(share);
}

/** `iso` is yyyy-mm-dd (a calendar date, no time zone shift) or a full ISO timestamp. */
export function formatDate(locale: Locale, iso: string, style: 'short' | 'medium' | 'long' = 'medium'): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(dateOnly ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(locale, { dateStyle: style, ...(dateOnly ? { timeZone: 'UTC' } : {}) }).format(date);
}

/** `month` is yyyy-mm: "Jan 2025" in en, "jan. de 2025" in pt-BR. */
export function formatMonth(locale: Locale, month: string): string {
  const date = new Date(`${month}-15T12:00:00Z`);
  if (!/^\d{4}-\d{2}$/.test(month) || Number.isNaN(date.getTime())) return month;
  return dateFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}
