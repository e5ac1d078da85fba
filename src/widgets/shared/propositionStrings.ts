import { VALUE_CATEGORIES } from '../../domain/index.ts';
import type { PropositionLabels, SplitReading, ValueCategory } from '../../domain/index.ts';
import { BCP47 } from '../../i18n/locales';
import type { Locale } from '../../i18n/locales';
import { pageStrings } from '../../i18n/pageLocale';

/** The one-page value proposition's words (the value-proposition tool, the account plan's export). */
export const PROPOSITION_STRINGS = await pageStrings(
  () => import('./propositionStrings.en'),
  () => import('./propositionStrings.pt-br'),
);

const SPLITS: readonly SplitReading[] = ['no-value', 'customer-loses', 'too-greedy', 'value-given-away', 'balanced'];

/** The labels `propositionToMarkdown` takes, in the page's language and the data's currency. */
export function propositionLabels(locale: Locale, currency: string): PropositionLabels {
  const t = PROPOSITION_STRINGS[locale];
  return {
    ...t,
    locale: BCP47[locale],
    currency,
    category: Object.fromEntries(VALUE_CATEGORIES.map((c) => [c, t[`category.${c}`]])) as Record<ValueCategory, string>,
    split: Object.fromEntries(SPLITS.map((s) => [s, t[`split.${s}`]])) as Record<SplitReading, string>,
  };
}
