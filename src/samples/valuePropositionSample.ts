/**
 * The value-proposition tool's sample: the key accounts' value propositions from the case sheet
 * (content/case/{en,pt-br}/horizonte.json `valuePropositions`), in the page's language. Loaded on the
 * click, with the sample loaders. Pure: the widget writes the result through the state layer.
 */
import { clientKeyFromName } from '../domain/index.ts';
import type { ValuePropositionContent } from '../domain/index.ts';
import type { Locale } from '../i18n/locales';
import { accounts, valuePropositions as propositionsEn } from '../../content/case/en/horizonte.json';
import { valuePropositions as propositionsPt } from '../../content/case/pt-br/horizonte.json';

const CATEGORIES = ['price', 'acquisition', 'usage', 'risk', 'revenue'] as const;
const category = (c: string) => CATEGORIES.find((x) => x === c) ?? 'usage';

/** The sample propositions by account name (as the sample files spell it), ready to store. */
export function sampleValuePropositions(locale: Locale): { accountName: string; proposition: ValuePropositionContent }[] {
  const list = locale === 'pt-br' ? propositionsPt : propositionsEn;
  return list.map((p) => ({
    accountName: accounts.find((a) => a.id === p.account)?.name ?? p.account,
    proposition: {
      alternative: p.alternative,
      offer: p.offer,
      csfs: p.csfs.map((c) => ({ id: c.id, factor: c.factor, importance: c.importance, ours: c.ours, best: c.best })),
      lines: p.lines.map((l) => ({
        id: l.id,
        category: category(l.category),
        label: l.label,
        ours: l.ours,
        alternative: l.alternative,
        csf: l.csf ?? '',
        source: l.source,
        verified: l.verified,
      })),
    },
  }));
}

/** The sample proposition for each of `list` found in the case sheet (matched by name, accents and case ignored). */
export function samplePropositionsFor(
  list: readonly { key: string; name: string }[],
  locale: Locale,
): { key: string; proposition: ValuePropositionContent }[] {
  const byName = new Map(sampleValuePropositions(locale).map((s) => [clientKeyFromName(s.accountName), s.proposition]));
  return list.flatMap((a) => {
    const proposition = byName.get(clientKeyFromName(a.name));
    return proposition === undefined ? [] : [{ key: a.key, proposition }];
  });
}
