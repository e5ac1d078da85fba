import { fill } from './fill';
import { BCP47, type Locale } from './locales';

/**
 * Plural forms chosen by `Intl.PluralRules`, so "1 line" / "2 lines" and "1 linha" / "2 linhas" come
 * from the locale's own rules instead of "(s)" suffixes. English and Portuguese need only the
 * `one` and `other` categories (CLDR), so a form is a pair.
 *
 * Dictionaries stay flat `Record<string, string>` (their type is what makes a missing translation a
 * type error), so a plural lives inside the string as `{n:one form|other form}`:
 * `fillCount('en', '{n} {n:client|clients} marked', { n: 1 })` → "1 client marked".
 */
export type PluralForms = { one: string; other: string };

const rules = new Map<Locale, Intl.PluralRules>();

function pluralRules(locale: Locale): Intl.PluralRules {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(BCP47[locale]);
    rules.set(locale, rule);
  }
  return rule;
}

/** The form of `forms` that goes with `count` in `locale`. */
export function plural(locale: Locale, count: number, forms: PluralForms): string {
  return pluralRules(locale).select(count) === 'one' ? forms.one : forms.other;
}

/**
 * The number a value stands for. Widgets often pass counts already formatted for the page
 * ("1.234" in pt-BR, "1,234" in English); counts are whole numbers, so the digits alone are the count.
 */
function countOf(value: string | number): number {
  if (typeof value === 'number') return value;
  return /^[\d\s.,\u00a0\u202f]+$/.test(value) && /\d/.test(value) ? Number(value.replace(/\D/g, '')) : Number.NaN;
}

/** A `{name:one|other}` segment: the forms may hold anything but braces and the bar. */
const PLURAL_SEGMENT = /\{(\w+):([^{}|]*)\|([^{}|]*)\}/g;

/**
 * `fill` for templates that put a count next to a noun: every `{name:one|other}` segment becomes the
 * form that agrees with the number in `values[name]`, then the `{name}` placeholders are filled.
 * A segment whose value is missing or not a number is left as it is, like a missing placeholder.
 */
export function fillCount(locale: Locale, template: string, values: Record<string, string | number>): string {
  const chosen = template.replace(PLURAL_SEGMENT, (whole, name: string, one: string, other: string) => {
    const count = Object.hasOwn(values, name) ? countOf(values[name]!) : Number.NaN;
    return Number.isFinite(count) ? plural(locale, count, { one, other }) : whole;
  });
  return fill(chosen, values);
}
