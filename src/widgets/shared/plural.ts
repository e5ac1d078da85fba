/**
 * A count in words, singular or plural as the page's language says (Intl.PluralRules): English and
 * Brazilian Portuguese both use the 'one' and 'other' forms. `{n}` in the text becomes the number.
 */
import { BCP47, type Locale } from '../../i18n/locales';
import { formatNumber } from '../../i18n/format';
import { fill } from '../../i18n/fill';

export type PluralForms = { one: string; other: string };

const rules = new Map<Locale, Intl.PluralRules>();

export function plural(locale: Locale, n: number, forms: PluralForms): string {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(BCP47[locale]);
    rules.set(locale, rule);
  }
  return fill(rule.select(n) === 'one' ? forms.one : forms.other, { n: formatNumber(locale, n) });
}
