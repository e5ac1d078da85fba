import type { Locale } from '../i18n/locales';
import { LOCALES } from '../i18n/locales';

/**
 * Every lesson and quiz exists in both languages with the same id (and lessons with the
 * same order). This is checked while the pages are generated, so a lesson written in one
 * language only fails the build instead of shipping a dead link in the other.
 */
export interface LocalisedItem {
  locale: Locale;
  id: string;
  order?: number;
  questionIds?: string[];
  answers?: number[];
  source: string;
}

export function pairingProblems(items: LocalisedItem[], what: string): string[] {
  const problems: string[] = [];
  const byId = new Map<string, Map<Locale, LocalisedItem>>();
  for (const item of items) {
    const perLocale = byId.get(item.id) ?? new Map<Locale, LocalisedItem>();
    const existing = perLocale.get(item.locale);
    if (existing) problems.push(`${what} "${item.id}" appears twice in ${item.locale}: ${existing.source} and ${item.source}`);
    perLocale.set(item.locale, item);
    byId.set(item.id, perLocale);
  }
  for (const [id, perLocale] of byId) {
    for (const locale of LOCALES) {
      if (!perLocale.has(locale)) {
        const present = [...perLocale.values()].map((i) => i.source).join(', ');
        problems.push(`${what} "${id}" is missing in ${locale} (found only ${present})`);
      }
    }
    const versions = [...perLocale.values()];
    const first = versions[0];
    if (!first) continue;
    for (const other of versions.slice(1)) {
      if (first.order !== other.order) {
        problems.push(`${what} "${id}" has order ${first.order} in ${first.locale} but ${other.order} in ${other.locale}`);
      }
      if (first.questionIds && other.questionIds && first.questionIds.join() !== other.questionIds.join()) {
        problems.push(
          `${what} "${id}" has questions [${first.questionIds.join()}] in ${first.locale} but [${other.questionIds.join()}] in ${other.locale}`,
        );
      }
      if (first.answers && other.answers && first.answers.join() !== other.answers.join()) {
        problems.push(`${what} "${id}" has different answer keys in ${first.locale} and ${other.locale}`);
      }
    }
  }
  const orders = new Map<string, string>();
  for (const item of items) {
    if (item.order === undefined) continue;
    const key = `${item.locale}:${item.order}`;
    const taken = orders.get(key);
    if (taken && taken !== item.id) problems.push(`${what}s "${taken}" and "${item.id}" share order ${item.order} in ${item.locale}`);
    orders.set(key, item.id);
  }
  return problems;
}

export function assertPaired(items: LocalisedItem[], what: string): void {
  const problems = pairingProblems(items, what);
  if (problems.length > 0) {
    throw new Error(`Course content is not paired across languages:\n - ${problems.join('\n - ')}`);
  }
}
